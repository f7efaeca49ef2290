import { afterEach, describe, expect, it } from 'vitest'
import {
  addWeeks,
  compareWeekKeys,
  formatWeekKey,
  isWeekKey,
  isoWeekKey,
  isoWeekOf,
  nextWeek,
  parseWeekKey,
  previousWeek,
  sameWeekLastYear,
  weekEnd,
  weekStart,
  weeksBetween,
  weeksInIsoYear,
} from '../../../shared/logic/iso-week'

// Story: each weekly reflection belongs to one ISO week of the couple's own calendar, and stays
// there across New Year and daylight-saving changes, so the patterns view never shows a week twice.

const originalTz = process.env.TZ
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ
  else process.env.TZ = originalTz
})
const inZone = (tz: string): void => {
  process.env.TZ = tz
}
const local = (y: number, m: number, d: number, h = 12, min = 0): Date => new Date(y, m - 1, d, h, min)

describe('isoWeekKey', () => {
  it('names an ordinary week', () => {
    expect(isoWeekKey(local(2026, 11, 23))).toBe('2026-W48')
    expect(isoWeekKey(local(2026, 11, 29, 23, 59))).toBe('2026-W48')
    expect(isoWeekKey(local(2026, 11, 30, 0, 0))).toBe('2026-W49')
  })

  it('puts 2026-12-31 and 2027-01-01 in 2026-W53, and 2027-01-04 in 2027-W01', () => {
    expect(isoWeekKey(local(2026, 12, 31))).toBe('2026-W53')
    expect(isoWeekKey(local(2027, 1, 1))).toBe('2026-W53')
    expect(isoWeekKey(local(2027, 1, 3, 23, 59))).toBe('2026-W53')
    expect(isoWeekKey(local(2027, 1, 4, 0, 0))).toBe('2027-W01')
  })

  it('knows 2020 had a week 53 that ran into January 2021', () => {
    expect(isoWeekKey(local(2020, 12, 31))).toBe('2020-W53')
    expect(isoWeekKey(local(2021, 1, 3))).toBe('2020-W53')
    expect(isoWeekKey(local(2021, 1, 4))).toBe('2021-W01')
  })

  it('puts late-December days into week 1 of the next year', () => {
    expect(isoWeekKey(local(2024, 12, 30))).toBe('2025-W01')
    expect(isoWeekKey(local(2025, 12, 29))).toBe('2026-W01')
    expect(isoWeekOf(local(2025, 12, 29))).toEqual({ year: 2026, week: 1 })
  })

  it('uses local time, not UTC', () => {
    inZone('Pacific/Auckland')
    // Sunday 12:00 UTC is already Monday 01:00 in Auckland.
    expect(isoWeekKey(new Date('2026-11-22T12:00:00Z'))).toBe('2026-W48')
    inZone('America/Los_Angeles')
    // Monday 03:00 UTC is still Sunday evening in Los Angeles.
    expect(isoWeekKey(new Date('2026-11-30T03:00:00Z'))).toBe('2026-W48')
  })
})

describe('daylight saving time', () => {
  it.each([
    ['Europe/Berlin', '2026-W13', 2026, 3, 29],
    ['Europe/Berlin', '2026-W43', 2026, 10, 25],
    ['America/New_York', '2026-W10', 2026, 3, 8],
    ['America/New_York', '2026-W44', 2026, 11, 1],
    ['Pacific/Auckland', '2026-W14', 2026, 4, 5],
  ])('%s: the week holding the change (%s) ends on Sunday %i-%i-%i', (tz, key, y, m, d) => {
    inZone(tz)
    expect(isoWeekKey(local(y, m, d, 23, 59))).toBe(key)
    expect(isoWeekKey(local(y, m, d + 1, 0, 0))).toBe(nextWeek(key))
    const end = weekEnd(key)
    expect([end.getFullYear(), end.getMonth() + 1, end.getDate(), end.getHours(), end.getMinutes()]).toEqual([
      y,
      m,
      d,
      23,
      59,
    ])
    expect(weekStart(nextWeek(key)).getTime() - end.getTime()).toBe(1)
    const hours = (end.getTime() + 1 - weekStart(key).getTime()) / 3_600_000
    expect([167, 169]).toContain(hours)
  })

  it('America/Santiago: a midnight that does not exist does not move the day', () => {
    inZone('America/Santiago')
    // Clocks jumped from Saturday 24:00 to Sunday 01:00 on 2024-09-08.
    expect(isoWeekKey(local(2024, 9, 7, 23, 30))).toBe('2024-W36')
    expect(isoWeekKey(new Date(2024, 8, 8, 0, 30))).toBe('2024-W36')
    expect(isoWeekKey(local(2024, 9, 9, 0, 0))).toBe('2024-W37')
    expect(weekStart('2024-W37').getDate()).toBe(9)
  })
})

describe('week start and end', () => {
  it('runs Monday 00:00 to Sunday 23:59:59.999 local time', () => {
    const s = weekStart('2026-W01')
    const e = weekEnd('2026-W53')
    expect([s.getFullYear(), s.getMonth() + 1, s.getDate(), s.getDay(), s.getHours()]).toEqual([2025, 12, 29, 1, 0])
    expect([e.getFullYear(), e.getMonth() + 1, e.getDate(), e.getDay()]).toEqual([2027, 1, 3, 0])
    expect([e.getHours(), e.getMinutes(), e.getSeconds(), e.getMilliseconds()]).toEqual([23, 59, 59, 999])
  })

  it('round-trips: every day of a week maps back to its key', () => {
    const key = '2020-W53'
    const start = weekStart(key)
    for (let i = 0; i < 7; i++) {
      expect(isoWeekKey(new Date(start.getFullYear(), start.getMonth(), start.getDate() + i, 12))).toBe(key)
    }
  })
})

describe('moving between weeks', () => {
  it('steps across year boundaries', () => {
    expect(nextWeek('2026-W53')).toBe('2027-W01')
    expect(previousWeek('2027-W01')).toBe('2026-W53')
    expect(nextWeek('2025-W52')).toBe('2026-W01')
    expect(previousWeek('2021-W01')).toBe('2020-W53')
    expect(addWeeks('2026-W48', 52)).toBe('2027-W47')
    expect(addWeeks('2026-W48', 0)).toBe('2026-W48')
  })

  it('finds the same week last year, using week 52 when there was no week 53', () => {
    expect(sameWeekLastYear('2026-W48')).toBe('2025-W48')
    expect(sameWeekLastYear('2026-W53')).toBe('2025-W52')
    expect(sameWeekLastYear('2021-W52')).toBe('2020-W52')
    expect(sameWeekLastYear('2027-W01')).toBe('2026-W01')
    expect(() => sameWeekLastYear('2021-W53')).toThrow(RangeError)
  })

  it('compares and counts weeks chronologically', () => {
    const keys = ['2027-W01', '2026-W53', '2026-W09', '2026-W10']
    expect([...keys].sort(compareWeekKeys)).toEqual(['2026-W09', '2026-W10', '2026-W53', '2027-W01'])
    expect(weeksBetween('2026-W52', '2027-W02')).toBe(3)
    expect(weeksBetween('2027-W02', '2026-W52')).toBe(-3)
  })
})

describe('parsing keys', () => {
  it('knows which years have 53 weeks', () => {
    expect([2015, 2020, 2026, 2032].map(weeksInIsoYear)).toEqual([53, 53, 53, 53])
    expect([2021, 2024, 2025, 2027].map(weeksInIsoYear)).toEqual([52, 52, 52, 52])
  })

  it('rejects malformed keys and weeks that do not exist', () => {
    expect(parseWeekKey('2026-W48')).toEqual({ year: 2026, week: 48 })
    for (const bad of ['2026-W00', '2025-W53', '2026-W54', '2026-48', '2026-w48', '26-W48', '2026-W4', ' 2026-W48'])
      expect(isWeekKey(bad), bad).toBe(false)
    expect(() => nextWeek('2025-W53')).toThrow(RangeError)
  })

  it('pads small years and weeks', () => {
    expect(formatWeekKey({ year: 2026, week: 1 })).toBe('2026-W01')
    expect(isoWeekKey(new Date(Date.UTC(2026, 0, 7)))).toBe('2026-W02')
  })
})
