import { useCallback, useEffect, useState } from 'react'
import { DECKS } from '../../../../shared/content/decks'
import { FAVOURITES_DECK, OWN_DECK, type BrowsedCard, type DeckChoice } from '../../../../shared/contract/rituals-guided'
import { call } from '../../api'
import { Notice } from '../../components/Notice'
import { useLoaded } from '../vault/useLoaded'
import { AddCardForm } from './AddCardForm'
import { CardTable } from './CardTable'
import { DeckList } from './DeckList'
import { DiscussedList } from './DiscussedList'
import './conversations.css'

/** The themed decks, then the couple's own deck and their favourites. */
const CHOICES: { id: DeckChoice; title: string; description: string }[] = [
  ...DECKS.map((d) => ({ id: d.id, title: d.title, description: d.description })),
  { id: OWN_DECK, title: 'Our own cards', description: 'The questions you wrote yourselves.' },
  { id: FAVOURITES_DECK, title: 'Favourites', description: 'Cards either of you marked with a star, from every deck.' },
]

export function ConversationsPage() {
  const [deck, setDeck] = useState<DeckChoice>(DECKS[0]?.id ?? 'dreams')
  const { value: history, reload: load, error } = useLoaded('cards:history')
  const [cards, setCards] = useState<BrowsedCard[] | null>(null)
  const [listError, setListError] = useState<string | null>(null)

  const browse = useCallback(async () => {
    const r = await call('decks:browse', { deck })
    if (r.ok) {
      setCards(r.value)
      setListError(null)
    } else setListError(r.error.message)
  }, [deck])
  useEffect(() => {
    void browse()
  }, [browse])

  const choice = CHOICES.find((c) => c.id === deck)
  return (
    <div className="stack worksheet">
      <div>
        <h1>Conversation cards</h1>
        <p className="muted">
          Pick a deck, draw a card, and take turns answering. Cards start light and go deeper; skip any that do not feel right tonight.
        </p>
      </div>
      <div className="field deck-picker">
        <label className="field__label" htmlFor="deck-choice">
          Deck
        </label>
        <select id="deck-choice" className="input" value={deck} onChange={(e) => setDeck(e.target.value as DeckChoice)}>
          {CHOICES.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </select>
        <p className="field__hint">{choice?.description}</p>
      </div>
      <CardTable
        key={deck}
        deck={deck}
        onDiscussed={() => {
          void load()
          void browse()
        }}
        onFavourite={() => void browse()}
      />
      {error || listError ? <Notice tone="error">{error ?? listError}</Notice> : null}
      <DeckList
        cards={cards}
        emptyText={deck === OWN_DECK ? 'No cards of your own yet. Write one below.' : deck === FAVOURITES_DECK ? 'No favourites yet. Mark a card with a star to keep it here.' : 'This deck is empty.'}
        onChange={() => void browse()}
      />
      <DiscussedList discussed={history?.discussed ?? null} />
      <AddCardForm
        onAdded={() => {
          void load()
          void browse()
        }}
      />
    </div>
  )
}
