// The weekly reflection together: each partner's answers live in their own record under the
// shared key, so the two columns can be edited independently and shown side by side.
//
// Sealed weeks: both records are encrypted under the SHARED key, so either partner's session
// could decrypt the other's answers. Hiding is therefore enforced here, in the only process that
// holds keys: `view` never copies the other partner's answers into a response for a sealed week
// until both have submitted. The renderer never receives them, so no UI bug can show them early.

import { HearthError } from '../../../shared/result'
import { PARTNER_IDS, otherPartner, type PartnerId } from '../../../shared/domain'
import { REFLECTION_PROMPT_IDS } from '../../../shared/content/reflection'
import type {
  ColumnState,
  ReflectionAnswers,
  ReflectionColumn,
  ReflectionSummary,
  ReflectionWeek,
} from '../../../shared/contract/journal'
import type { Clock, StoredRecord, Vault } from '../vault/types'
import { compareWeeks, isoWeekOf, parseWeek, weekInfo } from './iso-week'
import { JMSG } from './messages'
import { KIND, listRecords, serial, type AnswersBody } from './records'

export interface JournalDeps {
  vault: Vault
  clock: Clock
}

/** What a save-draft request may change: a missing key is left alone, '' or null clears it. */
export type AnswersPatch = { [K in keyof ReflectionAnswers]?: ReflectionAnswers[K] | null }

type WeekRecords = Partial<Record<PartnerId, StoredRecord<AnswersBody>>>

/** Each partner's newest record for `week`. */
export function recordsForWeek(records: StoredRecord<AnswersBody>[], week: string): WeekRecords {
  const out: WeekRecords = {}
  for (const r of records) {
    if (r.body.week !== week) continue
    const seen = out[r.body.author]
    if (!seen || seen.updatedAt < r.updatedAt) out[r.body.author] = r
  }
  return out
}

/** Records by week, in one pass (a per-week scan of every record grows with the square of the years). */
export function groupByWeek(records: StoredRecord<AnswersBody>[]): Map<string, StoredRecord<AnswersBody>[]> {
  const out = new Map<string, StoredRecord<AnswersBody>[]>()
  for (const r of records) {
    const list = out.get(r.body.week)
    if (list) list.push(r)
    else out.set(r.body.week, [r])
  }
  return out
}

/** Sealed weeks stay sealed once either partner sealed them: unsealing would reveal drafts. */
export const isSealed = (records: WeekRecords): boolean => PARTNER_IDS.some((p) => records[p]?.body.sealed === true)
export const isRevealed = (records: WeekRecords): boolean => PARTNER_IDS.every((p) => records[p]?.body.submittedAt)

/** The one rule for the other partner's column: hidden while sealed and not both finished. */
export const hiddenFromOther = (records: WeekRecords): boolean => isSealed(records) && !isRevealed(records)

const hasAnswer = (answers: ReflectionAnswers): boolean =>
  REFLECTION_PROMPT_IDS.some((id) => {
    const value = answers[id]
    return typeof value === 'number' || (typeof value === 'string' && value.trim().length > 0)
  })

export const columnState = (record: StoredRecord<AnswersBody> | undefined): ColumnState =>
  !record ? 'empty' : record.body.submittedAt ? 'submitted' : hasAnswer(record.body.answers) ? 'writing' : 'empty'

function column(partner: PartnerId, record: StoredRecord<AnswersBody> | undefined, hidden: boolean): ReflectionColumn {
  return {
    partner,
    state: columnState(record),
    answers: hidden ? null : { ...(record?.body.answers ?? {}) },
    hidden,
    updatedAt: record?.updatedAt ?? null,
    submittedAt: record?.body.submittedAt ?? null,
  }
}

/** The week as `viewer` may see it. */
export function viewWeek(week: string, viewer: PartnerId, records: WeekRecords, now: Date): ReflectionWeek {
  const other = otherPartner(viewer)
  return {
    ...weekInfo(week, now),
    sealed: isSealed(records),
    revealed: isSealed(records) && isRevealed(records),
    mine: column(viewer, records[viewer], false),
    theirs: column(other, records[other], hiddenFromOther(records)),
  }
}

/** Merges a patch into answers: text kept as typed (trailing spaces mid-sentence matter). */
export function applyPatch(current: ReflectionAnswers, patch: AnswersPatch): ReflectionAnswers {
  const next: ReflectionAnswers = { ...current }
  for (const id of REFLECTION_PROMPT_IDS) {
    if (!(id in patch)) continue
    const value = patch[id]
    if (value === null || value === undefined || value === '') delete next[id]
    else if (id === 'rating') next.rating = value as number
    else next[id] = value as string
  }
  return next
}

export function createReflectionService({ vault, clock }: JournalDeps) {
  const run = serial()
  const store = () => vault.store('journal')
  const all = () => listRecords(store(), KIND.answers, 'shared')

  const checkWeek = (week: string, writing: boolean): void => {
    if (!parseWeek(week)) throw new HearthError('bad-request', JMSG.badWeek)
    if (writing && compareWeeks(week, isoWeekOf(clock.now())) > 0) throw new HearthError('bad-request', JMSG.futureWeek)
  }

  const get = (week?: string): ReflectionWeek => {
    const viewer = vault.active()
    const target = week ?? isoWeekOf(clock.now())
    checkWeek(target, false)
    return viewWeek(target, viewer, recordsForWeek(all(), target), clock.now())
  }

  const list = (): ReflectionSummary[] => {
    vault.active()
    const byWeek = groupByWeek(all())
    const weeks = new Set([...byWeek.keys()].filter((w) => parseWeek(w)))
    weeks.add(isoWeekOf(clock.now()))
    return [...weeks].sort((a, b) => compareWeeks(b, a)).map((week) => {
      const byPartner = recordsForWeek(byWeek.get(week) ?? [], week)
      return {
        ...weekInfo(week, clock.now()),
        sealed: isSealed(byPartner),
        revealed: isSealed(byPartner) && isRevealed(byPartner),
        states: { A: columnState(byPartner.A), B: columnState(byPartner.B) },
      }
    })
  }

  /** Writes only the active partner's own record: the author never comes from the request. */
  const saveDraft = (week: string, patch: AnswersPatch, sealed?: boolean): Promise<ReflectionWeek> =>
    run(async () => {
      const author = vault.active()
      checkWeek(week, true)
      const byPartner = recordsForWeek(all(), week)
      const mine = byPartner[author]
      if (mine?.body.submittedAt && isSealed(byPartner)) throw new HearthError('conflict', JMSG.sealedSubmitted)
      const body: AnswersBody = {
        week,
        author,
        answers: applyPatch(mine?.body.answers ?? {}, patch),
        sealed: mine?.body.sealed === true || sealed === true,
        submittedAt: mine?.body.submittedAt ?? null,
      }
      const saved = await store().put<AnswersBody>({ id: mine?.id, kind: KIND.answers, owner: 'shared', body, expectedRev: mine?.rev ?? 0 })
      return viewWeek(week, author, { ...byPartner, [author]: saved }, clock.now())
    })

  const submit = (week: string): Promise<ReflectionWeek> =>
    run(async () => {
      const author = vault.active()
      checkWeek(week, true)
      const byPartner = recordsForWeek(all(), week)
      const mine = byPartner[author]
      if (!mine || !hasAnswer(mine.body.answers)) throw new HearthError('bad-request', JMSG.nothingToSubmit)
      if (mine.body.submittedAt) return viewWeek(week, author, byPartner, clock.now())
      const body: AnswersBody = { ...mine.body, submittedAt: clock.now().toISOString() }
      const saved = await store().put<AnswersBody>({ id: mine.id, kind: KIND.answers, owner: 'shared', body, expectedRev: mine.rev })
      return viewWeek(week, author, { ...byPartner, [author]: saved }, clock.now())
    })

  return { get, list, saveDraft, submit, all }
}

export type ReflectionService = ReturnType<typeof createReflectionService>
