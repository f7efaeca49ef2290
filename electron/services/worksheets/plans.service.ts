// One-off plans on a date, kept with the rituals in the journal store as shared records. Plain
// functions: `listPlans` is also what a later reminder service reads (plans with their date).
import { PLANS_MAX, type OneOffPlan } from '../../../shared/contract/plans'
import { HearthError } from '../../../shared/result'
import type { Handlers } from '../router'
import type { Clock, StoredRecord, Vault } from '../vault/types'

export const PLAN_KIND = 'plan-one-off'

type PlanBody = Omit<OneOffPlan, 'id'>

const isPlanBody = (b: unknown): b is PlanBody => {
  const v = b as Partial<PlanBody> | null
  return !!v && typeof v.date === 'string' && typeof v.what === 'string' && (v.createdBy === 'A' || v.createdBy === 'B') && typeof v.createdAt === 'string'
}
const toPlan = (r: StoredRecord<PlanBody>): OneOffPlan => ({ id: r.id, ...r.body })

/** Every one-off plan the unlocked couple has, soonest date first (throws 'locked' when locked). */
export function listPlans(vault: Vault): OneOffPlan[] {
  return vault
    .store('journal')
    .list<unknown>(PLAN_KIND, 'shared')
    .filter((r): r is StoredRecord<PlanBody> => isPlanBody(r.body))
    .map(toPlan)
    .sort((a, b) => (a.date === b.date ? a.createdAt.localeCompare(b.createdAt) : a.date.localeCompare(b.date)))
}

export function createPlansService(vault: Vault, clock: Clock) {
  const store = () => vault.store('journal')
  return {
    list: () => listPlans(vault),
    async save({ id, date, what }: { id?: string; date: string; what: string }): Promise<OneOffPlan> {
      const createdBy = vault.active()
      const existing = id ? store().get<unknown>(id) : undefined
      if (id && (!existing || existing.kind !== PLAN_KIND || !isPlanBody(existing.body))) throw new HearthError('not-found', 'That plan is not in your list any more.')
      if (!id && listPlans(vault).length >= PLANS_MAX) throw new HearthError('bad-request', 'That is a lot of plans. Remove some that have passed first.')
      const before = existing?.body as PlanBody | undefined
      const body: PlanBody = { date, what: what.trim(), createdBy: before?.createdBy ?? createdBy, createdAt: before?.createdAt ?? clock.now().toISOString() }
      return toPlan(await store().put<PlanBody>({ id, kind: PLAN_KIND, owner: 'shared', body, expectedRev: existing?.rev }))
    },
    async remove(id: string): Promise<null> {
      vault.active()
      const existing = store().get<unknown>(id)
      if (!existing || existing.kind !== PLAN_KIND) throw new HearthError('not-found', 'That plan is not in your list any more.')
      await store().remove(id)
      return null
    },
  }
}

export const plansHandlers = (vault: Vault, clock: Clock): Pick<Handlers, 'plans:list' | 'plans:save' | 'plans:remove'> => {
  const plans = createPlansService(vault, clock)
  return {
    'plans:list': () => plans.list(),
    'plans:save': (req) => plans.save(req),
    'plans:remove': (req) => plans.remove(req.id),
  }
}
