import { useEffect, useState } from 'react'
import { call } from '../../api'
import { useNavigation } from '../../app/navigation'
import { useSession } from '../../app/session'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { ROUTE } from '../reflection/open-later'
import { waitingLine } from './note-words'
import './notes.css'

/** Home: notes from your partner that you have not opened yet. */
export function NotesHomeCard() {
  const { go } = useNavigation()
  const { other } = useSession()
  const otherName = other?.name ?? 'your partner'
  const [unread, setUnread] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    void call('notes:list', {}).then((r) => {
      if (!live) return
      if (r.ok) setUnread(r.value.unread)
      else setError(r.error.message)
    })
    return () => {
      live = false
    }
  }, [])

  return (
    <Card aria-labelledby="home-notes">
      <h2 id="home-notes">Notes waiting for you</h2>
      {error ? <p role="alert">{error}</p> : null}
      {unread !== null ? <p className={unread > 0 ? 'notes-waiting' : 'muted'}>{unread > 0 ? `${waitingLine(unread, otherName)}.` : `No new notes. Leave one for ${otherName}?`}</p> : null}
      <Button variant={unread ? 'primary' : 'secondary'} onClick={() => go(ROUTE.notes)}>
        {unread ? (unread === 1 ? 'Read it' : 'Read them') : 'Write a note'}
      </Button>
    </Card>
  )
}
