import { describe, expect, it } from 'vitest'
import { addWeeks, isoWeekOf, parseWeek, sameWeekLastYear, weekInfo } from '../../../electron/services/journal/iso-week'
import { weekStart } from '../../../shared/logic/iso-week'

// Local dates (no Z): the week follows the couple's calendar, not UTC.
const local = (ymd: string, time = '12:00:00') => new Date(`${ymd}T${time}`)

describe('ISO weeks, so each week has exactly one reflection', () => {
  it('names the week of ordinary days and of days around the new year', () => {
    expect(isoWeekOf(local('2026-11-25'))).toBe('2026-W48')
    expect(isoWeekOf(local('2026-01-01'))).toBe('2026-W01')
    expect(isoWeekOf(local('2025-12-29'))).toBe('2026-W01')
    expect(isoWeekOf(local('2021-01-03'))).toBe('2020-W53')
    expect(isoWeekOf(local('2027-01-01'))).toBe('2026-W53')
  })

  it('keeps a late Sunday evening in that week and starts the next on Monday morning', () => {
    expect(isoWeekOf(local('2026-11-29', '23:59:00'))).toBe('2026-W48')
    expect(isoWeekOf(local('2026-11-30', '00:01:00'))).toBe('2026-W49')
  })

  it('knows which years have 53 weeks and refuses a week 53 that does not exist', () => {
    expect(parseWeek('2026-W53')).toEqual({ year: 2026, week: 53 })
    expect(parseWeek('2025-W53')).toBeNull()
    expect(parseWeek('2025-W00')).toBeNull()
    expect(parseWeek('not a week')).toBeNull()
  })

  it('finds the Monday, moves by weeks across years, and maps to the same week last year', () => {
    expect(weekStart('2026-W01').toDateString()).toBe(new Date(2025, 11, 29).toDateString())
    expect(addWeeks('2026-W52', 1)).toBe('2026-W53')
    expect(addWeeks('2026-W53', 1)).toBe('2027-W01')
    expect(addWeeks('2026-W01', -1)).toBe('2025-W52')
    expect(sameWeekLastYear('2026-W48')).toBe('2025-W48')
    expect(sameWeekLastYear('2027-W01')).toBe('2026-W01')
    expect(sameWeekLastYear('2021-W52')).toBe('2020-W52')
    expect(sameWeekLastYear('2026-W53')).toBe('2025-W52')
  })

  it('labels a week in plain words, across a month and a year', () => {
    const now = local('2026-11-25')
    expect(weekInfo('2026-W48', now)).toEqual({
      week: '2026-W48',
      label: 'Week 48 · 23–29 November 2026',
      startsOn: '2026-11-23',
      endsOn: '2026-11-29',
      isCurrent: true,
    })
    expect(weekInfo('2026-W49', now).label).toBe('Week 49 · 30 November – 6 December 2026')
    expect(weekInfo('2026-W01', now).label).toBe('Week 1 · 29 December 2025 – 4 January 2026')
    expect(weekInfo('2026-W47', now).isCurrent).toBe(false)
  })
})
