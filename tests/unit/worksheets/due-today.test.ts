import { describe, expect, it } from 'vitest'
import { describeDays, localDateString, ritualsDueToday } from '../../../renderer/src/features/rituals/due-today'
import type { RitualLogEntry, RitualPlan } from '../../../shared/contract/worksheets'

const plan = (id: string, days: number[], time: string): RitualPlan => ({ id, name: id, days, time })
const logged = (ritualId: string, date: string): RitualLogEntry => ({ id: `l-${ritualId}`, date, what: ritualId, ritualId, feeling: 'good', note: '', by: 'A' })

// Tuesday 24 November 2026, 18:00 local time.
const TUESDAY_6PM = new Date(2026, 10, 24, 18, 0)

describe('which rituals are due today', () => {
  it('only rituals on today’s weekday are due, earliest first', () => {
    const rituals = [plan('walk', [0], '10:00'), plan('dinner', [2, 4], '19:30'), plan('coffee', [0, 1, 2, 3, 4, 5, 6], '07:30')]
    const due = ritualsDueToday(rituals, [], TUESDAY_6PM)
    expect(due.map((d) => d.ritual.id)).toEqual(['coffee', 'dinner'])
    expect(due.map((d) => d.upcoming)).toEqual([false, true])
  })

  it('a ritual logged today counts as done and moves after the ones still to do', () => {
    const rituals = [plan('coffee', [2], '07:30'), plan('dinner', [2], '19:30')]
    const due = ritualsDueToday(rituals, [logged('coffee', '2026-11-24'), logged('dinner', '2026-11-17')], TUESDAY_6PM)
    expect(due.map((d) => [d.ritual.id, d.done])).toEqual([
      ['dinner', false],
      ['coffee', true],
    ])
  })

  it('uses the local calendar day, so late evening is still today', () => {
    const lateTuesday = new Date(2026, 10, 24, 23, 59)
    expect(localDateString(lateTuesday)).toBe('2026-11-24')
    expect(ritualsDueToday([plan('talk', [2], '23:30')], [], lateTuesday)[0]?.upcoming).toBe(false)
    expect(ritualsDueToday([plan('talk', [3], '23:30')], [], lateTuesday)).toEqual([])
  })

  it('nothing is due on a day with no rituals', () => {
    expect(ritualsDueToday([plan('walk', [0], '10:00')], [], TUESDAY_6PM)).toEqual([])
  })

  it('describes days in plain words', () => {
    expect(describeDays([0, 1, 2, 3, 4, 5, 6])).toBe('Every day')
    expect(describeDays([5, 4, 3, 2, 1])).toBe('Weekdays')
    expect(describeDays([6, 0])).toBe('Weekends')
    expect(describeDays([4, 1])).toBe('Monday, Thursday')
  })
})
