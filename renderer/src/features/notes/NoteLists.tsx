import type { ReactNode } from 'react'
import type { Note } from '../../../../shared/contract/journal'
import type { PartnerId } from '../../../../shared/domain'
import { formatWhen } from '../../app/format'
import { Button } from '../../components/Button'
import { waitingLine } from './note-words'

/** Notes to the active partner: closed until opened, and kept open here for this visit. */
export function WaitingNotes({ notes, otherName, onOpen, replies }: { notes: Note[]; otherName: string; onOpen: (id: string) => void; replies?: (note: Note) => ReactNode }) {
  if (notes.length === 0) return null
  const unread = notes.filter((n) => n.readAt === null).length
  return (
    <section aria-labelledby="waiting-heading" className="notes-waiting-list">
      <h2 id="waiting-heading">{unread > 0 ? waitingLine(unread, otherName) : `From ${otherName}`}</h2>
      <ul className="note-list">
        {notes.map((n) =>
          n.readAt === null ? (
            <li key={n.id} className="note note--sealed">
              <p className="note__meta">Left for you {formatWhen(n.sentAt)}</p>
              <Button onClick={() => onOpen(n.id)}>Open the note</Button>
            </li>
          ) : (
            <li key={n.id} className="note note--opened">
              <p className="note__text" id={`note-${n.id}`} tabIndex={-1}>
                {n.text}
              </p>
              <p className="note__meta">
                {otherName} to you, {formatWhen(n.sentAt)}
              </p>
              {replies?.(n)}
            </li>
          ),
        )}
      </ul>
    </section>
  )
}

/** Every other note between the two of you, newest first. */
export function GratitudeWall({ notes, me, nameOf, replies }: { notes: Note[]; me: PartnerId; nameOf: (id: PartnerId) => string; replies?: (note: Note) => ReactNode }) {
  if (notes.length === 0) return <p className="muted">Every note either of you leaves will gather here.</p>
  return (
    <ul className="note-wall">
      {notes.map((n) => (
        <li key={n.id} className="note">
          <p className="note__text">{n.text}</p>
          <p className="note__meta">
            {n.from === me ? `You to ${nameOf(n.to)}` : `${nameOf(n.from)} to you`}, {formatWhen(n.sentAt)}
            {n.from === me ? <> · {n.readAt ? `${nameOf(n.to)} has read it` : 'Not opened yet'}</> : null}
          </p>
          {replies?.(n)}
        </li>
      ))}
    </ul>
  )
}
