// Worksheets: shared values, conversation cards, active listening, and rituals/time together.
// Requests are strict and bounded: a hand-made IPC call can neither grow a record without limit
// nor smuggle extra fields into the vault.
import { z } from 'zod'
import { channel } from './define'
import { partnerId } from './vault'
import { DECK_IDS, type Depth, type DeckId } from '../content/decks'
import { IDEA_CATEGORY_IDS, type IdeaCategoryId } from '../content/rituals'
import { VALUE_RATING_MAX, VALUE_RATING_MIN } from '../content/values'
import type { PartnerId } from '../domain'
import type { ValuesComparison } from '../logic/values-compare'
import {
  CUSTOM_VALUES_MAX,
  LISTENING_TURN_MAX_SECONDS,
  LISTENING_TURN_MIN_SECONDS,
  RITUALS_MAX,
  RITUAL_FEELINGS,
  type RitualFeeling,
} from '../limits'

const empty = z.object({}).strict()
const recordId = z.string().min(1).max(80)
const note = z.string().max(2000)
const depth = z.union([z.literal(1), z.literal(2), z.literal(3)])
/** Local calendar date, as the couple sees it on the laptop's clock. */
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-24.')

export { CUSTOM_VALUES_MAX, LISTENING_TURN_MAX_SECONDS, LISTENING_TURN_MIN_SECONDS, RITUALS_MAX, RITUAL_FEELINGS, type RitualFeeling }

// ---- Shared values --------------------------------------------------------------------------

export interface ValueItem {
  id: string
  name: string
  description: string
  custom: boolean
}

export type Ratings = Record<string, number>

export interface CompletedRound {
  id: string
  number: number
  completedAt: string
  ratings: Record<PartnerId, Ratings>
  comparison: ValuesComparison
}

export interface ValuesRoundView {
  values: ValueItem[]
  /** The round being filled in now. Only the active partner's own ratings are ever included. */
  round: {
    number: number
    mine: Ratings
    myFinishedAt: string | null
    /** Whether the other partner has finished: a yes/no, never their ratings. */
    partnerFinished: boolean
  }
  /** The most recent round both partners finished, with its comparison. */
  latest: CompletedRound | null
}

export interface ValueTrend {
  valueId: string
  name: string
  /** One entry per completed round, oldest first; null where that value was not rated. */
  A: (number | null)[]
  B: (number | null)[]
}

export interface ValuesHistory {
  /** Completed rounds, oldest first. */
  rounds: CompletedRound[]
  trends: ValueTrend[]
}

// ---- Conversation cards ---------------------------------------------------------------------

export interface ConversationCard {
  id: string
  deckId: DeckId
  text: string
  depth: Depth
  custom: boolean
}

export interface DrawnCard {
  card: ConversationCard
  lastDiscussedAt: string | null
}

export interface DiscussedCard {
  id: string
  cardId: string
  deckId: DeckId | null
  text: string
  note: string
  by: PartnerId
  at: string
}

// ---- Active listening -----------------------------------------------------------------------

export interface ListeningSession {
  id: string
  at: string
  firstSpeaker: PartnerId
  turnSeconds: number
  turns: number
  checked: string[]
  note: string
}

// ---- Rituals and time together --------------------------------------------------------------

export interface RitualPlan {
  id: string
  name: string
  /** Days of the week, 0 = Sunday … 6 = Saturday. */
  days: number[]
  /** 24-hour local time, "HH:MM". */
  time: string
}

export interface RitualLogEntry {
  id: string
  date: string
  what: string
  ritualId: string | null
  feeling: RitualFeeling
  note: string
  by: PartnerId
}

export interface CustomIdea {
  id: string
  text: string
  category: IdeaCategoryId
}

export interface RitualsView {
  rituals: RitualPlan[]
  /** Newest first. */
  log: RitualLogEntry[]
  ideas: CustomIdea[]
}

const ritualInput = z
  .object({
    id: recordId.optional(),
    name: z.string().trim().min(1).max(80),
    days: z.array(z.number().int().min(0).max(6)).min(1).max(7),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 19:30.'),
  })
  .strict()

export const worksheetsChannels = {
  'values:get-round': channel(empty).returns<ValuesRoundView>(),
  'values:rate': channel(
    z.object({ valueId: recordId, rating: z.number().int().min(VALUE_RATING_MIN).max(VALUE_RATING_MAX) }).strict(),
  ).returns<ValuesRoundView>(),
  /** Seals the active partner's ratings for this round; they show only once both have finished. */
  'values:finish': channel(empty).returns<ValuesRoundView>(),
  'values:add-value': channel(
    z.object({ name: z.string().trim().min(1).max(40), description: z.string().trim().max(200) }).strict(),
  ).returns<ValuesRoundView>(),
  'values:history': channel(empty).returns<ValuesHistory>(),

  'cards:draw': channel(
    z.object({ deckId: z.enum(DECK_IDS), exclude: z.array(recordId).max(200).optional() }).strict(),
  ).returns<DrawnCard | null>(),
  'cards:mark-discussed': channel(z.object({ cardId: recordId, note }).strict()).returns<DiscussedCard>(),
  'cards:add': channel(
    z.object({ deckId: z.enum(DECK_IDS), text: z.string().trim().min(3).max(300), depth }).strict(),
  ).returns<ConversationCard>(),
  'cards:history': channel(empty).returns<{ discussed: DiscussedCard[]; custom: ConversationCard[] }>(),

  'listening:log': channel(
    z
      .object({
        firstSpeaker: partnerId,
        turnSeconds: z.number().int().min(LISTENING_TURN_MIN_SECONDS).max(LISTENING_TURN_MAX_SECONDS),
        turns: z.number().int().min(0).max(100),
        checked: z.array(z.string().min(1).max(60)).max(20),
        note,
      })
      .strict(),
  ).returns<ListeningSession>(),
  'listening:list': channel(empty).returns<ListeningSession[]>(),

  'rituals:list': channel(empty).returns<RitualsView>(),
  'rituals:save': channel(ritualInput).returns<RitualPlan>(),
  'rituals:delete': channel(z.object({ id: recordId }).strict()).returns<null>(),
  'rituals:log': channel(
    z
      .object({
        date: localDate,
        what: z.string().trim().min(1).max(200),
        ritualId: recordId.nullable(),
        feeling: z.enum(RITUAL_FEELINGS),
        note,
      })
      .strict(),
  ).returns<RitualLogEntry>(),
  'rituals:add-idea': channel(
    z.object({ text: z.string().trim().min(3).max(200), category: z.enum(IDEA_CATEGORY_IDS) }).strict(),
  ).returns<CustomIdea>(),
}
