import { describe, expect, it } from 'vitest'
import { channels } from '../../../shared/contract'
import { errorCode, setupCouple } from './helpers'

describe('active listening log', () => {
  it('a finished session is logged with its checklist and note, newest first, for both partners', async () => {
    const c = await setupCouple()
    await c.as('A')
    await c.handlers['listening:log']({ firstSpeaker: 'A', turnSeconds: 120, turns: 2, checked: ['reflect-back'], note: '' })
    c.advance(60_000)
    await c.handlers['listening:log']({ firstSpeaker: 'B', turnSeconds: 300, turns: 4, checked: ['let-them-finish', 'let-them-finish'], note: ' Felt heard. ' })
    await c.as('B')
    const list = c.handlers['listening:list']()
    expect(list.map((s) => s.turnSeconds)).toEqual([300, 120])
    expect(list[0]).toMatchObject({ firstSpeaker: 'B', turns: 4, checked: ['let-them-finish'], note: 'Felt heard.' })
  })

  it('refuses checklist ids it does not know and turn lengths out of bounds', async () => {
    const c = await setupCouple()
    await c.as('A')
    expect(
      await errorCode(() => c.handlers['listening:log']({ firstSpeaker: 'A', turnSeconds: 60, turns: 1, checked: ['made-up'], note: '' })),
    ).toBe('bad-request')
    const schema = channels['listening:log'].request
    expect(schema.safeParse({ firstSpeaker: 'A', turnSeconds: 1, turns: 1, checked: [], note: '' }).success).toBe(false)
    expect(schema.safeParse({ firstSpeaker: 'C', turnSeconds: 60, turns: 1, checked: [], note: '' }).success).toBe(false)
  })
})

describe('rituals and time together', () => {
  it('a ritual is saved, edited and deleted, and stays shared between partners', async () => {
    const c = await setupCouple()
    await c.as('A')
    const saved = await c.handlers['rituals:save']({ name: 'Sunday walk', days: [0, 0], time: '10:30' })
    expect(saved.days).toEqual([0])
    await c.as('B')
    const edited = await c.handlers['rituals:save']({ id: saved.id, name: 'Sunday walk', days: [6, 0], time: '11:00' })
    expect(edited).toMatchObject({ id: saved.id, days: [0, 6], time: '11:00' })
    expect(c.handlers['rituals:list']().rituals).toEqual([edited])
    await c.handlers['rituals:delete']({ id: saved.id })
    expect(c.handlers['rituals:list']().rituals).toEqual([])
    expect(await errorCode(() => c.handlers['rituals:delete']({ id: saved.id }))).toBe('not-found')
  })

  it('what they did and how it felt is logged, and their own ideas are kept', async () => {
    const c = await setupCouple()
    await c.as('A')
    const ritual = await c.handlers['rituals:save']({ name: 'Cooking night', days: [3], time: '19:00' })
    await c.handlers['rituals:log']({ date: '2026-11-25', what: 'Cooking night', ritualId: ritual.id, feeling: 'lovely', note: 'Pasta from scratch.' })
    await c.handlers['rituals:add-idea']({ text: 'Learn a card game from Alex’s family', category: 'at-home' })
    c.vault.lock('user')
    const again = await c.reopen('B')
    const view = again.handlers['rituals:list']()
    expect(view.log[0]).toMatchObject({ ritualId: ritual.id, feeling: 'lovely', by: 'A', note: 'Pasta from scratch.' })
    expect(view.ideas.map((i) => i.category)).toEqual(['at-home'])
  })

  it('a log pointing at a ritual that does not exist is refused; bad times and days are rejected', async () => {
    const c = await setupCouple()
    await c.as('A')
    expect(
      await errorCode(() => c.handlers['rituals:log']({ date: '2026-11-25', what: 'x', ritualId: 'missing', feeling: 'good', note: '' })),
    ).toBe('not-found')
    const schema = channels['rituals:save'].request
    expect(schema.safeParse({ name: 'Walk', days: [7], time: '10:00' }).success).toBe(false)
    expect(schema.safeParse({ name: 'Walk', days: [1], time: '24:00' }).success).toBe(false)
    expect(schema.safeParse({ name: 'Walk', days: [], time: '10:00' }).success).toBe(false)
    expect(channels['rituals:log'].request.safeParse({ date: 'tomorrow', what: 'x', ritualId: null, feeling: 'good', note: '' }).success).toBe(false)
  })
})
