// Our year: a look back at what the couple shared in one year. It reads ONLY shared records,
// through the same views the other screens use (so a sealed week's hidden rating stays hidden):
// never a private journal entry, a private repair page, a note draft or sealed love-map words.
// A week belongs to the ISO year of its key; everything dated belongs to its local calendar year.
import type { Note } from '../../../shared/contract/journal'
import type { YearReview } from '../../../shared/contract/rituals-guided'
import type { BoundariesService } from '../boundaries/boundaries.service'
import type { JournalServices } from '../journal'
import type { Clock, Vault } from '../vault/types'
import { CARDS_KINDS } from '../worksheets/cards.service'
import { RITUALS_KINDS } from '../worksheets/rituals.service'
import type { CheckinService } from './checkin.service'

/** How many appreciation notes the review quotes. */
export const YEAR_FEW_NOTES = 3

const localYear = (iso: string): number => new Date(iso).getFullYear()
const weekYear = (week: string): number => Number(week.slice(0, 4))

/** Up to `n` items spread over the list (first, middle, last…), so the year is not only December. */
export function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items]
  return Array.from({ length: n }, (_, i) => items[Math.round((i * (items.length - 1)) / (n - 1))] as T)
}

export interface YearDeps {
  vault: Vault
  clock: Clock
  journal: Pick<JournalServices, 'history' | 'notes'>
  boundaries: Pick<BoundariesService, 'view'>
  checkins: Pick<CheckinService, 'finished'>
}

export function createYearService({ vault, clock, journal, boundaries, checkins }: YearDeps) {
  const store = () => vault.store('journal')

  return {
    review(year: number): YearReview {
      vault.active()
      // Weeks as the history screen shows them (sealed, unrevealed ratings are null there).
      const allWeeks = journal.history.overview().weeks
      const notes: Note[] = journal.notes.all()
      const rituals = store().list<{ date: string; what: string }>(RITUALS_KINDS.log, 'shared')
      const talks = store().list<{ at: string }>(CARDS_KINDS.discussed, 'shared')
      const held = checkins.finished()
      const revisions = boundaries.view().revisions

      const years = new Set<number>([clock.now().getFullYear()])
      for (const w of allWeeks) if (w.reflected || w.appreciations > 0) years.add(weekYear(w.week))
      for (const n of notes) years.add(localYear(n.sentAt))
      for (const r of rituals) years.add(Number(r.body.date.slice(0, 4)))
      for (const c of held) years.add(weekYear(c.week))
      for (const r of revisions) years.add(localYear(r.createdAt))

      const inYear = notes.filter((n) => localYear(n.sentAt) === year).reverse()
      const kept = rituals.filter((r) => r.body.date.startsWith(`${year}-`))
      const counts = new Map<string, number>()
      for (const r of kept) counts.set(r.body.what, (counts.get(r.body.what) ?? 0) + 1)
      const favourite = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null
      const yearCheckins = held.filter((c) => weekYear(c.week) === year)
      const yearRevisions = revisions.filter((r) => localYear(r.createdAt) === year)

      return {
        year,
        years: [...years].filter((y) => Number.isFinite(y)).sort((a, b) => b - a),
        weeks: allWeeks.filter((w) => weekYear(w.week) === year),
        appreciations: { count: inYear.length, few: spread(inYear, YEAR_FEW_NOTES) },
        rituals: { kept: kept.length, favourite },
        checkins: {
          held: yearCheckins.length,
          steps: yearCheckins.map((c) => (c.issue.skipped ? '' : c.issue.step.trim())).filter((s) => s.length > 0),
        },
        agreement: { versions: yearRevisions.length, signedByBoth: yearRevisions.filter((r) => r.agreed).length },
        conversations: talks.filter((t) => localYear(t.body.at) === year).length,
      }
    },
  }
}

export type YearService = ReturnType<typeof createYearService>
