// ISO-8601 weeks in the user's local time. A weekly reflection is keyed by its week
// ('2026-W48'), so the key must not shift when clocks change for daylight saving time or when
// the year turns over mid-week. All calendar arithmetic is done on dates alone (via UTC day
// numbers) and converted back to local midnight at the end, so a 23- or 25-hour day never
// moves a date across a boundary.

export interface IsoWeek {
  /** The ISO week-numbering year; differs from the calendar year around New Year. */
  year: number
  /** 1..52 or 1..53. */
  week: number
}

export type WeekKey = string

const DAY = 86_400_000
const KEY_RE = /^(\d{4})-W(\d{2})$/

/** Date.UTC, but years 0–99 stay years 0–99 instead of becoming 1900–1999. */
function utc(year: number, month: number, day: number): number {
  const d = new Date(0)
  d.setUTCFullYear(year, month, day)
  return d.getTime()
}

/** Monday = 0 … Sunday = 6 for a UTC day timestamp. */
const weekdayMon0 = (utcDay: number): number => (new Date(utcDay).getUTCDay() + 6) % 7

/** UTC timestamp of the Monday starting ISO week 1 of `year`. Week 1 holds 4 January. */
function week1MondayUtc(year: number): number {
  const jan4 = utc(year, 0, 4)
  return jan4 - weekdayMon0(jan4) * DAY
}

/** Local calendar date of `date` as a UTC day timestamp (time of day dropped). */
function localDayUtc(date: Date): number {
  return utc(date.getFullYear(), date.getMonth(), date.getDate())
}

/** Local midnight of the calendar day that a UTC day timestamp names. */
function utcDayToLocal(utcDay: number): Date {
  const d = new Date(utcDay)
  const local = new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())
  // Years 0–99 would be read as 1900–1999 by the Date constructor.
  local.setFullYear(d.getUTCFullYear())
  return local
}

/** The ISO week that contains `date`, by its local calendar day. */
export function isoWeekOf(date: Date): IsoWeek {
  const day = localDayUtc(date)
  const thursday = day + (3 - weekdayMon0(day)) * DAY
  const year = new Date(thursday).getUTCFullYear()
  const week = 1 + Math.floor((thursday - week1MondayUtc(year)) / (7 * DAY))
  return { year, week }
}

/** 52 or 53: years with 53 weeks start on a Thursday, or are leap years starting on a Wednesday. */
export function weeksInIsoYear(year: number): number {
  return isoWeekOf(utcDayToLocal(utc(year, 11, 28))).week
}

export function formatWeekKey({ year, week }: IsoWeek): WeekKey {
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`
}

/** '2026-W48' for a date in that week (local time). */
export function isoWeekKey(date: Date): WeekKey {
  return formatWeekKey(isoWeekOf(date))
}

/** Parses 'YYYY-Www'; null if malformed or the week does not exist in that year. */
export function parseWeekKey(key: string): IsoWeek | null {
  const m = KEY_RE.exec(key)
  if (!m) return null
  const year = Number(m[1])
  const week = Number(m[2])
  if (week < 1 || week > weeksInIsoYear(year)) return null
  return { year, week }
}

export function isWeekKey(key: string): key is WeekKey {
  return parseWeekKey(key) !== null
}

function mustParse(key: WeekKey): IsoWeek {
  const parsed = parseWeekKey(key)
  if (!parsed) throw new RangeError(`Not an ISO week key: ${key}`)
  return parsed
}

function mondayUtc(key: WeekKey): number {
  const { year, week } = mustParse(key)
  return week1MondayUtc(year) + (week - 1) * 7 * DAY
}

/** Local midnight at the start of Monday of the week. */
export function weekStart(key: WeekKey): Date {
  return utcDayToLocal(mondayUtc(key))
}

/**
 * The last millisecond of Sunday of the week, in local time. Computed as next Monday's
 * local midnight minus 1 ms, so it is right on weeks with a daylight-saving change.
 */
export function weekEnd(key: WeekKey): Date {
  return new Date(utcDayToLocal(mondayUtc(key) + 7 * DAY).getTime() - 1)
}

/** The week `n` weeks after `key` (negative goes back). */
export function addWeeks(key: WeekKey, n: number): WeekKey {
  const monday = mondayUtc(key) + Math.trunc(n) * 7 * DAY
  return isoWeekKey(utcDayToLocal(monday))
}

export const previousWeek = (key: WeekKey): WeekKey => addWeeks(key, -1)
export const nextWeek = (key: WeekKey): WeekKey => addWeeks(key, 1)

/**
 * The same week number one ISO year earlier, for "this week last year". Week 53 maps to
 * week 52 when the previous year has only 52 weeks.
 */
export function sameWeekLastYear(key: WeekKey): WeekKey {
  const { year, week } = mustParse(key)
  return formatWeekKey({ year: year - 1, week: Math.min(week, weeksInIsoYear(year - 1)) })
}

/** Sort order for week keys (chronological). */
export function compareWeekKeys(a: WeekKey, b: WeekKey): number {
  const pa = mustParse(a)
  const pb = mustParse(b)
  return pa.year - pb.year || pa.week - pb.week
}

/** Whole weeks from `a` to `b` (positive when b is later). */
export function weeksBetween(a: WeekKey, b: WeekKey): number {
  return Math.round((mondayUtc(b) - mondayUtc(a)) / (7 * DAY))
}
