// Feeds the reminder schedule. Ritual plans are in the vault, so the schedule is worked out while
// it is open (after unlock and after each change to the rituals) and handed to the shell as
// non-secret items: an id, a kind and a time, no names. The shell keeps only those, so reminders
// still come while Hearth is locked. Dated plans add theirs, at 09:00 on their day.
import { planReminderItems, ritualReminderItems, type ReminderItem } from '../../shared/logic/reminders'
import type { Clock, Vault } from './vault/types'
import { listPlans } from './worksheets/plans.service'
import { createRitualsService } from './worksheets/rituals.service'

export type ReminderSink = (items: ReminderItem[]) => void

export interface ReminderFeed {
  /** Recomputes from the open vault; does nothing while it is locked (the last items stay). */
  refresh(): void
}

export const createReminderFeed = (deps: { vault: Vault; clock: Clock; sink?: ReminderSink }): ReminderFeed => {
  const rituals = createRitualsService(deps.vault)
  return {
    refresh() {
      if (!deps.sink || deps.vault.status().state !== 'unlocked') return
      const now = deps.clock.now().getTime()
      deps.sink([...ritualReminderItems(rituals.list().rituals, now), ...planReminderItems(listPlans(deps.vault), now)])
    },
  }
}
