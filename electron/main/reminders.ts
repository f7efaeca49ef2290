// Shows reminders as system notifications while Hearth runs. The schedule is the pure
// planReminders; this keeps the non-secret items, the ids already shown and one timer. Electron's
// Notification and the window focusing come in as arguments, so the boot check can drive it.
import { REMINDER_TEXT, planReminders, type ReminderItem } from '../../shared/logic/reminders'

export interface NotificationLike {
  on(event: 'click', listener: () => void): unknown
  show(): void
}

export interface ReminderDeps {
  createNotification(options: { title: string; body: string; silent: boolean }): NotificationLike
  supported(): boolean
  enabled(): boolean
  focus(): void
  now?: () => number
  setTimer?: (fn: () => void, ms: number) => unknown
  clearTimer?: (timer: unknown) => void
}

/** Looked at again at least this often, so sleep and clock changes are noticed. */
const MAX_WAIT_MS = 5 * 60_000

export const createReminderNotifier = (deps: ReminderDeps) => {
  const now = deps.now ?? Date.now
  const setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms))
  const clearTimer = deps.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>))
  let items: ReminderItem[] = []
  const shown = new Set<string>()
  let timer: unknown = null

  const check = () => {
    if (timer !== null) clearTimer(timer)
    timer = null
    const plan = planReminders(items, now(), shown)
    for (const item of plan.due) {
      shown.add(item.id)
      // Turned off, or no notification service: counted as shown, so turning them on later
      // does not bring a pile of old ones.
      if (!deps.enabled() || !deps.supported()) continue
      const note = deps.createNotification({ title: 'Hearth', body: REMINDER_TEXT[item.kind], silent: false })
      note.on('click', () => deps.focus())
      note.show()
    }
    if (plan.nextAt !== null) timer = setTimer(check, Math.max(1000, Math.min(plan.nextAt - now(), MAX_WAIT_MS)))
  }

  return {
    /** New items replace the old ones; ids already shown stay shown. */
    schedule(next: ReminderItem[]) {
      items = next
      check()
    },
    /** After the laptop wakes up. */
    check,
    dispose() {
      if (timer !== null) clearTimer(timer)
      timer = null
    },
  }
}
