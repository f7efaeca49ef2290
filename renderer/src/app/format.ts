import { appLocale, dateFormat } from './locale'

/**
 * "Tuesday 24 November, 21:14" in en-GB, "Tuesday, November 24, 9:14 PM" in en-US: the day in the
 * user's words and clock (the year is added when it is not this year).
 */
export function formatWhen(iso: string, now: Date = new Date(), locale: string = appLocale()): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const sameYear = date.getFullYear() === now.getFullYear()
  const day = dateFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', ...(sameYear ? {} : { year: 'numeric' }) }).format(date)
  return `${day}, ${dateFormat(locale, { timeStyle: 'short' }).format(date)}`
}

/** A calendar day (YYYY-MM-DD) or a timestamp, read as a local date; a YYYY-MM-DD day as local noon, so no time zone shifts it. */
const toDate = (isoOrDay: string): Date => (/^\d{4}-\d{2}-\d{2}$/.test(isoOrDay) ? new Date(`${isoOrDay}T12:00:00`) : new Date(isoOrDay))

/** A date in the user's locale with the given fields ("Tue 24 Nov 2026", "3 March 2026"); unreadable input is shown as is. */
export function formatDate(isoOrDay: string, options: Intl.DateTimeFormatOptions, locale: string = appLocale()): string {
  const date = toDate(isoOrDay)
  if (Number.isNaN(date.getTime())) return isoOrDay
  return dateFormat(locale, options).format(date)
}
