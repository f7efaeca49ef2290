import { describe, expect, it } from 'vitest'
import { VALUES } from '../../../shared/content/values'
import { channels } from '../../../shared/contract'
import { errorCode, setupCouple } from './helpers'

type Couple = Awaited<ReturnType<typeof setupCouple>>

/** Rates every value on the list; `pick` chooses the rating for each id. */
const rateAll = async (c: Couple, pick: (id: string, index: number) => number) => {
  const { values } = c.handlers['values:get-round']()
  for (const [i, v] of values.entries()) await c.handlers['values:rate']({ valueId: v.id, rating: pick(v.id, i) })
}

describe('shared values: ratings stay sealed until both partners finish', () => {
  it('partner B cannot read A’s ratings, finished or not, while the round is open', async () => {
    const c = await setupCouple()
    await c.as('A')
    await rateAll(c, () => 5)
    await c.handlers['values:finish']()
    await c.as('B')
    const view = c.handlers['values:get-round']()
    expect(view.round.partnerFinished).toBe(true)
    expect(view.round.mine).toEqual({})
    expect(view.latest).toBeNull()
    expect(c.handlers['values:history']().rounds).toEqual([])
    // Nothing B can ask for carries A's ratings: A rated everything 5, B has rated nothing.
    await c.handlers['values:rate']({ valueId: 'honesty', rating: 2 })
    const after = c.handlers['values:get-round']()
    expect(after.round.mine).toEqual({ honesty: 2 })
    expect(JSON.stringify([view, after, c.handlers['values:history']()])).not.toContain(':5')
  })

  it('a draft is private to its author: the other partner starts from nothing', async () => {
    const c = await setupCouple()
    await c.as('A')
    await c.handlers['values:rate']({ valueId: 'honesty', rating: 4 })
    await c.as('B')
    expect(c.handlers['values:get-round']().round).toMatchObject({ mine: {}, partnerFinished: false, myFinishedAt: null })
    const drafts = c.vault.store('journal').list('values-draft')
    expect(drafts).toEqual([])
  })

  it('once both finish, both see the comparison, with names and prompts for the biggest gaps', async () => {
    const c = await setupCouple()
    await c.as('A')
    await rateAll(c, (id) => (id === 'adventure' ? 5 : 4))
    await c.handlers['values:finish']()
    await c.as('B')
    await rateAll(c, (id) => (id === 'adventure' ? 1 : 4))
    const done = await c.handlers['values:finish']()
    expect(done.latest?.number).toBe(1)
    expect(done.latest?.comparison.biggestDifferences[0]).toMatchObject({ valueId: 'adventure', a: 5, b: 1, diff: 4 })
    expect(done.latest?.comparison.prompts[0]?.text).toContain('Sam')
    expect(done.round.number).toBe(2)
    await c.as('A')
    expect(c.handlers['values:get-round']().latest?.ratings.B.adventure).toBe(1)
  })

  it('finishing is refused while values are unrated, and rating after finishing is refused', async () => {
    const c = await setupCouple()
    await c.as('A')
    await c.handlers['values:rate']({ valueId: 'honesty', rating: 3 })
    expect(await errorCode(() => c.handlers['values:finish']())).toBe('conflict')
    await rateAll(c, () => 3)
    await c.handlers['values:finish']()
    expect(await errorCode(() => c.handlers['values:rate']({ valueId: 'honesty', rating: 1 }))).toBe('conflict')
  })

  it('the couple can add their own value, it is rated like the others and kept across restarts', async () => {
    const c = await setupCouple()
    await c.as('A')
    const view = await c.handlers['values:add-value']({ name: 'Music', description: 'Playing and listening together.' })
    const music = view.values.find((v) => v.name === 'Music')
    expect(music).toMatchObject({ custom: true })
    await c.handlers['values:rate']({ valueId: music?.id ?? '', rating: 5 })
    expect(await errorCode(() => c.handlers['values:add-value']({ name: 'music', description: '' }))).toBe('conflict')
    c.vault.lock('user')
    const again = await c.reopen('B')
    expect(again.handlers['values:get-round']().values.map((v) => v.name)).toContain('Music')
  })

  it('past rounds are kept, with a per-value trend from one round to the next', async () => {
    const c = await setupCouple()
    for (const [a, b] of [
      [2, 3],
      [4, 3],
    ] as const) {
      await c.as('A')
      await rateAll(c, (id) => (id === 'calm' ? a : 3))
      await c.handlers['values:finish']()
      await c.as('B')
      await rateAll(c, () => b)
      await c.handlers['values:finish']()
      c.advance(30 * 24 * 3600 * 1000)
    }
    const history = c.handlers['values:history']()
    expect(history.rounds.map((r) => r.number)).toEqual([1, 2])
    expect(history.trends.find((t) => t.valueId === 'calm')).toMatchObject({ A: [2, 4], B: [3, 3] })
  })

  it('an unknown value id is refused, and the rating schema rejects out-of-range and extra fields', async () => {
    const c = await setupCouple()
    await c.as('A')
    expect(await errorCode(() => c.handlers['values:rate']({ valueId: 'not-a-value', rating: 3 }))).toBe('not-found')
    const schema = channels['values:rate'].request
    expect(schema.safeParse({ valueId: 'honesty', rating: 6 }).success).toBe(false)
    expect(schema.safeParse({ valueId: 'honesty', rating: 2.5 }).success).toBe(false)
    expect(schema.safeParse({ valueId: 'honesty', rating: 3, partner: 'B' }).success).toBe(false)
    expect(channels['values:add-value'].request.safeParse({ name: 'x'.repeat(41), description: '' }).success).toBe(false)
  })

  it('every worksheet refuses to answer while the vault is locked', async () => {
    const c = await setupCouple()
    expect(await errorCode(() => c.handlers['values:get-round']())).toBe('locked')
    expect(await errorCode(() => c.handlers['cards:history']())).toBe('locked')
    expect(await errorCode(() => c.handlers['listening:list']())).toBe('locked')
    expect(await errorCode(() => c.handlers['rituals:list']())).toBe('locked')
    expect(VALUES.length).toBeGreaterThan(5)
  })
})

describe('shared values: quick clicks', () => {
  it('ratings sent in quick succession all land, none lost to a revision conflict', async () => {
    const c = await setupCouple()
    await c.as('A')
    const ids = ['honesty', 'fun', 'calm', 'family', 'growth']
    await Promise.all(ids.map((valueId) => c.handlers['values:rate']({ valueId, rating: 3 })))
    expect(Object.keys(c.handlers['values:get-round']().round.mine).sort()).toEqual([...ids].sort())
  })
})
