// Browsing the conversation decks: favourites, the couple's own cards in a deck of their own,
// cards not talked about yet first and then light to deep, and a draw that never repeats a card
// until every card in the deck has come up once (the renderer keeps the sitting's "seen" list).
import { DECKS, type DeckId } from '../../../shared/content/decks'
import { FAVOURITES_DECK, OWN_DECK, type BrowsedCard, type DeckChoice, type DeckDraw } from '../../../shared/contract/rituals-guided'
import type { ConversationCard } from '../../../shared/contract/worksheets'
import { HearthError } from '../../../shared/result'
import { CARDS_KINDS } from '../worksheets/cards.service'
import type { Vault } from '../vault/types'

export const FAVOURITE_KIND = 'cards-favourite'

interface FavouriteBody {
  cardId: string
}

/** Not talked about yet first, then lightest first, then the order the deck was written in. */
export function orderCards(cards: readonly BrowsedCard[]): BrowsedCard[] {
  return cards
    .map((c, i) => ({ c, i }))
    .sort((a, b) => Number(a.c.lastDiscussedAt !== null) - Number(b.c.lastDiscussedAt !== null) || a.c.card.depth - b.c.card.depth || a.i - b.i)
    .map(({ c }) => c)
}

/**
 * The next card of a sitting: the first in `orderCards` order among those neither seen nor set
 * aside, picking at random among equals so each evening differs. When everything not set aside
 * has been seen, the deck starts over (and says so).
 */
export function drawNext(ordered: readonly BrowsedCard[], seen: readonly string[], skipped: readonly string[], random: () => number): DeckDraw {
  const aside = new Set(skipped)
  const pool = ordered.filter((c) => !aside.has(c.card.id))
  if (pool.length === 0) return { card: null, startedOver: false }
  const seenSet = new Set(seen)
  const fresh = pool.filter((c) => !seenSet.has(c.card.id))
  const from = fresh.length > 0 ? fresh : pool
  const first = from[0] as BrowsedCard
  const rank = (c: BrowsedCard) => `${c.lastDiscussedAt === null ? 0 : 1}-${c.card.depth}`
  const equals = from.filter((c) => rank(c) === rank(first))
  return { card: equals[Math.min(equals.length - 1, Math.floor(random() * equals.length))] ?? first, startedOver: fresh.length === 0 }
}

export function createDecksService(vault: Vault, random: () => number = Math.random) {
  const store = () => vault.store('journal')
  const builtIn = (): ConversationCard[] => DECKS.flatMap((d) => d.cards.map((c) => ({ ...c, deckId: d.id, custom: false })))
  const own = (): ConversationCard[] =>
    store()
      .list<{ deckId: DeckId; text: string; depth: 1 | 2 | 3 }>(CARDS_KINDS.custom, 'shared')
      .map((r) => ({ id: `custom-${r.id}`, deckId: r.body.deckId, text: r.body.text, depth: r.body.depth, custom: true }))
  const favourites = () => store().list<FavouriteBody>(FAVOURITE_KIND, 'shared')
  const lastDiscussed = (): Map<string, string> => {
    const map = new Map<string, string>()
    for (const r of store().list<{ cardId: string; at: string }>(CARDS_KINDS.discussed, 'shared')) {
      const prev = map.get(r.body.cardId)
      if (!prev || prev < r.body.at) map.set(r.body.cardId, r.body.at)
    }
    return map
  }

  const browse = (deck: DeckChoice): BrowsedCard[] => {
    vault.active()
    const fav = new Set(favourites().map((r) => r.body.cardId))
    const last = lastDiscussed()
    const everything = [...builtIn(), ...own()]
    const chosen =
      deck === OWN_DECK ? everything.filter((c) => c.custom) : deck === FAVOURITES_DECK ? everything.filter((c) => fav.has(c.id)) : everything.filter((c) => !c.custom && c.deckId === deck)
    return orderCards(chosen.map((card) => ({ card, favourite: fav.has(card.id), lastDiscussedAt: last.get(card.id) ?? null })))
  }

  return {
    browse,
    draw: (deck: DeckChoice, seen: readonly string[], skipped: readonly string[]): DeckDraw => drawNext(browse(deck), seen, skipped, random),
    async favourite(cardId: string, favourite: boolean): Promise<BrowsedCard[]> {
      vault.active()
      if (![...builtIn(), ...own()].some((c) => c.id === cardId)) throw new HearthError('not-found', 'That card is not in your decks any more.')
      const marks = favourites().filter((r) => r.body.cardId === cardId)
      if (favourite && marks.length === 0) await store().put<FavouriteBody>({ kind: FAVOURITE_KIND, owner: 'shared', body: { cardId } })
      if (!favourite) for (const r of marks) await store().remove(r.id)
      return browse(FAVOURITES_DECK)
    },
  }
}

export type DecksService = ReturnType<typeof createDecksService>
