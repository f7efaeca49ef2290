// One-off plans on a date ("Friday 12th: cinema"), beside the weekly rituals: shared by the
// couple, shown on Home on the day and kept afterwards as a small history of what you planned.
import { z } from 'zod'
import { channel } from './define'
import type { PartnerId } from '../domain'

export const PLAN_TEXT_MAX = 200
export const PLANS_MAX = 1000
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Choose a day for the plan.')

export interface OneOffPlan {
  id: string
  /** The day, YYYY-MM-DD, as the couple chose it on their calendar (no time zone). */
  date: string
  what: string
  createdBy: PartnerId
  createdAt: string
}

export const plansChannels = {
  /** Every plan, soonest date first. */
  'plans:list': channel(z.object({}).strict()).returns<OneOffPlan[]>(),
  'plans:save': channel(
    z
      .object({
        id: z.string().min(1).max(128).optional(),
        date: isoDate,
        what: z.string().trim().min(1, 'Say what you plan to do.').max(PLAN_TEXT_MAX, `Please keep it under ${PLAN_TEXT_MAX} characters.`),
      })
      .strict(),
  ).returns<OneOffPlan>(),
  'plans:remove': channel(z.object({ id: z.string().min(1).max(128) }).strict()).returns<null>(),
}
