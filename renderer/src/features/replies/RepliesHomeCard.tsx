import { useEffect, useRef, useState } from 'react'
import { getReflectionPrompt } from '../../../../shared/content/reflection'
import type { Reply } from '../../../../shared/contract/replies'
import { call } from '../../api'
import { useSession } from '../../app/session'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import './replies.css'

const about = (r: Reply): string =>
  r.target.kind === 'note' ? 'your note' : `your answer to “${getReflectionPrompt(r.target.promptId).label}”`

/**
 * Home: hearts and replies the other partner left since you were last here, delivered like notes.
 * Shown only when something is waiting (or was just read), so Home stays light. Reading them here
 * marks them seen, so each counts as new once.
 */
export function RepliesHomeCard() {
  const { partner, other } = useSession()
  const otherName = other?.name ?? 'Your partner'
  const [waiting, setWaiting] = useState<Reply[]>([])
  const [shown, setShown] = useState<Reply[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const listRef = useRef<HTMLUListElement>(null)

  useEffect(() => {
    let live = true
    void call('replies:list', {}).then((r) => {
      if (!live) return
      if (r.ok) setWaiting(r.value.replies.filter((x) => x.to === partner.id && x.seenAt === null))
      else setError(r.error.message)
    })
    return () => {
      live = false
    }
  }, [partner.id])
  useEffect(() => {
    if (shown) listRef.current?.focus()
  }, [shown])

  const read = async () => {
    setError(null)
    const result = await call('replies:mark-seen', { ids: waiting.map((r) => r.id) })
    if (!result.ok) return setError(result.error.message)
    setShown(waiting)
    setWaiting([])
  }

  if (!shown && waiting.length === 0 && !error) return null
  const hearts = waiting.filter((r) => r.heart).length
  const words = waiting.length - hearts
  const summary = [
    hearts ? (hearts === 1 ? 'a heart' : `${hearts} hearts`) : '',
    words ? (words === 1 ? 'a reply' : `${words} replies`) : '',
  ]
    .filter(Boolean)
    .join(' and ')
  return (
    <Card aria-labelledby="home-replies">
      <h2 id="home-replies">{otherName} answered you</h2>
      {error ? <p role="alert">{error}</p> : null}
      {shown ? (
        <ul className="reply-list" ref={listRef} tabIndex={-1} aria-label={`From ${otherName}`}>
          {shown.map((r) => (
            <li key={r.id} className={r.heart ? 'reply reply--heart' : 'reply'}>
              {r.heart ? <span aria-hidden="true">♥ </span> : null}
              {r.heart ? `A heart on ${about(r)}` : `On ${about(r)}: ${r.text}`}
            </li>
          ))}
        </ul>
      ) : (
        <>
          <p className="notes-waiting">
            {otherName} left {summary} for you.
          </p>
          <Button onClick={() => void read()}>{waiting.length === 1 ? 'See it' : 'See them'}</Button>
        </>
      )}
    </Card>
  )
}
