import { useEffect, useRef, useState } from 'react'
import type { Note } from '../../../../shared/contract/journal'
import { call } from '../../api'
import { useNavigation } from '../../app/navigation'
import { useSession } from '../../app/session'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { ROUTE } from '../reflection/open-later'
import { waitingLine } from './note-words'
import './notes.css'

/**
 * Home: notes from your partner that you have not opened yet. "Read it" opens the oldest waiting
 * note right here, in one press, rather than sending you to another page to press again.
 */
export function NotesHomeCard() {
  const { go } = useNavigation()
  const { partner, other } = useSession()
  const otherName = other?.name ?? 'your partner'
  const [waiting, setWaiting] = useState<Note[] | null>(null)
  const [opened, setOpened] = useState<Note | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    void call('notes:list', {}).then((r) => {
      if (!live) return
      // Oldest first, so notes are read in the order they were left.
      if (r.ok) setWaiting(r.value.notes.filter((n) => n.to === partner.id && n.readAt === null).reverse())
      else setError(r.error.message)
    })
    return () => {
      live = false
    }
  }, [partner.id])

  const openNext = async () => {
    const next = waiting?.[0]
    if (!next) return
    setError(null)
    const result = await call('notes:mark-read', { id: next.id })
    if (!result.ok) return setError(result.error.message)
    setOpened(result.value)
    setWaiting((list) => (list ?? []).filter((n) => n.id !== next.id))
  }
  // The button that was pressed may be gone; put focus on the words that replaced it.
  const textRef = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (opened) textRef.current?.focus()
  }, [opened])

  const unread = waiting?.length ?? null
  return (
    <Card aria-labelledby="home-notes">
      <h2 id="home-notes">{opened ? `A note from ${otherName}` : 'Notes waiting for you'}</h2>
      {error ? <p role="alert">{error}</p> : null}
      {opened ? (
        <p className="note__text" ref={textRef} tabIndex={-1}>
          {opened.text}
        </p>
      ) : null}
      {unread !== null && (!opened || unread > 0) ? (
        <p className={unread > 0 ? 'notes-waiting' : 'muted'}>
          {unread > 0 ? `${opened ? `${unread === 1 ? 'One more' : `${unread} more`} waiting` : waitingLine(unread, otherName)}.` : `No new notes. Leave one for ${otherName}?`}
        </p>
      ) : null}
      <div className="row">
        {unread ? (
          <Button onClick={() => void openNext()}>{opened ? 'Read the next one' : unread === 1 ? 'Read it' : 'Read the first'}</Button>
        ) : null}
        <Button variant={unread || opened ? 'secondary' : 'primary'} onClick={() => go(ROUTE.notes)}>
          {unread || opened ? 'All notes' : 'Write a note'}
        </Button>
      </div>
    </Card>
  )
}
