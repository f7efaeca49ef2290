// Week keys for the journal, on top of shared/logic/iso-week (ISO 8601 weeks by the local
// calendar day, so a late Sunday evening still belongs to that week), plus the plain-words label
// the screens show ("Week 48 · 23–29 November 2026").

import type { WeekInfo } from '../../../shared/contract/journal'
import {
  addWeeks as addWeekKeys,
  compareWeekKeys,
  isoWeekKey,
  parseWeekKey,
  sameWeekLastYear as sameWeekKeyLastYear,
  weekEnd,
  weekStart,
} from '../../../shared/logic/iso-week'

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

export const isoWeekOf = (date: Date): string => isoWeekKey(date)
export const parseWeek = (week: string) => parseWeekKey(week)
export const addWeeks = (week: string, n: number): string => addWeekKeys(week, n)
export const sameWeekLastYear = (week: string): string => sameWeekKeyLastYear(week)
/** Chronological; both keys must be valid (callers filter with parseWeek first). */
export const compareWeeks = (a: string, b: string): number => compareWeekKeys(a, b)

const pad = (n: number): string => String(n).padStart(2, '0')
const ymd = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`

/** "23–29 November 2026", "30 November – 6 December 2026", "29 December 2025 – 4 January 2026". */
function rangeLabel(start: Date, end: Date): string {
  const [sd, sm, sy] = [start.getDate(), start.getMonth(), start.getFullYear()]
  const [ed, em, ey] = [end.getDate(), end.getMonth(), end.getFullYear()]
  if (sy !== ey) return `${sd} ${MONTHS[sm]} ${sy} – ${ed} ${MONTHS[em]} ${ey}`
  if (sm !== em) return `${sd} ${MONTHS[sm]} – ${ed} ${MONTHS[em]} ${ey}`
  return `${sd}–${ed} ${MONTHS[em]} ${ey}`
}

/** Everything the UI shows about a week, relative to `now`. */
export function weekInfo(week: string, now: Date): WeekInfo {
  const start = weekStart(week)
  const end = weekEnd(week)
  return {
    week,
    label: `Week ${parseWeekKey(week)?.week ?? 0} · ${rangeLabel(start, end)}`,
    startsOn: ymd(start),
    endsOn: ymd(end),
    isCurrent: week === isoWeekKey(now),
  }
}
