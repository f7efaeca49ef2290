// Answering each other: a heart or a short reply on the other partner's answer in a weekly
// reflection, or on a note they left. Kept under the shared key like notes (both may read them),
// delivered like notes: it waits for its recipient, who sees it once.
//
// The privacy rules live here, not in the UI:
// - the sender is always the unlocked partner (no request names one), the recipient the other;
// - an answer can be answered only once the replier may read it: never while the week is sealed
//   and not both finished, never before its writer has finished, never one's own;
// - a note can be answered only by the partner it was written to;
// - a heart counts once per partner and target, however often it is pressed;
// - only the recipient can mark a reply seen, and seeing it twice changes nothing.

import { z } from 'zod'
import { otherPartner, type PartnerId } from '../../../shared/domain'
import type { Reply, RepliesOverview, ReplyTarget } from '../../../shared/contract/replies'
import { HearthError } from '../../../shared/result'
import type { StoredRecord } from '../vault/types'
import { KIND, getRecord, listRecords, serial } from './records'
import { hiddenFromOther, recordsForWeek, type JournalDeps } from './reflection.service'

/** Shared records, one per heart or reply. */
export const REPLY_KIND = 'replies.reply'
/** A couple can say a lot to each other; this only stops a runaway loop filling the journal. */
export const REPLIES_PER_TARGET_MAX = 50

export const REPLY_MSG = {
  sealed: 'This answer is sealed until you have both finished the week, so it cannot be answered yet.',
  notFinished: 'You can answer once they have finished the week.',
  ownAnswer: 'That is your own answer. Answer theirs instead.',
  noAnswer: 'There is no answer there to reply to.',
  noteNotFound: 'That note could not be found.',
  notYourNote: 'Only the person a note was written to can answer it.',
  tooMany: 'That is a lot of replies on one thing. Maybe talk it over together?',
  notFound: 'That reply could not be found.',
  notYours: 'Only the person a reply was sent to can mark it as seen.',
} as const

const partner = z.enum(['A', 'B'])
const replyBody = z.object({
  from: partner,
  to: partner,
  target: z.union([
    z.object({ kind: z.literal('answer'), week: z.string(), promptId: z.string() }),
    z.object({ kind: z.literal('note'), noteId: z.string() }),
  ]),
  heart: z.boolean(),
  text: z.string(),
  seenAt: z.string().nullable(),
})
type ReplyBody = Omit<Reply, 'id' | 'sentAt'>

const toReply = (r: StoredRecord<ReplyBody>): Reply => ({ id: r.id, sentAt: r.createdAt, ...r.body })
const sameTarget = (a: ReplyTarget, b: ReplyTarget): boolean =>
  a.kind === 'answer'
    ? b.kind === 'answer' && a.week === b.week && a.promptId === b.promptId
    : b.kind === 'note' && a.noteId === b.noteId

export type ReplyRequest = { type: 'heart'; target: ReplyTarget } | { type: 'text'; target: ReplyTarget; text: string }

export function createRepliesService({ vault, clock }: JournalDeps) {
  const run = serial()
  const store = () => vault.store('journal')

  const records = (): StoredRecord<ReplyBody>[] =>
    store()
      .list<unknown>(REPLY_KIND, 'shared')
      .filter((r) => replyBody.safeParse(r.body).success) as StoredRecord<ReplyBody>[]

  /** Who receives a reply from `me` on `target`, once the rules above allow it. */
  const recipientFor = (me: PartnerId, target: ReplyTarget): PartnerId => {
    if (target.kind === 'note') {
      const note = getRecord(store(), KIND.note, target.noteId)
      if (!note) throw new HearthError('not-found', REPLY_MSG.noteNotFound)
      if (note.body.to !== me) throw new HearthError('forbidden', REPLY_MSG.notYourNote)
      return note.body.from
    }
    const week = recordsForWeek(listRecords(store(), KIND.answers, 'shared'), target.week)
    const theirs = week[otherPartner(me)]
    // Hidden is decided as the reflection page decides it, so what cannot be read cannot be answered.
    if (theirs && hiddenFromOther(week)) throw new HearthError('forbidden', REPLY_MSG.sealed)
    const value = theirs?.body.answers[target.promptId]
    if (value === undefined || (typeof value === 'string' && value.trim() === ''))
      throw new HearthError('not-found', REPLY_MSG.noAnswer)
    if (!theirs?.body.submittedAt) throw new HearthError('forbidden', REPLY_MSG.notFinished)
    return otherPartner(me)
  }

  const overview = (me: PartnerId): RepliesOverview => {
    const replies = records()
      .map(toReply)
      .sort((a, b) => (a.sentAt < b.sentAt ? -1 : a.sentAt > b.sentAt ? 1 : 0))
    return { replies, unread: replies.filter((r) => r.to === me && r.seenAt === null).length }
  }

  const send = (request: ReplyRequest): Promise<Reply> =>
    run(async () => {
      const me = vault.active()
      const to = recipientFor(me, request.target)
      const mine = records().filter((r) => r.body.from === me && sameTarget(r.body.target, request.target))
      if (request.type === 'heart') {
        const heart = mine.find((r) => r.body.heart)
        if (heart) return toReply(heart)
      }
      if (mine.length >= REPLIES_PER_TARGET_MAX) throw new HearthError('conflict', REPLY_MSG.tooMany)
      const body: ReplyBody = {
        from: me,
        to,
        target: request.target,
        heart: request.type === 'heart',
        text: request.type === 'text' ? request.text.trim() : '',
        seenAt: null,
      }
      return toReply(await store().put<ReplyBody>({ kind: REPLY_KIND, owner: 'shared', body }))
    })

  const list = (): RepliesOverview => overview(vault.active())

  const markSeen = (ids: readonly string[]): Promise<RepliesOverview> =>
    run(async () => {
      const me = vault.active()
      const byId = new Map(records().map((r) => [r.id, r]))
      for (const id of new Set(ids)) {
        const record = byId.get(id)
        if (!record) throw new HearthError('not-found', REPLY_MSG.notFound)
        if (record.body.to !== me) throw new HearthError('forbidden', REPLY_MSG.notYours)
      }
      const at = clock.now().toISOString()
      const unseen = [...new Set(ids)].flatMap((id) => {
        const record = byId.get(id)
        return record && record.body.seenAt === null ? [record] : []
      })
      // One durable save for all of them: either every reply shown is marked seen, or none is.
      if (unseen.length > 0)
        await store().putMany(
          unseen.map((r) => ({
            id: r.id,
            kind: REPLY_KIND,
            owner: 'shared' as const,
            body: { ...r.body, seenAt: at },
            expectedRev: r.rev,
          })),
        )
      return overview(me)
    })

  return { send, list, markSeen }
}

export type RepliesService = ReturnType<typeof createRepliesService>
