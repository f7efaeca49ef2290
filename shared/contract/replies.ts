// Answering each other: a heart or a short reply on the other partner's revealed weekly-reflection
// answer, or on a note they left. Delivered like notes: the recipient finds it on their next unlock
// and it counts as new once. No request names a sender: the sender is always the unlocked partner.
import { z } from 'zod'
import { channel } from './define'
import type { PartnerId } from '../domain'
import { REFLECTION_PROMPT_IDS, type ReflectionPromptId } from '../content/reflection'
import { WEEK_PATTERN } from './journal'

export const REPLY_TEXT_MAX = 280

const recordId = z.string().min(1).max(128)

export const replyTarget = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('answer'),
      week: z.string().regex(WEEK_PATTERN, 'A week looks like 2026-W48.'),
      promptId: z.enum(REFLECTION_PROMPT_IDS),
    })
    .strict(),
  z.object({ kind: z.literal('note'), noteId: recordId }).strict(),
])

export type ReplyTarget =
  { kind: 'answer'; week: string; promptId: ReflectionPromptId } | { kind: 'note'; noteId: string }

export interface Reply {
  id: string
  from: PartnerId
  to: PartnerId
  target: ReplyTarget
  /** A heart has no words; a reply has a few. */
  heart: boolean
  text: string
  sentAt: string
  /** When the recipient first saw it; null while it waits for them. */
  seenAt: string | null
}

export interface RepliesOverview {
  /** Every reply either of you has sent, oldest first. */
  replies: Reply[]
  /** Replies to the active partner they have not seen yet. */
  unread: number
}

export const repliesChannels = {
  /** A heart (once per answer or note) or a short reply from the active partner. */
  'replies:send': channel(
    z.discriminatedUnion('type', [
      z.object({ type: z.literal('heart'), target: replyTarget }).strict(),
      z
        .object({
          type: z.literal('text'),
          target: replyTarget,
          text: z
            .string()
            .trim()
            .min(1, 'Write a few words first.')
            .max(REPLY_TEXT_MAX, `Please keep a reply under ${REPLY_TEXT_MAX} characters.`),
        })
        .strict(),
    ]),
  ).returns<Reply>(),
  'replies:list': channel(z.object({}).strict()).returns<RepliesOverview>(),
  /** Marks replies to the active partner as seen; seeing one twice changes nothing. */
  'replies:mark-seen': channel(
    z.object({ ids: z.array(recordId).min(1).max(500) }).strict(),
  ).returns<RepliesOverview>(),
}
