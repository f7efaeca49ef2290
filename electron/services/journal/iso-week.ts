// ISO 8601 weeks (Monday to Sunday; week 1 holds the year's first Thursday), computed from the
// local calendar date: a couple writing late on Sunday evening is still in that week, whatever
// UTC says. Internally each calendar day is a UTC midnight so the arithmetic has no DST gaps.

import type { WeekInfo } from '../../../shared/contract/journal'

const DAY_MS = 86_400_000
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** The local calendar day of `date` as a UTC midnight. */
const localDay = (date: Date): Date => new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()))

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/** ISO weekday: Monday 1 … Sunday 7. */
const isoWeekday = (day: Date): number => day.getUTCDay() || 7

/** The week `date` falls in, e.g. "2026-W48". */
export function isoWeekOf(date: Date): string {
  const day = localDay(date)
  // The Thursday of this week decides which year the week belongs to.
  const thursday = new Date(day.getTime() + (4 - isoWeekday(day)) * DAY_MS)
  const year = thursday.getUTCFullYear()
  const firstDay = Date.UTC(year, 0, 1)
  const week = Math.floor((thursday.getTime() - firstDay) / DAY_MS / 7) + 1
  return `${year}-W${pad(week)}`
}

/** Parses "2026-W48"; null for anything else, including week 53 in a 52-week year. */
export function parseWeek(week: string): { year: number; week: number } | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(week)
  if (!m) return null
  const year = Number(m[1])
  const n = Number(m[2])
  if (n < 1 || n > weeksInYear(year)) return null
  return { year, week: n }
}

/** 52 or 53: a year has 53 ISO weeks when 28 December falls in week 53. */
export function weeksInYear(year: number): number {
  const dec28 = new Date(Date.UTC(year, 11, 28))
  const thursday = new Date(dec28.getTime() + (4 - isoWeekday(dec28)) * DAY_MS)
  return Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1
}

/** Monday of the week as a UTC midnight. Throws on a malformed week (callers validate first). */
export function weekStart(week: string): Date {
  const parsed = parseWeek(week)
  if (!parsed) throw new Error(`Not an ISO week: ${week}`)
  const jan4 = new Date(Date.UTC(parsed.year, 0, 4))
  const mondayOfWeek1 = jan4.getTime() - (isoWeekday(jan4) - 1) * DAY_MS
  return new Date(mondayOfWeek1 + (parsed.week - 1) * 7 * DAY_MS)
}

/** The week `n` weeks after (or before, when negative) `week`. */
export function addWeeks(week: string, n: number): string {
  const monday = weekStart(week)
  const moved = new Date(monday.getTime() + n * 7 * DAY_MS)
  return isoWeekOf(new Date(moved.getUTCFullYear(), moved.getUTCMonth(), moved.getUTCDate()))
}

/** Same week number a year earlier; week 53 maps to week 52 when last year had no week 53. */
export function sameWeekLastYear(week: string): string {
  const parsed = parseWeek(week)
  if (!parsed) throw new Error(`Not an ISO week: ${week}`)
  const year = parsed.year - 1
  return `${year}-W${pad(Math.min(parsed.week, weeksInYear(year)))}`
}

/** Lexical order equals time order for this format. */
export const compareWeeks = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

const isoDate = (day: Date): string => `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`

/** "23–29 November 2026", "30 November – 6 December 2026", "29 December 2025 – 4 January 2026". */
function rangeLabel(start: Date, end: Date): string {
  const [sd, sm, sy] = [start.getUTCDate(), start.getUTCMonth(), start.getUTCFullYear()]
  const [ed, em, ey] = [end.getUTCDate(), end.getUTCMonth(), end.getUTCFullYear()]
  if (sy !== ey) return `${sd} ${MONTHS[sm]} ${sy} – ${ed} ${MONTHS[em]} ${ey}`
  if (sm !== em) return `${sd} ${MONTHS[sm]} – ${ed} ${MONTHS[em]} ${ey}`
  return `${sd}–${ed} ${MONTHS[em]} ${ey}`
}

/** Everything the UI shows about a week, relative to `now`. */
export function weekInfo(week: string, now: Date): WeekInfo {
  const start = weekStart(week)
  const end = new Date(start.getTime() + 6 * DAY_MS)
  const n = parseWeek(week)?.week ?? 0
  return {
    week,
    label: `Week ${n} · ${rangeLabel(start, end)}`,
    startsOn: isoDate(start),
    endsOn: isoDate(end),
    isCurrent: week === isoWeekOf(now),
  }
}
