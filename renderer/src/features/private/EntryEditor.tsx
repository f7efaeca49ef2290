import { useCallback, useRef, useState } from 'react'
import type { PrivateEntry } from '../../../../shared/contract/journal'
import { TEXT_MAX_LENGTH, TITLE_MAX_LENGTH } from '../../../../shared/limits'
import { call } from '../../api'
import { formatWhen } from '../../app/format'
import { Button } from '../../components/Button'
import { TextField } from '../../components/TextField'
import { SaveStatus } from '../reflection/SaveStatus'
import { useAutosave } from '../reflection/useAutosave'
import { WritingArea } from '../reflection/WritingArea'
import { DeleteEntry } from './DeleteEntry'
import { PromptPicker, promptText } from './PromptPicker'

interface Draft {
  title: string
  text: string
  prompt: string | null
}

export interface EntryEditorProps {
  /** null: a new, empty page (nothing is stored until the first word). */
  entry: PrivateEntry | null
  ownerName: string
  onSaved: (entry: PrivateEntry) => void
  onDeleted: (id: string) => void
}

export function EntryEditor({ entry, ownerName, onSaved, onDeleted }: EntryEditorProps) {
  const [draft, setDraft] = useState<Draft>({ title: entry?.title ?? '', text: entry?.text ?? '', prompt: entry?.promptId ?? null })
  const [savedAt, setSavedAt] = useState(entry?.updatedAt ?? null)
  // The first save creates the entry; later saves must name it and the revision they build on.
  const idRef = useRef(entry?.id)
  const revRef = useRef(entry?.rev)

  const save = useCallback(
    async (d: Draft) => {
      const result = await call('private:save', { id: idRef.current, title: d.title, text: d.text, prompt: d.prompt, expectedRev: revRef.current })
      if (result.ok) {
        idRef.current = result.value.id
        revRef.current = result.value.rev
        setSavedAt(result.value.updatedAt)
        onSaved(result.value)
      }
      return result
    },
    [onSaved],
  )
  const autosave = useAutosave(save)
  const change = (patch: Partial<Draft>) => {
    const next = { ...draft, ...patch }
    setDraft(next)
    autosave.schedule(next)
  }

  /** Drops unsaved words first, so a late save cannot bring the entry back. */
  const remove = async (): Promise<string | null> => {
    autosave.discard()
    await autosave.flush()
    const id = idRef.current
    if (!id) {
      onDeleted('')
      return null
    }
    const result = await call('private:delete', { id })
    if (!result.ok) return result.error.message
    onDeleted(id)
    return null
  }

  const prompt = promptText(draft.prompt)
  return (
    <article className="entry-editor" aria-labelledby="entry-heading">
      <h2 id="entry-heading" className="visually-hidden">
        {entry ? `Entry: ${entry.title || 'Untitled entry'}` : 'New entry'}
      </h2>
      <p className="private-badge">Private to {ownerName}</p>
      <TextField label="Title (optional)" value={draft.title} maxLength={TITLE_MAX_LENGTH} onChange={(e) => change({ title: e.target.value })} />
      {prompt ? (
        <div className="entry-editor__prompt">
          <p>
            <span className="visually-hidden">Prompt: </span>
            {prompt}
          </p>
          <Button variant="quiet" onClick={() => change({ prompt: null })}>
            Write without this prompt
          </Button>
        </div>
      ) : (
        <PromptPicker onPick={(id) => change({ prompt: id })} />
      )}
      <WritingArea
        label="Your words"
        hint="Write freely. This page is sealed with your own key."
        value={draft.text}
        rows={12}
        maxLength={TEXT_MAX_LENGTH}
        onChange={(text) => change({ text })}
        below={<SaveStatus state={autosave.state} error={autosave.error} onRetry={() => void autosave.flush()} />}
      />
      <div className="row entry-editor__foot">
        {savedAt && autosave.state === 'idle' ? <p className="muted">Last saved {formatWhen(savedAt)}</p> : <span />}
        {savedAt ? <DeleteEntry onDelete={remove} /> : null}
      </div>
    </article>
  )
}
