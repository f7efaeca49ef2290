import { useCallback, useEffect, useState } from 'react'
import type { Note } from '../../../../shared/contract/journal'
import type { PartnerId } from '../../../../shared/domain'
import { call } from '../../api'
import { formatWhen } from '../../app/format'
import { useSession } from '../../app/session'
import { Notice } from '../../components/Notice'
import { ReplyBar, ReplyList } from '../replies/ReplyBar'
import { useReplies } from '../replies/useReplies'
import { NoteComposer } from './NoteComposer'
import { GratitudeWall, WaitingNotes } from './NoteLists'
import './notes.css'

export function NotesPage() {
  const { partner, other, status } = useSession()
  const otherName = other?.name ?? 'Your partner'
  const nameOf = (id: PartnerId) => status.partners.find((p) => p.id === id)?.name ?? 'Your partner'
  const [notes, setNotes] = useState<Note[] | null>(null)
  const [memory, setMemory] = useState<Note | null>(null)
  const [error, setError] = useState<string | null>(null)
  // Notes opened during this visit stay at the top, open, instead of jumping down to the wall.
  const [openedNow, setOpenedNow] = useState<ReadonlySet<string>>(new Set())

  const load = useCallback(async () => {
    const [list, again] = await Promise.all([call('notes:list', {}), call('notes:resurface', {})])
    if (!list.ok) return setError(list.error.message)
    setNotes(list.value.notes)
    if (again.ok) setMemory(again.value)
  }, [])
  useEffect(() => {
    void load()
  }, [load])

  const replies = useReplies()
  // A note to you can be answered with a heart or a few words; under your own notes, what came back.
  const repliesFor = (note: Note) =>
    note.to === partner.id ? (
      <ReplyBar
        target={{ kind: 'note', noteId: note.id }}
        replies={replies.on({ kind: 'note', noteId: note.id })}
        about={`${otherName}’s note`}
        me={partner.id}
        otherName={otherName}
        send={replies.send}
      />
    ) : (
      <ReplyList replies={replies.on({ kind: 'note', noteId: note.id })} nameOf={nameOf} me={partner.id} />
    )

  const replace = (note: Note) => setNotes((list) => (list ?? []).map((n) => (n.id === note.id ? note : n)))
  const openNote = async (id: string) => {
    const result = await call('notes:mark-read', { id })
    if (!result.ok) return setError(result.error.message)
    setOpenedNow((ids) => new Set(ids).add(id))
    replace(result.value)
    // The button that was pressed is gone; put focus on the words that replaced it.
    requestAnimationFrame(() => document.getElementById(`note-${id}`)?.focus())
  }

  const forMe = (n: Note) => n.to === partner.id && (n.readAt === null || openedNow.has(n.id))
  const waiting = (notes ?? []).filter(forMe)
  // A note joins the wall the moment it is read (it also stays open above for this visit), so the
  // wall never needs a reload to catch up.
  const wall = (notes ?? []).filter((n) => !(n.to === partner.id && n.readAt === null))
  return (
    <div className="stack notes">
      <header>
        <h1>Appreciation notes</h1>
        <p className="muted">Small thank-yous, kept. {otherName} finds your note the next time they open Hearth.</p>
      </header>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {replies.error ? <Notice tone="error">{replies.error}</Notice> : null}

      <WaitingNotes notes={waiting} otherName={otherName} onOpen={(id) => void openNote(id)} replies={repliesFor} />

      {memory ? (
        <section aria-labelledby="memory-heading" className="note note--memory">
          <h2 id="memory-heading">From your wall</h2>
          <p className="note__text">{memory.text}</p>
          <p className="note__meta">
            {nameOf(memory.from)} to {nameOf(memory.to)}, {formatWhen(memory.sentAt)}
          </p>
        </section>
      ) : null}

      <NoteComposer otherName={otherName} onSent={(note) => setNotes((list) => [note, ...(list ?? [])])} />

      <section aria-labelledby="wall-heading">
        <h2 id="wall-heading">Your gratitude wall</h2>
        {!notes && !error ? <p role="status">Opening your notes…</p> : null}
        {notes ? (
          <GratitudeWall
            notes={wall}
            me={partner.id}
            nameOf={nameOf}
            // A note opened this visit is answered where it lies open, above; the wall only lists what came back.
            replies={(n) =>
              openedNow.has(n.id) ? (
                <ReplyList replies={replies.on({ kind: 'note', noteId: n.id })} nameOf={nameOf} me={partner.id} />
              ) : (
                repliesFor(n)
              )
            }
          />
        ) : null}
      </section>
    </div>
  )
}
