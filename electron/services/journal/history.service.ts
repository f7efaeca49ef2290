// History and patterns: a consecutive run of weeks with both partners' connection ratings and
// the number of appreciation notes, plus "this week last year". Ratings come from the same view
// the reflection screen gets, so a sealed week's hidden rating never leaks through a chart.

import type { PartnerId } from '../../../shared/domain'
import type { HistoryOverview, HistoryWeek, LastYear } from '../../../shared/contract/journal'
import { addWeeks, compareWeeks, isoWeekOf, parseWeek, sameWeekLastYear, weekInfo } from './iso-week'
import type { NotesService } from './notes.service'
import { toSummary, type PrivateService } from './private.service'
import { columnState, recordsForWeek, viewWeek, type JournalDeps, type ReflectionService } from './reflection.service'

/** Ten years of weeks: far more than the chart shows, small enough to send in one response. */
export const MAX_HISTORY_WEEKS = 520

interface Services {
  reflection: ReflectionService
  privateEntries: PrivateService
  notes: NotesService
}

/** Counts items per ISO week of their date. */
function countByWeek(dates: string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const d of dates) {
    const week = isoWeekOf(new Date(d))
    counts.set(week, (counts.get(week) ?? 0) + 1)
  }
  return counts
}

/** Every week from `first` to `last` inclusive, capped to the newest MAX_HISTORY_WEEKS. */
export function weekRange(first: string, last: string): string[] {
  const out: string[] = []
  let week = last
  while (compareWeeks(week, first) >= 0 && out.length < MAX_HISTORY_WEEKS) {
    out.push(week)
    week = addWeeks(week, -1)
  }
  return out.reverse()
}

export function createHistoryService({ vault, clock }: JournalDeps, services: Services) {
  function series(me: PartnerId): HistoryWeek[] {
    const now = clock.now()
    const records = services.reflection.all()
    const notesPerWeek = countByWeek(services.notes.all().map((n) => n.sentAt))
    const active = [...records.map((r) => r.body.week).filter((w) => parseWeek(w)), ...notesPerWeek.keys()]
    const current = isoWeekOf(now)
    const first = active.reduce((min, w) => (compareWeeks(w, min) < 0 ? w : min), current)
    // Grouped once: recordsForWeek over every record for every week was quadratic in the years.
    const byWeek = new Map<string, typeof records>()
    for (const r of records) byWeek.set(r.body.week, [...(byWeek.get(r.body.week) ?? []), r])
    return weekRange(first, current).map((week) => {
      const byPartner = recordsForWeek(byWeek.get(week) ?? [], week)
      const view = viewWeek(week, me, byPartner, now)
      const ratings = { [view.mine.partner]: view.mine.answers?.rating ?? null, [view.theirs.partner]: view.theirs.answers?.rating ?? null }
      return {
        ...weekInfo(week, now),
        ratings: { A: ratings.A ?? null, B: ratings.B ?? null },
        appreciations: notesPerWeek.get(week) ?? 0,
        reflected: columnState(byPartner.A) !== 'empty' || columnState(byPartner.B) !== 'empty',
      }
    })
  }

  function lastYear(me: PartnerId): LastYear | null {
    const now = clock.now()
    const week = sameWeekLastYear(isoWeekOf(now))
    const byPartner = recordsForWeek(services.reflection.all(), week)
    const reflection = byPartner.A || byPartner.B ? viewWeek(week, me, byPartner, now) : null
    const inWeek = (iso: string) => isoWeekOf(new Date(iso)) === week
    const notes = services.notes.all().filter((n) => inWeek(n.sentAt))
    const privateEntries = services.privateEntries.own().filter((r) => inWeek(r.createdAt)).map(toSummary)
    if (!reflection && notes.length === 0 && privateEntries.length === 0) return null
    return { week: weekInfo(week, now), reflection, notes, privateEntries }
  }

  const overview = (): HistoryOverview => {
    const me = vault.active()
    return { weeks: series(me), thisWeekLastYear: lastYear(me) }
  }

  return { overview }
}

export type HistoryService = ReturnType<typeof createHistoryService>
