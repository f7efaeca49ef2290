// Story: drawing conversation cards never repeats one until every card in the deck has come up;
// the couple's own cards live in their own deck; favourites are shared; cards not talked about
// yet come first, then light before deep.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { getDeck } from '../../../shared/content/decks'
import { drawNext, orderCards } from '../../../electron/services/guided/decks.service'
import { setupGuided, type GuidedCouple } from './helpers'

let c: GuidedCouple
beforeEach(async () => {
  c = await setupGuided()
  await c.as('A')
})
afterEach(async () => {
  await c.close()
})

describe('story: Draw another never repeats a card until the deck is used up', () => {
  it('draws all twelve gratitude cards once each, then starts over and says so', async () => {
    const seen: string[] = []
    for (let i = 0; i < 12; i++) {
      const d = await c.call('decks:draw', { deck: 'gratitude', seen, skipped: [] })
      expect(d.startedOver).toBe(false)
      expect(seen).not.toContain(d.card!.card.id)
      seen.push(d.card!.card.id)
    }
    expect(new Set(seen).size).toBe(12)
    const again = await c.call('decks:draw', { deck: 'gratitude', seen, skipped: [] })
    expect(again.startedOver).toBe(true)
  })

  it('a skipped card stays aside even after the deck starts over; all skipped gives no card', () => {
    const cards = getDeck('fun').cards.slice(0, 3).map((card) => ({ card: { ...card, deckId: 'fun' as const, custom: false }, favourite: false, lastDiscussedAt: null }))
    const ids = cards.map((x) => x.card.id)
    const d = drawNext(cards, ids, [ids[0]!], () => 0)
    expect(d.startedOver).toBe(true)
    expect(d.card?.card.id).not.toBe(ids[0])
    expect(drawNext(cards, [], ids, () => 0)).toEqual({ card: null, startedOver: false })
  })

  it('orders cards not talked about first, then light to deep', async () => {
    const first = getDeck('dreams').cards[0]!
    await c.call('cards:mark-discussed', { cardId: first.id, note: '' })
    const list = await c.call('decks:browse', { deck: 'dreams' })
    expect(list.at(-1)?.card.id).toBe(first.id)
    const fresh = list.filter((x) => x.lastDiscussedAt === null).map((x) => x.card.depth)
    expect(fresh).toEqual([...fresh].sort((a, b) => a - b))
    expect(orderCards(list)).toEqual(list)
  })
})

describe('story: our own cards in our own deck, and favourites we both see', () => {
  it('a card we write shows in “Our own cards” and not in the themed deck', async () => {
    await c.call('cards:add', { deckId: 'fun', text: 'What was the best bit of our first holiday?', depth: 1 })
    const ours = await c.call('decks:browse', { deck: 'ours' })
    expect(ours.map((x) => x.card.text)).toEqual(['What was the best bit of our first holiday?'])
    expect((await c.call('decks:browse', { deck: 'fun' })).some((x) => x.card.custom)).toBe(false)
  })

  it('a favourite marked by Sam is in Rio’s favourites deck; unmarking removes it', async () => {
    const card = getDeck('childhood').cards[2]!
    await c.call('decks:favourite', { cardId: card.id, favourite: true })
    await c.call('decks:favourite', { cardId: card.id, favourite: true })
    await c.as('B')
    const favs = await c.call('decks:browse', { deck: 'favourites' })
    expect(favs.map((x) => x.card.id)).toEqual([card.id])
    expect(await c.call('decks:favourite', { cardId: card.id, favourite: false })).toEqual([])
    expect((await c.raw('decks:favourite', { cardId: 'nope', favourite: true })).error?.code).toBe('not-found')
  })
})
