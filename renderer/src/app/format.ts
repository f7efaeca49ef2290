const dateParts = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false })

/** "Tuesday 24 November, 21:14" (the year is added when it is not this year). */
export function formatWhen(iso: string, now: Date = new Date()): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  // Built from parts: en-GB puts a comma after the weekday only when the year is shown.
  const part = (type: Intl.DateTimeFormatPartTypes) => dateParts.formatToParts(date).find((p) => p.type === type)?.value ?? ''
  const year = date.getFullYear() === now.getFullYear() ? '' : ` ${part('year')}`
  return `${part('weekday')} ${part('day')} ${part('month')}${year}, ${timeFormat.format(date)}`
}
