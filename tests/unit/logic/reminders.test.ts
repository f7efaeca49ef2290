// User story: a ritual (or dated plan) due today reminds once, at its time, while Hearth runs,
// and the reminder carries no private words.
import { describe, expect, it } from 'vitest'
import { LATE_LIMIT_MS, PLAN_REMINDER_HOUR, REMINDER_TEXT, planReminderItems, planReminders, ritualReminderItems, type ReminderItem } from '../../../shared/logic/reminders'
import { createReminderNotifier } from '../../../electron/main/reminders'

const at = (h: number, m = 0, day = 2) => new Date(2026, 11, day, h, m).getTime() // 2 Dec 2026 is a Wednesday
const item = (id: string, dueAt: number, kind: ReminderItem['kind'] = 'ritual'): ReminderItem => ({ id, kind, dueAt })

describe('planReminders', () => {
  it('nothing due yet: says when to look again', () => {
    expect(planReminders([item('a', at(19)), item('b', at(18))], at(9), new Set())).toEqual({ due: [], nextAt: at(18) })
  })

  it('at its time the item is due, once: an id already shown is never due again', () => {
    const items = [item('a', at(19)), item('plan', at(19, 5), 'plan')]
    expect(planReminders(items, at(19), new Set()).due.map((i) => i.id)).toEqual(['a'])
    expect(planReminders(items, at(19, 6), new Set(['a']))).toEqual({ due: [items[1]], nextAt: null })
    expect(planReminders(items, at(19, 6), new Set(['a', 'plan']))).toEqual({ due: [], nextAt: null })
  })

  it('a little late (the laptop woke up) still reminds; hours late or yesterday does not', () => {
    expect(planReminders([item('a', at(19))], at(19) + LATE_LIMIT_MS, new Set()).due).toHaveLength(1)
    expect(planReminders([item('a', at(19))], at(21), new Set()).due).toHaveLength(0)
    expect(planReminders([item('a', at(23, 50, 1))], at(0, 5), new Set()).due).toHaveLength(0)
  })

  it('ignores broken times', () => {
    expect(planReminders([item('a', Number.NaN)], at(9), new Set())).toEqual({ due: [], nextAt: null })
  })
})

describe('ritualReminderItems', () => {
  it('one item per day the ritual falls on, at its local time, ids without the ritual’s name', () => {
    const items = ritualReminderItems([{ id: 'r1', days: [3, 5], time: '19:30' }], at(9), 8)
    expect(items.map((i) => new Date(i.dueAt).getDate())).toEqual([2, 4, 9])
    expect(items[0]).toEqual({ id: 'ritual:r1:2026-12-02', kind: 'ritual', dueAt: at(19, 30) })
  })
  it('skips a ritual with no valid time', () => {
    expect(ritualReminderItems([{ id: 'r', days: [3], time: '7pm' }], at(9))).toEqual([])
  })
})

describe('planReminderItems: a dated plan reminds on its day', () => {
  it('one item at 09:00 local on the plan’s day, within the next days only; the id names no words', () => {
    const now = new Date(2026, 11, 2, 8, 0).getTime() // Wednesday 2 December, 08:00 local
    const items = planReminderItems(
      [
        { id: 'p1', date: '2026-12-02' },
        { id: 'p2', date: '2026-12-05' },
        { id: 'p3', date: '2026-12-01' },
        { id: 'p4', date: '2027-01-20' },
        { id: 'p5', date: 'Friday' },
      ],
      now,
    )
    expect(items.map((i) => i.id)).toEqual(['plan:p1:2026-12-02', 'plan:p2:2026-12-05'])
    expect(items.every((i) => i.kind === 'plan')).toBe(true)
    expect(new Date(items[0]!.dueAt).getHours()).toBe(PLAN_REMINDER_HOUR)
    expect(new Date(items[1]!.dueAt).getDate()).toBe(5)
    expect(REMINDER_TEXT.plan).not.toMatch(/cinema|dinner/i)
  })
})

describe('reminder notifier (main glue, with fake Notification and timers)', () => {
  const setup = (enabled = true) => {
    let now = at(18)
    const shown: { body: string; title: string }[] = []
    const timers: { fn: () => void; ms: number }[] = []
    let focused = 0
    let clicks: (() => void)[] = []
    const notifier = createReminderNotifier({
      createNotification: (o) => ({ on: (_e, fn) => clicks.push(fn), show: () => shown.push(o) }),
      supported: () => true,
      enabled: () => enabled,
      focus: () => focused++,
      now: () => now,
      setTimer: (fn, ms) => timers.push({ fn, ms }),
      clearTimer: () => undefined,
    })
    return { notifier, shown, timers, clicks: () => clicks, focused: () => focused, advance: (ms: number) => (now += ms), reset: () => (clicks = []) }
  }

  it('waits for the time, notifies once with the plain words, and a click focuses Hearth', () => {
    const t = setup()
    t.notifier.schedule([item('a', at(19))])
    expect(t.shown).toEqual([])
    expect(t.timers.at(-1)!.ms).toBeLessThanOrEqual(5 * 60_000)
    t.advance(60 * 60_000)
    t.timers.at(-1)!.fn()
    expect(t.shown).toEqual([{ title: 'Hearth', body: REMINDER_TEXT.ritual, silent: false }])
    t.clicks()[0]!()
    expect(t.focused()).toBe(1)
    t.notifier.schedule([item('a', at(19))])
    t.notifier.check()
    expect(t.shown).toHaveLength(1)
  })

  it('turned off: nothing shows, and turning it on later does not bring old ones', () => {
    const t = setup(false)
    t.notifier.schedule([item('a', at(18))])
    expect(t.shown).toEqual([])
  })
})
