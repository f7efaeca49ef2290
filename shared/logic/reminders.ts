// When to show a reminder. Pure: items with a due time, the current time and what was already
// shown go in; what to show now and when to look again come out. Nothing private is in an item:
// an id, a kind and a time, so main can keep them while the journal is locked.

export type ReminderKind = 'ritual' | 'plan'

export interface ReminderItem {
  /** Unique per occurrence (a ritual on Tuesday and on Thursday are two items). */
  id: string
  kind: ReminderKind
  /** Milliseconds since the epoch. */
  dueAt: number
}

export interface ReminderPlan {
  /** Show these now, once each. */
  due: ReminderItem[]
  /** Look again at this time (ms), or null when nothing else is due. */
  nextAt: number | null
}

/** A reminder shown this long after its time still makes sense (the laptop woke up late). */
export const LATE_LIMIT_MS = 30 * 60_000

/** The words of a notification: never the ritual's or plan's own name or note. */
export const REMINDER_TEXT: Record<ReminderKind, string> = {
  ritual: 'A ritual for today: open Hearth',
  plan: 'A plan for today: open Hearth',
}

export const planReminders = (items: readonly ReminderItem[], now: number, notified: ReadonlySet<string>): ReminderPlan => {
  const due: ReminderItem[] = []
  let nextAt: number | null = null
  for (const item of items) {
    if (notified.has(item.id) || !Number.isFinite(item.dueAt)) continue
    if (item.dueAt > now) nextAt = nextAt === null ? item.dueAt : Math.min(nextAt, item.dueAt)
    else if (now - item.dueAt <= LATE_LIMIT_MS && sameLocalDay(item.dueAt, now)) due.push(item)
  }
  due.sort((a, b) => a.dueAt - b.dueAt)
  return { due, nextAt }
}

const sameLocalDay = (a: number, b: number): boolean => {
  const x = new Date(a)
  const y = new Date(b)
  return x.getFullYear() === y.getFullYear() && x.getMonth() === y.getMonth() && x.getDate() === y.getDate()
}

/** One item per day a ritual falls on, from today for `days` days, at its local time. */
export const ritualReminderItems = (
  rituals: readonly { id: string; days: readonly number[]; time: string }[],
  now: number,
  days = 8,
): ReminderItem[] => {
  const items: ReminderItem[] = []
  const start = new Date(now)
  for (let offset = 0; offset < days; offset++) {
    const day = new Date(start.getFullYear(), start.getMonth(), start.getDate() + offset)
    for (const ritual of rituals) {
      const match = /^(\d{2}):(\d{2})$/.exec(ritual.time)
      if (!match || !ritual.days.includes(day.getDay())) continue
      const at = new Date(day.getFullYear(), day.getMonth(), day.getDate(), Number(match[1]), Number(match[2]))
      items.push({ id: `ritual:${ritual.id}:${dayKey(at)}`, kind: 'ritual', dueAt: at.getTime() })
    }
  }
  return items
}

/** Dated plans have a day but no time: they remind at this local hour on their day. */
export const PLAN_REMINDER_HOUR = 9

/** One item per plan whose day (YYYY-MM-DD, local) falls within the next `days` days. */
export const planReminderItems = (plans: readonly { id: string; date: string }[], now: number, days = 8): ReminderItem[] => {
  const start = new Date(now)
  const first = new Date(start.getFullYear(), start.getMonth(), start.getDate())
  const last = new Date(start.getFullYear(), start.getMonth(), start.getDate() + days)
  const items: ReminderItem[] = []
  for (const plan of plans) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(plan.date)
    if (!match) continue
    const at = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), PLAN_REMINDER_HOUR)
    if (at < first || at >= last) continue
    items.push({ id: `plan:${plan.id}:${plan.date}`, kind: 'plan', dueAt: at.getTime() })
  }
  return items
}

const dayKey = (d: Date): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
