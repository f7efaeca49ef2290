// Writing together and alone: the weekly reflection, private journals, appreciation notes,
// history and search. Every request is strict and bounded; the author of anything written is
// always the unlocked partner as the vault knows it, so no request carries an author field.
import { z } from 'zod'
import { channel } from './define'
import type { PartnerId } from '../domain'
import type { ReflectionPromptId } from '../content/reflection'

import { SEARCH_MAX_LENGTH, TEXT_MAX_LENGTH, TITLE_MAX_LENGTH } from '../limits'

export { SEARCH_MAX_LENGTH, TEXT_MAX_LENGTH, TITLE_MAX_LENGTH }
/** ISO 8601 week, e.g. "2026-W48". */
export const WEEK_PATTERN = /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/

const empty = z.object({}).strict()
const week = z.string().regex(WEEK_PATTERN, 'A week looks like 2026-W48.')
const recordId = z.string().min(1).max(128)
const text = z.string().max(TEXT_MAX_LENGTH, `Please keep it under ${TEXT_MAX_LENGTH.toLocaleString('en-GB')} characters.`)

/** One partner's answers; a missing key means "not answered yet", null clears the rating. */
const answers = z
  .object({
    connected: text.optional(),
    hard: text.optional(),
    appreciated: text.optional(),
    need: text.optional(),
    together: text.optional(),
    rating: z.number().int().min(1).max(10).nullable().optional(),
  })
  .strict()

export type ReflectionAnswers = {
  [K in Exclude<ReflectionPromptId, 'rating'>]?: string
} & { rating?: number }

export type ColumnState = 'empty' | 'writing' | 'submitted'

export interface ReflectionColumn {
  partner: PartnerId
  state: ColumnState
  /** null while hidden: a sealed week before both partners have finished. */
  answers: ReflectionAnswers | null
  hidden: boolean
  updatedAt: string | null
  submittedAt: string | null
}

export interface WeekInfo {
  week: string
  /** "Week 48 · 23–29 November 2026" */
  label: string
  /** Monday and Sunday of the week, YYYY-MM-DD. */
  startsOn: string
  endsOn: string
  isCurrent: boolean
}

export interface ReflectionWeek extends WeekInfo {
  sealed: boolean
  /** Sealed and both have finished: both columns are open to both. */
  revealed: boolean
  /** Sealed, and the active partner may still open it (nothing the other wrote under the seal would show). */
  canOpen: boolean
  mine: ReflectionColumn
  theirs: ReflectionColumn
}

export interface ReflectionSummary extends WeekInfo {
  sealed: boolean
  revealed: boolean
  states: Record<PartnerId, ColumnState>
}

export interface PrivateEntrySummary {
  id: string
  title: string
  /** The first words of the entry. */
  excerpt: string
  promptId: string | null
  createdAt: string
  updatedAt: string
  rev: number
}

export interface PrivateEntry extends PrivateEntrySummary {
  text: string
}

export interface Note {
  id: string
  from: PartnerId
  to: PartnerId
  text: string
  sentAt: string
  readAt: string | null
}

/** The active partner's half-written note: theirs alone, never shown to the other partner. */
export interface NoteDraft {
  text: string
  updatedAt: string
}

export interface NotesOverview {
  /** Every note between the two of you, newest first (the gratitude wall). */
  notes: Note[]
  /** Notes to the active partner that they have not opened yet. */
  unread: number
}

export interface HistoryWeek extends WeekInfo {
  /** Connection ratings the active partner may see (hidden sealed answers count as null). */
  ratings: Record<PartnerId, number | null>
  appreciations: number
  reflected: boolean
}

export interface LastYear {
  week: WeekInfo
  reflection: ReflectionWeek | null
  notes: Note[]
  /** Only the active partner's own private entries from that week. */
  privateEntries: PrivateEntrySummary[]
}

export interface HistoryOverview {
  /** Consecutive weeks from the first thing written to this week, oldest first. */
  weeks: HistoryWeek[]
  thisWeekLastYear: LastYear | null
}

export type SearchHitKind = 'reflection' | 'private' | 'note'

export interface SearchHit {
  kind: SearchHitKind
  /** Record id for entries and notes; the week for reflections. */
  id: string
  title: string
  /** Text around the first match; `matches` are offsets inside this snippet, for highlighting. */
  snippet: string
  matches: { start: number; end: number }[]
  date: string
  week: string
}

export const journalChannels = {
  /** One week's reflection; without a week, this week. */
  'reflection:get': channel(z.object({ week: week.optional() }).strict()).returns<ReflectionWeek>(),
  'reflection:list': channel(empty).returns<ReflectionSummary[]>(),
  /** Saves the active partner's own answers as they type. `sealed: true` seals the week. */
  'reflection:save-draft': channel(z.object({ week, answers, sealed: z.boolean().optional() }).strict()).returns<ReflectionWeek>(),
  'reflection:submit': channel(z.object({ week }).strict()).returns<ReflectionWeek>(),
  /** Seals or opens the week at once, before any word is typed: the seal is one act. */
  'reflection:set-sealed': channel(z.object({ week, sealed: z.boolean() }).strict()).returns<ReflectionWeek>(),

  'private:list': channel(empty).returns<PrivateEntrySummary[]>(),
  'private:get': channel(z.object({ id: recordId }).strict()).returns<PrivateEntry>(),
  'private:save': channel(z
      .object({
        id: recordId.optional(),
        title: z.string().max(TITLE_MAX_LENGTH).optional(),
        text,
        prompt: z.string().min(1).max(80).nullable().optional(),
        expectedRev: z.number().int().nonnegative().optional(),
      })
      .strict()).returns<PrivateEntry>(),
  'private:delete': channel(z.object({ id: recordId }).strict()).returns<null>(),

  'notes:send': channel(z.object({ text: text.trim().min(1, 'Write a few words first.') }).strict()).returns<Note>(),
  'notes:list': channel(empty).returns<NotesOverview>(),
  'notes:mark-read': channel(z.object({ id: recordId }).strict()).returns<Note>(),
  /**
   * The note being written, saved as the writer types. Kept private to the writer (the recipient
   * never sees a draft); empty text deletes it, and sending a note deletes it too. No `to`: a note
   * always goes to the other partner, as with 'notes:send'. Returns null once nothing is kept.
   */
  'notes:save-draft': channel(z.object({ text }).strict()).returns<NoteDraft | null>(),
  /** The active partner's own draft, to put back in the composer; null when there is none. */
  'notes:draft': channel(empty).returns<NoteDraft | null>(),
  /** One older note, the same one all day. */
  'notes:resurface': channel(empty).returns<Note | null>(),

  'history:overview': channel(empty).returns<HistoryOverview>(),
  'search:query': channel(z.object({ q: z.string().trim().min(1).max(SEARCH_MAX_LENGTH) }).strict()).returns<SearchHit[]>(),
}
