import { useCallback, useEffect, useState } from 'react'
import type { Reply, ReplyTarget } from '../../../../shared/contract/replies'
import { call } from '../../api'

export const sameTarget = (a: ReplyTarget, b: ReplyTarget): boolean =>
  a.kind === 'answer'
    ? b.kind === 'answer' && a.week === b.week && a.promptId === b.promptId
    : b.kind === 'note' && a.noteId === b.noteId

export type SendReply = (
  request: { type: 'heart'; target: ReplyTarget } | { type: 'text'; target: ReplyTarget; text: string },
) => Promise<boolean>

/** The couple's hearts and replies, for a page that shows them beside answers or notes. */
export function useReplies() {
  const [replies, setReplies] = useState<Reply[]>([])
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    void call('replies:list', {}).then((r) => {
      if (!live) return
      if (r.ok) setReplies(r.value.replies)
      else setError(r.error.message)
    })
    return () => {
      live = false
    }
  }, [])

  const send: SendReply = useCallback(async (request) => {
    setError(null)
    const result = await call('replies:send', request)
    if (!result.ok) {
      setError(result.error.message)
      return false
    }
    setReplies((list) => (list.some((r) => r.id === result.value.id) ? list : [...list, result.value]))
    return true
  }, [])

  const on = useCallback((target: ReplyTarget) => replies.filter((r) => sameTarget(r.target, target)), [replies])
  return { replies, on, send, error }
}
