import { describe, expect, it } from 'vitest'
import { getDeck } from '../../../shared/content/decks'
import { channels } from '../../../shared/contract'
import { errorCode, setupCouple } from './helpers'

const DAY = 24 * 3600 * 1000

describe('conversation cards', () => {
  it('a draw starts with the lightest cards of the chosen deck', async () => {
    const c = await setupCouple({ random: () => 0.99 })
    await c.as('A')
    const drawn = c.handlers['cards:draw']({ deckId: 'childhood' })
    expect(drawn?.card.deckId).toBe('childhood')
    expect(drawn?.card.depth).toBe(1)
    expect(drawn?.lastDiscussedAt).toBeNull()
  })

  it('skipping leaves the card out of the next draw, and a card talked about lately is not drawn again', async () => {
    const c = await setupCouple()
    await c.as('A')
    const first = c.handlers['cards:draw']({ deckId: 'fun' })
    const second = c.handlers['cards:draw']({ deckId: 'fun', exclude: [first?.card.id ?? ''] })
    expect(second?.card.id).not.toBe(first?.card.id)
    await c.handlers['cards:mark-discussed']({ cardId: first?.card.id ?? '', note: 'We laughed a lot.' })
    expect(c.handlers['cards:draw']({ deckId: 'fun' })?.card.id).not.toBe(first?.card.id)
  })

  it('when every light card has been discussed, the draw moves on to closer ones', async () => {
    const c = await setupCouple()
    await c.as('B')
    for (const card of getDeck('gratitude').cards.filter((x) => x.depth === 1))
      await c.handlers['cards:mark-discussed']({ cardId: card.id, note: '' })
    expect(c.handlers['cards:draw']({ deckId: 'gratitude' })?.card.depth).toBe(2)
  })

  it('once every card was discussed recently, the one discussed longest ago comes back', async () => {
    const c = await setupCouple()
    await c.as('A')
    const cards = getDeck('values').cards
    for (const card of cards) {
      await c.handlers['cards:mark-discussed']({ cardId: card.id, note: '' })
      c.advance(DAY)
    }
    const drawn = c.handlers['cards:draw']({ deckId: 'values' })
    expect(drawn?.card.id).toBe(cards[0]?.id)
    expect(drawn?.lastDiscussedAt).not.toBeNull()
    expect(c.handlers['cards:draw']({ deckId: 'values', exclude: cards.map((x) => x.id) })).toBeNull()
  })

  it('the shared note is kept and both partners see who marked the card', async () => {
    const c = await setupCouple()
    await c.as('A')
    const drawn = c.handlers['cards:draw']({ deckId: 'dreams' })
    await c.handlers['cards:mark-discussed']({ cardId: drawn?.card.id ?? '', note: '  Lisbon, one day.  ' })
    await c.as('B')
    const [entry] = c.handlers['cards:history']().discussed
    expect(entry).toMatchObject({ cardId: drawn?.card.id, note: 'Lisbon, one day.', by: 'A', deckId: 'dreams', text: drawn?.card.text })
  })

  it('a card the couple writes is stored in the vault, survives a restart and can be drawn', async () => {
    const c = await setupCouple()
    await c.as('A')
    const added = await c.handlers['cards:add']({ deckId: 'fun', text: 'What would our band be called?', depth: 1 })
    expect(added.custom).toBe(true)
    expect(await errorCode(() => c.handlers['cards:add']({ deckId: 'fun', text: 'what would our band be called?', depth: 2 }))).toBe('conflict')
    c.vault.lock('user')
    const again = await c.reopen('B')
    expect(again.handlers['cards:history']().custom).toEqual([added])
    const lightFun = getDeck('fun').cards.filter((x) => x.depth === 1).map((x) => x.id)
    expect(again.handlers['cards:draw']({ deckId: 'fun', exclude: lightFun })?.card.id).toBe(added.id)
  })

  it('an unknown card cannot be marked, and requests are bounded', async () => {
    const c = await setupCouple()
    await c.as('A')
    expect(await errorCode(() => c.handlers['cards:mark-discussed']({ cardId: 'nope', note: '' }))).toBe('not-found')
    expect(channels['cards:draw'].request.safeParse({ deckId: 'secrets' }).success).toBe(false)
    expect(channels['cards:add'].request.safeParse({ deckId: 'fun', text: 'x'.repeat(301), depth: 1 }).success).toBe(false)
    expect(channels['cards:add'].request.safeParse({ deckId: 'fun', text: 'Fine text', depth: 4 }).success).toBe(false)
    expect(channels['cards:mark-discussed'].request.safeParse({ cardId: 'fun-01', note: 'x'.repeat(2001) }).success).toBe(false)
  })
})
