import { useState, type FormEvent } from 'react'
import type { Note } from '../../../../shared/contract/journal'
import { TEXT_MAX_LENGTH } from '../../../../shared/limits'
import { call } from '../../api'
import { Button } from '../../components/Button'
import { Notice } from '../../components/Notice'
import { SaveStatus } from '../reflection/SaveStatus'
import { WritingArea } from '../reflection/WritingArea'
import { useNoteDraft } from './useNoteDraft'

/** Write a note to your partner; they find it the next time they open Hearth. */
export function NoteComposer({ otherName, onSent }: { otherName: string; onSent: (note: Note) => void }) {
  const draft = useNoteDraft()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [sent, setSent] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setError(null)
    setSent(false)
    setBusy(true)
    await draft.settle()
    const result = await call('notes:send', { text: draft.text })
    setBusy(false)
    if (!result.ok) {
      draft.keep()
      return setError(result.error.message)
    }
    draft.clear()
    setSent(true)
    onSent(result.value)
  }

  return (
    <form onSubmit={(e) => void submit(e)} className="note-composer" aria-labelledby="compose-heading">
      <h2 id="compose-heading">Write to {otherName}</h2>
      <WritingArea
        label={`A note for ${otherName}`}
        hint="Something they did, and what it meant to you. Small things count. Until you leave it, it is kept just for you."
        placeholder="Thank you for…"
        value={draft.text}
        maxLength={TEXT_MAX_LENGTH}
        coach
        below={<SaveStatus state={draft.autosave.state} error={draft.autosave.error} onRetry={() => void draft.autosave.flush()} />}
        onChange={(next) => {
          draft.change(next)
          setSent(false)
        }}
      />
      {error ? <Notice tone="error">{error}</Notice> : null}
      {sent ? <Notice>Your note is waiting for {otherName}. They will see it the next time they open Hearth.</Notice> : null}
      <Button type="submit" busy={busy} busyLabel="Leaving your note…">
        Leave the note
      </Button>
    </form>
  )
}
