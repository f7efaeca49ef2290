// Days as the couple's own calendar has them: "today" is the local date where they sit, and a
// plan's day is shown in their locale ("Friday 12 December"), never shifted by a time zone.

import { appLocale, dateFormat } from '../../app/locale'
import { localDateString } from './due-today'

/** Today's date on this computer, YYYY-MM-DD. */
export const localToday = (now: Date = new Date()): string => localDateString(now)

/** "Friday 12 December" (with the year when it is not this year), in the user's locale. */
export function planDay(date: string, now: Date = new Date()): string {
  const [y, m, d] = date.split('-').map(Number)
  const day = new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1)
  const sameYear = day.getFullYear() === now.getFullYear()
  return dateFormat(appLocale(), { weekday: 'long', day: 'numeric', month: 'long', ...(sameYear ? {} : { year: 'numeric' }) }).format(day)
}
