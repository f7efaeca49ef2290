import { useId, useState, type FormEvent } from 'react'
import { REPLY_TEXT_MAX, type Reply, type ReplyTarget } from '../../../../shared/contract/replies'
import type { PartnerId } from '../../../../shared/domain'
import { Button } from '../../components/Button'
import { TextField } from '../../components/TextField'
import type { SendReply } from './useReplies'
import './replies.css'

/** The hearts and replies already left on one answer or note: "♥ from Rio", "Rio: Me too". */
export function ReplyList({
  replies,
  nameOf,
  me,
}: {
  replies: Reply[]
  nameOf: (id: PartnerId) => string
  me: PartnerId
}) {
  if (replies.length === 0) return null
  return (
    <ul className="reply-list" aria-label="Replies">
      {replies.map((r) => (
        <li key={r.id} className={r.heart ? 'reply reply--heart' : 'reply'}>
          {r.heart ? (
            <>
              <span aria-hidden="true">♥ </span>
              {r.from === me ? 'You sent a heart' : `A heart from ${nameOf(r.from)}`}
            </>
          ) : (
            <>
              <strong>{r.from === me ? 'You' : nameOf(r.from)}:</strong> {r.text}
            </>
          )}
        </li>
      ))}
    </ul>
  )
}

/**
 * Answering the other partner's words: a heart (once) or a short reply. `about` names what is
 * answered for screen readers ("Rio's answer: What made you feel close").
 */
export function ReplyBar({
  target,
  replies,
  about,
  me,
  otherName,
  send,
}: {
  target: ReplyTarget
  replies: Reply[]
  about: string
  me: PartnerId
  otherName: string
  send: SendReply
}) {
  const id = useId()
  const [writing, setWriting] = useState(false)
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const hearted = replies.some((r) => r.heart && r.from === me)
  const nameOf = (p: PartnerId) => (p === me ? 'You' : otherName)

  const heart = async () => {
    setBusy(true)
    await send({ type: 'heart', target })
    setBusy(false)
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!text.trim()) return
    setBusy(true)
    if (await send({ type: 'text', target, text })) {
      setText('')
      setWriting(false)
    }
    setBusy(false)
  }

  return (
    <div className="reply-bar">
      <ReplyList replies={replies} nameOf={nameOf} me={me} />
      <div className="row reply-bar__actions">
        <Button
          variant="quiet"
          aria-pressed={hearted}
          // busy, not disabled: it ignores presses yet keeps keyboard focus where it was.
          busy={hearted || busy}
          onClick={() => void heart()}
          aria-label={hearted ? `Heart sent for ${about}` : `Send a heart for ${about}`}
        >
          <span aria-hidden="true">{hearted ? '♥ Heart sent' : '♡ Heart'}</span>
        </Button>
        {!writing ? (
          <Button variant="quiet" onClick={() => setWriting(true)} aria-label={`Reply to ${about}`}>
            Reply
          </Button>
        ) : null}
      </div>
      {writing ? (
        <form className="reply-bar__form" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-label`}>
          <span id={`${id}-label`} className="visually-hidden">
            Reply to {about}
          </span>
          <TextField
            label={`A few words for ${otherName}`}
            value={text}
            maxLength={REPLY_TEXT_MAX}
            autoFocus
            onChange={(e) => setText(e.target.value)}
          />
          <div className="row">
            <Button type="submit" disabled={busy || !text.trim()}>
              Send reply
            </Button>
            <Button variant="quiet" onClick={() => setWriting(false)}>
              Not now
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  )
}
