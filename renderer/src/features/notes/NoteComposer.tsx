import { useState, type FormEvent } from 'react'
import type { Note } from '../../../../shared/contract/journal'
import { TEXT_MAX_LENGTH } from '../../../../shared/limits'
import { call } from '../../api'
import { Button } from '../../components/Button'
import { Notice } from '../../components/Notice'
import { WritingArea } from '../reflection/WritingArea'

/** Write a note to your partner; they find it the next time they open Hearth. */
export function NoteComposer({ otherName, onSent }: { otherName: string; onSent: (note: Note) => void }) {
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [sent, setSent] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setError(null)
    setSent(false)
    setBusy(true)
    const result = await call('notes:send', { text })
    setBusy(false)
    if (!result.ok) return setError(result.error.message)
    setText('')
    setSent(true)
    onSent(result.value)
  }

  return (
    <form onSubmit={(e) => void submit(e)} className="note-composer" aria-labelledby="compose-heading">
      <h2 id="compose-heading">Write to {otherName}</h2>
      <WritingArea
        label={`A note for ${otherName}`}
        hint="Something they did, and what it meant to you. Small things count."
        placeholder="Thank you for…"
        value={text}
        maxLength={TEXT_MAX_LENGTH}
        coach
        onChange={(next) => {
          setText(next)
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
