// Issue 11, deliver 10: one-off plans on a date ("Friday 12th: cinema"), shared by the couple.
import { rm } from 'node:fs/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { createPlansService, listPlans } from '../../../electron/services/worksheets/plans.service'
import { errorCode, setupCouple } from './helpers'

let dir: string | undefined
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
  dir = undefined
})

describe('plans on a day', () => {
  it('Sam plans the cinema on Friday 11 December; Alex sees it; the list is soonest first, with dates', async () => {
    const c = await setupCouple()
    dir = c.dataDir
    const plans = createPlansService(c.vault, { now: () => new Date('2026-11-24T19:00:00Z') })
    await c.as('A')
    await plans.save({ date: '2026-12-11', what: 'Cinema' })
    await plans.save({ date: '2026-11-28', what: ' Dinner at Rosa’s ' })
    await c.as('B')
    expect(listPlans(c.vault).map((p) => [p.date, p.what, p.createdBy])).toEqual([
      ['2026-11-28', 'Dinner at Rosa’s', 'A'],
      ['2026-12-11', 'Cinema', 'A'],
    ])
  })

  it('a plan can be changed or removed; an unknown one says so; nothing while locked', async () => {
    const c = await setupCouple()
    dir = c.dataDir
    const plans = createPlansService(c.vault, { now: () => new Date() })
    await c.as('A')
    const plan = await plans.save({ date: '2026-12-11', what: 'Cinema' })
    const moved = await plans.save({ id: plan.id, date: '2026-12-12', what: 'Cinema, later showing' })
    expect(moved).toMatchObject({ id: plan.id, date: '2026-12-12', createdAt: plan.createdAt })
    await plans.remove(plan.id)
    expect(plans.list()).toEqual([])
    expect(await errorCode(() => plans.remove(plan.id))).toBe('not-found')
    c.vault.lock('user')
    expect(await errorCode(() => plans.list())).toBe('locked')
  })
})
