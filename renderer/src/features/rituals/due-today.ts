// Which rituals fall on a given day, worked out from the laptop's local clock (the day the
// couple is living, not UTC). Pure, so it is tested without a browser.
import type { RitualLogEntry, RitualPlan } from '../../../../shared/contract/worksheets'

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const

export interface DueRitual {
  ritual: RitualPlan
  /** Already logged today by either partner. */
  done: boolean
  /** Its time today has not come yet. */
  upcoming: boolean
}

const pad = (n: number) => String(n).padStart(2, '0')

/** "2026-11-24" for the local calendar day of `date`. */
export function localDateString(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** Rituals on today's weekday, earliest time first; those already done today go last. */
export function ritualsDueToday(rituals: readonly RitualPlan[], log: readonly RitualLogEntry[], now: Date): DueRitual[] {
  const today = localDateString(now)
  const clock = `${pad(now.getHours())}:${pad(now.getMinutes())}`
  const doneIds = new Set(log.filter((e) => e.date === today && e.ritualId).map((e) => e.ritualId))
  return rituals
    .filter((r) => r.days.includes(now.getDay()))
    .map((ritual) => ({ ritual, done: doneIds.has(ritual.id), upcoming: ritual.time > clock }))
    .sort((a, b) => Number(a.done) - Number(b.done) || a.ritual.time.localeCompare(b.ritual.time))
}

/** "Every day", "Weekdays", "Weekends" or "Monday, Thursday". */
export function describeDays(days: readonly number[]): string {
  const set = [...new Set(days)].sort((a, b) => a - b)
  if (set.length === 7) return 'Every day'
  if (set.join() === '1,2,3,4,5') return 'Weekdays'
  if (set.join() === '0,6') return 'Weekends'
  return set.map((d) => WEEKDAYS[d] ?? '').join(', ')
}
