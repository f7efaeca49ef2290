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

/**
 * A week is sealed when either partner's record says so. A week nobody has written in yet takes
 * `fallback`: the state the couple last chose (sealed the first time), so the very first word of
 * a new week is already saved under the seal instead of waiting for a separate "seal" action.
 */
export const isSealed = (records: WeekRecords, fallback = false): boolean =>
  PARTNER_IDS.some((p) => records[p]) ? PARTNER_IDS.some((p) => records[p]?.body.sealed === true) : fallback
export const isRevealed = (records: WeekRecords): boolean => PARTNER_IDS.every((p) => records[p]?.body.submittedAt)

/** The one rule for the other partner's column: hidden while sealed and not both finished. */
export const hiddenFromOther = (records: WeekRecords, fallback = false): boolean => isSealed(records, fallback) && !isRevealed(records)

/**
 * Whether `viewer` may open a sealed week: only while nothing written under the seal by the
 * other partner would be shown (their record is not sealed) and nobody has handed in sealed
 * answers. Opening shows the viewer's own words, which is what they are choosing.
 */
export function mayOpen(viewer: PartnerId, records: WeekRecords): boolean {
  const other = records[otherPartner(viewer)]
  if (other?.body.sealed === true) return false
  return !PARTNER_IDS.some((p) => records[p]?.body.sealed === true && records[p]?.body.submittedAt)
}

/** The state the couple last chose: that of the week written in most recently; sealed at first. */
export function lastChosenSealed(records: StoredRecord<AnswersBody>[], except: string): boolean {
  let newest: StoredRecord<AnswersBody> | undefined
  for (const r of records) if (r.body.week !== except && (!newest || newest.updatedAt < r.updatedAt)) newest = r
  return newest ? isSealed(recordsForWeek(records, newest.body.week)) : true
}

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
export function viewWeek(week: string, viewer: PartnerId, records: WeekRecords, now: Date, fallback = false): ReflectionWeek {
  const other = otherPartner(viewer)
  const sealed = isSealed(records, fallback)
  return {
    ...weekInfo(week, now),
    sealed,
    revealed: sealed && isRevealed(records),
    canOpen: sealed && mayOpen(viewer, records),
    mine: column(viewer, records[viewer], false),
    theirs: column(other, records[other], hiddenFromOther(records, fallback)),
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
    const records = all()
    return viewWeek(target, viewer, recordsForWeek(records, target), clock.now(), lastChosenSealed(records, target))
  }

  const list = (): ReflectionSummary[] => {
    vault.active()
    const records = all()
    const byWeek = groupByWeek(records)
    const weeks = new Set([...byWeek.keys()].filter((w) => parseWeek(w)))
    weeks.add(isoWeekOf(clock.now()))
    return [...weeks].sort((a, b) => compareWeeks(b, a)).map((week) => {
      const byPartner = recordsForWeek(byWeek.get(week) ?? [], week)
      const sealed = isSealed(byPartner, byWeek.has(week) ? false : lastChosenSealed(records, week))
      return {
        ...weekInfo(week, clock.now()),
        sealed,
        revealed: sealed && isRevealed(byPartner),
        states: { A: columnState(byPartner.A), B: columnState(byPartner.B) },
      }
    })
  }

  /** Writes `body` as the active partner's own record for `week` and returns the new view. */
  const putMine = async (week: string, byPartner: WeekRecords, body: AnswersBody): Promise<ReflectionWeek> => {
    const mine = byPartner[body.author]
    const saved = await store().put<AnswersBody>({ id: mine?.id, kind: KIND.answers, owner: 'shared', body, expectedRev: mine?.rev ?? 0 })
    return viewWeek(week, body.author, { ...byPartner, [body.author]: saved }, clock.now())
  }

  /**
   * Writes only the active partner's own record: the author never comes from the request. Words
   * always land under the week's state as the service knows it (sealed by either partner, or by
   * the couple's last choice for a new week); `sealed: true` seals, nothing here ever opens.
   */
  const saveDraft = (week: string, patch: AnswersPatch, sealed?: boolean): Promise<ReflectionWeek> =>
    run(async () => {
      const author = vault.active()
      checkWeek(week, true)
      const records = all()
      const byPartner = recordsForWeek(records, week)
      const mine = byPartner[author]
      const weekSealed = sealed === true || isSealed(byPartner, lastChosenSealed(records, week))
      if (mine?.body.submittedAt && isSealed(byPartner)) throw new HearthError('conflict', JMSG.sealedSubmitted)
      return putMine(week, byPartner, {
        week,
        author,
        answers: applyPatch(mine?.body.answers ?? {}, patch),
        sealed: weekSealed,
        submittedAt: mine?.body.submittedAt ?? null,
      })
    })

  /**
   * The seal as one act: ticking it seals the week at once, before any word is typed. Opening is
   * allowed only while it would show nothing the other partner wrote under the seal.
   */
  const setSealed = (week: string, sealed: boolean): Promise<ReflectionWeek> =>
    run(async () => {
      const author = vault.active()
      checkWeek(week, true)
      const records = all()
      const byPartner = recordsForWeek(records, week)
      const current = isSealed(byPartner, lastChosenSealed(records, week))
      const mine = byPartner[author]
      if (current === sealed && mine) return viewWeek(week, author, byPartner, clock.now())
      if (!sealed && current && !mayOpen(author, byPartner)) throw new HearthError('conflict', JMSG.staysSealed)
      return putMine(week, byPartner, {
        week,
        author,
        answers: mine?.body.answers ?? {},
        sealed,
        submittedAt: mine?.body.submittedAt ?? null,
      })
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

  return { get, list, saveDraft, setSealed, submit, all }
}

export type ReflectionService = ReturnType<typeof createReflectionService>
