// The weekly check-in: one shared record per ISO week, written in one sitting by the two partners
// together at the laptop.
//
// Who can write what: the sitting is shared. Both partners sit at the laptop while one of them
// is unlocked, so the session holder types for both (each partner's words go in their own column,
// by name). The record is owned by 'shared': both partners read all of it, in every later
// session. While the week's check-in is open, either partner's session may change any part of
// it (they may stop halfway and pick it up from the other's session); once finished, it is kept
// as it was and nobody can change it. Only the current week can be started or changed.
import { CHECKIN_STEP_IDS } from '../../../shared/content/checkin'
import type { CheckinIssue, CheckinPatch, CheckinRecord, CheckinSummary, CheckinView } from '../../../shared/contract/rituals-guided'
import { PARTNER_IDS } from '../../../shared/domain'
import { HearthError } from '../../../shared/result'
import { compareWeeks, isoWeekOf, parseWeek, weekInfo } from '../journal/iso-week'
import { serial } from '../journal/records'
import type { Clock, StoredRecord, Vault } from '../vault/types'

export const CHECKIN_KIND = 'checkin.week'

interface CheckinBody extends CheckinRecord {
  week: string
}

export const CHECKIN_MSG = {
  badWeek: 'That week could not be found.',
  notThisWeek: 'A check-in can be started or changed only in its own week.',
  finished: 'This week’s check-in is finished and kept as it was.',
  nothing: 'Name at least one appreciation before you finish.',
} as const

const emptyIssue = (): CheckinIssue => ({ skipped: false, topic: '', raisedBy: null, turns: 0, understood: { A: '', B: '' }, step: '' })

const clean = (list: string[]): string[] => list.map((s) => s.trim()).filter((s) => s.length > 0)

/** Merges a patch into a record: only the keys present change; appreciation lists are replaced whole. */
export function applyCheckinPatch(current: CheckinRecord, patch: CheckinPatch): CheckinRecord {
  const next: CheckinRecord = {
    ...current,
    appreciations: { ...current.appreciations },
    wentWell: { ...current.wentWell },
    issue: { ...current.issue, understood: { ...current.issue.understood } },
  }
  if (patch.step) next.step = patch.step
  for (const p of PARTNER_IDS) {
    const list = patch.appreciations?.[p]
    if (list) next.appreciations[p] = [...list]
    const well = patch.wentWell?.[p]
    if (well !== undefined) next.wentWell[p] = well
    const understood = patch.issue?.understood?.[p]
    if (understood !== undefined) next.issue.understood[p] = understood
  }
  const i = patch.issue
  if (i?.skipped !== undefined) next.issue.skipped = i.skipped
  if (i?.topic !== undefined) next.issue.topic = i.topic
  if (i?.raisedBy !== undefined) next.issue.raisedBy = i.raisedBy
  if (i?.turns !== undefined) next.issue.turns = i.turns
  if (i?.step !== undefined) next.issue.step = i.step
  return next
}

const stripWeek = ({ week: _week, ...rest }: CheckinBody): CheckinRecord => rest

export function createCheckinService({ vault, clock }: { vault: Vault; clock: Clock }) {
  const run = serial()
  const store = () => vault.store('journal')
  const all = (): StoredRecord<CheckinBody>[] =>
    store()
      .list<CheckinBody>(CHECKIN_KIND, 'shared')
      .filter((r) => r.owner === 'shared' && typeof r.body?.week === 'string' && parseWeek(r.body.week) !== null)
  const forWeek = (week: string) => all().find((r) => r.body.week === week)

  const view = (week: string, record: StoredRecord<CheckinBody> | undefined): CheckinView => ({
    ...weekInfo(week, clock.now()),
    record: record ? stripWeek(record.body) : null,
  })

  const writable = (week: string): StoredRecord<CheckinBody> | undefined => {
    if (!parseWeek(week)) throw new HearthError('bad-request', CHECKIN_MSG.badWeek)
    if (week !== isoWeekOf(clock.now())) throw new HearthError('bad-request', CHECKIN_MSG.notThisWeek)
    const existing = forWeek(week)
    if (existing?.body.finishedAt) throw new HearthError('conflict', CHECKIN_MSG.finished)
    return existing
  }

  const put = async (week: string, existing: StoredRecord<CheckinBody> | undefined, body: CheckinRecord) => {
    const saved = await store().put<CheckinBody>({
      id: existing?.id,
      kind: CHECKIN_KIND,
      owner: 'shared',
      body: { ...body, week },
      expectedRev: existing?.rev ?? 0,
    })
    return view(week, saved)
  }

  return {
    get(week?: string): CheckinView {
      vault.active()
      const target = week ?? isoWeekOf(clock.now())
      if (!parseWeek(target)) throw new HearthError('bad-request', CHECKIN_MSG.badWeek)
      return view(target, forWeek(target))
    },

    save: (week: string, patch: CheckinPatch): Promise<CheckinView> =>
      run(async () => {
        const me = vault.active()
        const existing = writable(week)
        const now = clock.now().toISOString()
        const base: CheckinRecord = existing
          ? stripWeek(existing.body)
          : { step: CHECKIN_STEP_IDS[0], appreciations: { A: [], B: [] }, wentWell: { A: '', B: '' }, issue: emptyIssue(), startedAt: now, startedBy: me, updatedAt: now, updatedBy: me, finishedAt: null }
        const next = applyCheckinPatch(base, patch)
        return put(week, existing, { ...next, updatedAt: now, updatedBy: me })
      }),

    finish: (week: string): Promise<CheckinView> =>
      run(async () => {
        const me = vault.active()
        const existing = writable(week)
        if (!existing || PARTNER_IDS.every((p) => clean(existing.body.appreciations[p]).length === 0))
          throw new HearthError('bad-request', CHECKIN_MSG.nothing)
        const now = clock.now().toISOString()
        const body = stripWeek(existing.body)
        const appreciations = { A: clean(body.appreciations.A), B: clean(body.appreciations.B) }
        return put(week, existing, { ...body, appreciations, step: 'done', finishedAt: now, updatedAt: now, updatedBy: me })
      }),

    list(): CheckinSummary[] {
      vault.active()
      return all()
        .sort((a, b) => compareWeeks(b.body.week, a.body.week))
        .map(({ body }) => ({
          ...weekInfo(body.week, clock.now()),
          finishedAt: body.finishedAt,
          step: body.step,
          appreciations: clean(body.appreciations.A).length + clean(body.appreciations.B).length,
          topic: !body.issue.skipped && body.issue.topic.trim() ? body.issue.topic.trim() : null,
          agreedStep: !body.issue.skipped && body.issue.step.trim() ? body.issue.step.trim() : null,
        }))
    },

    /** Finished check-ins, for the year in review. */
    finished: (): CheckinBody[] => all().filter((r) => r.body.finishedAt).map((r) => r.body),
  }
}

export type CheckinService = ReturnType<typeof createCheckinService>
