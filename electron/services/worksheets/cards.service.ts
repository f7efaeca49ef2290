// Conversation cards: built-in decks from shared/content plus the couple's own cards (kept in
// the vault), and a shared log of cards they talked about. Drawing prefers lighter cards and
// cards not talked about recently, so an evening starts easy and does not repeat itself.
import { DECKS, getDeck, type DeckId, type Depth } from '../../../shared/content/decks'
import type { ConversationCard, DiscussedCard, DrawnCard } from '../../../shared/contract/worksheets'
import type { PartnerId } from '../../../shared/domain'
import { HearthError } from '../../../shared/result'
import type { Clock, StoredRecord, Vault } from '../vault/types'

export const CARDS_KINDS = { custom: 'cards-custom', discussed: 'cards-discussed' } as const

/** A card talked about within this many days is drawn only once the fresher ones run out. */
export const RECENT_DAYS = 60
const DAY_MS = 24 * 60 * 60 * 1000
const CUSTOM_PREFIX = 'custom-'
export const CUSTOM_CARDS_MAX = 300

interface CustomCardBody {
  deckId: DeckId
  text: string
  depth: Depth
}
interface DiscussedBody {
  cardId: string
  note: string
  at: string
  by: PartnerId
}

export interface CardsService {
  draw(deckId: DeckId, exclude: readonly string[]): DrawnCard | null
  markDiscussed(cardId: string, note: string): Promise<DiscussedCard>
  add(deckId: DeckId, text: string, depth: Depth): Promise<ConversationCard>
  history(): { discussed: DiscussedCard[]; custom: ConversationCard[] }
}

export const createCardsService = (vault: Vault, clock: Clock, random: () => number = Math.random): CardsService => {
  const store = () => vault.store('journal')

  const customCards = (): ConversationCard[] =>
    store()
      .list<CustomCardBody>(CARDS_KINDS.custom, 'shared')
      .map((r) => ({ id: CUSTOM_PREFIX + r.id, deckId: r.body.deckId, text: r.body.text, depth: r.body.depth, custom: true }))

  const allCards = (): ConversationCard[] => [
    ...DECKS.flatMap((d) => d.cards.map((c) => ({ ...c, deckId: d.id, custom: false }))),
    ...customCards(),
  ]

  const discussedRecords = () => store().list<DiscussedBody>(CARDS_KINDS.discussed, 'shared')

  /** cardId → when it was last talked about. */
  const lastDiscussed = (): Map<string, string> => {
    const map = new Map<string, string>()
    for (const r of discussedRecords()) {
      const prev = map.get(r.body.cardId)
      if (!prev || prev < r.body.at) map.set(r.body.cardId, r.body.at)
    }
    return map
  }

  const toDiscussed = (r: StoredRecord<DiscussedBody>, cards: ConversationCard[]): DiscussedCard => {
    const card = cards.find((c) => c.id === r.body.cardId)
    return {
      id: r.id,
      cardId: r.body.cardId,
      deckId: card?.deckId ?? null,
      // A custom card could be gone one day; the log still says something readable.
      text: card?.text ?? 'A card that is no longer in your decks',
      note: r.body.note,
      by: r.body.by,
      at: r.body.at,
    }
  }

  return {
    draw(deckId, exclude) {
      vault.active()
      getDeck(deckId)
      const skip = new Set(exclude)
      const last = lastDiscussed()
      const cutoff = new Date(clock.now().getTime() - RECENT_DAYS * DAY_MS).toISOString()
      const candidates = allCards().filter((c) => c.deckId === deckId && !skip.has(c.id))
      const fresh = candidates.filter((c) => (last.get(c.id) ?? '') < cutoff)
      const pick = fresh.length > 0 ? pickLightest(fresh, random) : pickOldest(candidates, last)
      return pick ? { card: pick, lastDiscussedAt: last.get(pick.id) ?? null } : null
    },

    async markDiscussed(cardId, note) {
      const me = vault.active()
      const cards = allCards()
      if (!cards.some((c) => c.id === cardId)) throw new HearthError('not-found', 'That card is not in your decks any more.')
      const record = await store().put<DiscussedBody>({
        kind: CARDS_KINDS.discussed,
        owner: 'shared',
        body: { cardId, note: note.trim(), at: clock.now().toISOString(), by: me },
      })
      return toDiscussed(record, cards)
    },

    async add(deckId, text, depth) {
      vault.active()
      const custom = customCards()
      if (custom.length >= CUSTOM_CARDS_MAX) throw new HearthError('conflict', `You can keep up to ${CUSTOM_CARDS_MAX} cards of your own.`)
      if (custom.some((c) => c.deckId === deckId && c.text.toLowerCase() === text.toLowerCase()))
        throw new HearthError('conflict', 'That card is already in this deck.')
      const r = await store().put<CustomCardBody>({ kind: CARDS_KINDS.custom, owner: 'shared', body: { deckId, text, depth } })
      return { id: CUSTOM_PREFIX + r.id, deckId, text, depth, custom: true }
    },

    history() {
      vault.active()
      const cards = allCards()
      return {
        discussed: discussedRecords()
          .map((r) => toDiscussed(r, cards))
          .reverse(),
        custom: customCards(),
      }
    },
  }
}

/** Among the lightest depth still available, any card (so each evening feels a little different). */
const pickLightest = (cards: ConversationCard[], random: () => number): ConversationCard | undefined => {
  const lightest = Math.min(...cards.map((c) => c.depth))
  const pool = cards.filter((c) => c.depth === lightest)
  return pool[Math.min(pool.length - 1, Math.floor(random() * pool.length))]
}

/** Everything was talked about lately: offer the one talked about longest ago. */
const pickOldest = (cards: ConversationCard[], last: Map<string, string>): ConversationCard | undefined =>
  [...cards].sort((a, b) => (last.get(a.id) ?? '').localeCompare(last.get(b.id) ?? '') || a.depth - b.depth)[0]
