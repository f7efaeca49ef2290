// Guided rituals of connection: the weekly check-in, "How well do you know me?", repairing after a
// hard moment, our year in review, and the conversation decks' browsing (favourites, own deck,
// a draw that does not repeat). Requests are strict and bounded like the other worksheets.
import { z } from 'zod'
import { channel } from './define'
import { partnerId } from './vault'
import { DECK_IDS, type DeckId } from '../content/decks'
import { CHECKIN_APPRECIATIONS_MAX, CHECKIN_STEP_IDS, type CheckinStepId } from '../content/checkin'
import { REPAIR_STEP_IDS, type RepairStepId } from '../content/repair'
import type { PartnerId } from '../domain'
import type { HistoryWeek, Note, WeekInfo } from './journal'
import type { ConversationCard } from './worksheets'

const empty = z.object({}).strict()
const recordId = z.string().min(1).max(80)
const week = z.string().regex(/^\d{4}-W\d{2}$/, 'Use a week like 2026-W48.')
const shortText = z.string().max(1000)
const byPartner = <T extends z.ZodType>(value: T) => z.object({ A: value.optional(), B: value.optional() }).strict()

// ---- The weekly check-in --------------------------------------------------------------------

export interface CheckinIssue {
  /** They chose to leave the issue for another week. */
  skipped: boolean
  topic: string
  raisedBy: PartnerId | null
  /** Speaker/listener turns taken with the timer. */
  turns: number
  /** What each partner understood of the other. */
  understood: Record<PartnerId, string>
  /** The one small step they agreed. */
  step: string
}

export interface CheckinRecord {
  step: CheckinStepId
  appreciations: Record<PartnerId, string[]>
  wentWell: Record<PartnerId, string>
  issue: CheckinIssue
  startedAt: string
  startedBy: PartnerId
  updatedAt: string
  updatedBy: PartnerId
  finishedAt: string | null
}

export interface CheckinView extends WeekInfo {
  /** null: not started this week. */
  record: CheckinRecord | null
}

export interface CheckinSummary extends WeekInfo {
  finishedAt: string | null
  step: CheckinStepId
  appreciations: number
  /** The topic talked through, if any (shared words, both may read them). */
  topic: string | null
  agreedStep: string | null
}

const issuePatch = z
  .object({
    skipped: z.boolean().optional(),
    topic: z.string().max(300).optional(),
    raisedBy: partnerId.nullable().optional(),
    turns: z.number().int().min(0).max(100).optional(),
    understood: byPartner(shortText).optional(),
    step: z.string().max(500).optional(),
  })
  .strict()

export const checkinPatch = z
  .object({
    step: z.enum(CHECKIN_STEP_IDS).optional(),
    appreciations: byPartner(z.array(z.string().max(500)).max(CHECKIN_APPRECIATIONS_MAX)).optional(),
    wentWell: byPartner(shortText).optional(),
    issue: issuePatch.optional(),
  })
  .strict()
export type CheckinPatch = z.output<typeof checkinPatch>

// ---- How well do you know me? ---------------------------------------------------------------

export type LoveMapPart = 'answers' | 'guesses'

export interface LoveMapSide {
  partner: PartnerId
  answers: Record<string, string>
  guesses: Record<string, string>
  answersDoneAt: string | null
  guessesDoneAt: string | null
  /** Question ids where this partner said the other's guess about them was close. */
  close: string[]
}

export interface LoveMapView {
  round: number
  questionIds: string[]
  /** The viewer's own side, always whole. */
  mine: LoveMapSide
  /** Only yes/no progress for the other partner until the round is revealed. */
  partner: { partner: PartnerId; answersDone: boolean; guessesDone: boolean }
  /** Both sides whole, once both partners have sealed their answers and their guesses. */
  revealed: Record<PartnerId, LoveMapSide> | null
  /** Rounds revealed before this one. */
  pastRounds: number
}

// ---- Repairing after a hard moment ----------------------------------------------------------

export type RepairFields = Partial<Record<RepairStepId, string>>

export interface RepairSide {
  partner: PartnerId
  fields: RepairFields
  sharedAt: string
}

export interface RepairPair {
  id: string
  startedAt: string
  sides: Record<PartnerId, RepairSide | null>
}

export interface RepairView {
  /** The viewer's own unshared page (sealed with their private key), if any. */
  draft: { fields: RepairFields; updatedAt: string } | null
  /** Shared pages, newest first. */
  pairs: RepairPair[]
}

// ---- Our year -------------------------------------------------------------------------------

export interface YearReview {
  year: number
  /** Years that have anything shared in them, newest first. */
  years: number[]
  weeks: HistoryWeek[]
  appreciations: { count: number; few: Note[] }
  rituals: { kept: number; favourite: string | null }
  checkins: { held: number; steps: string[] }
  agreement: { versions: number; signedByBoth: number }
  conversations: number
}

// ---- Conversation decks ---------------------------------------------------------------------

export const OWN_DECK = 'ours'
export const FAVOURITES_DECK = 'favourites'
export type DeckChoice = DeckId | typeof OWN_DECK | typeof FAVOURITES_DECK
const deckChoice = z.union([z.enum(DECK_IDS), z.literal(OWN_DECK), z.literal(FAVOURITES_DECK)])

export interface BrowsedCard {
  card: ConversationCard
  favourite: boolean
  lastDiscussedAt: string | null
}

export interface DeckDraw {
  card: BrowsedCard | null
  /** Every card not set aside had been seen this sitting: the deck was shuffled again. */
  startedOver: boolean
}

export const guidedChannels = {
  'checkin:get': channel(z.object({ week: week.optional() }).strict()).returns<CheckinView>(),
  'checkin:save': channel(z.object({ week, patch: checkinPatch }).strict()).returns<CheckinView>(),
  'checkin:finish': channel(z.object({ week }).strict()).returns<CheckinView>(),
  'checkin:list': channel(empty).returns<CheckinSummary[]>(),

  'lovemaps:get': channel(z.object({ round: z.number().int().min(1).max(10000).optional() }).strict()).returns<LoveMapView>(),
  'lovemaps:save': channel(
    z
      .object({
        round: z.number().int().min(1).max(10000),
        part: z.enum(['answers', 'guesses']),
        questionId: recordId,
        text: z.string().max(500),
      })
      .strict(),
  ).returns<LoveMapView>(),
  'lovemaps:seal': channel(z.object({ round: z.number().int().min(1).max(10000), part: z.enum(['answers', 'guesses']) }).strict()).returns<LoveMapView>(),
  'lovemaps:mark': channel(z.object({ round: z.number().int().min(1).max(10000), questionId: recordId, close: z.boolean() }).strict()).returns<LoveMapView>(),

  'repair:get': channel(empty).returns<RepairView>(),
  'repair:save-draft': channel(z.object({ fields: z.partialRecord(z.enum(REPAIR_STEP_IDS), z.string().max(4000)) }).strict()).returns<RepairView>(),
  'repair:share': channel(empty).returns<RepairView>(),

  'year:review': channel(z.object({ year: z.number().int().min(2000).max(3000) }).strict()).returns<YearReview>(),

  'decks:browse': channel(z.object({ deck: deckChoice }).strict()).returns<BrowsedCard[]>(),
  'decks:draw': channel(
    z.object({ deck: deckChoice, seen: z.array(recordId).max(500), skipped: z.array(recordId).max(500) }).strict(),
  ).returns<DeckDraw>(),
  'decks:favourite': channel(z.object({ cardId: recordId, favourite: z.boolean() }).strict()).returns<BrowsedCard[]>(),
}
