import { useState } from 'react'
import { DECKS, type DeckId } from '../../../../shared/content/decks'
import { Notice } from '../../components/Notice'
import { useLoaded } from '../vault/useLoaded'
import { AddCardForm } from './AddCardForm'
import { CardTable } from './CardTable'
import { DiscussedList } from './DiscussedList'
import './conversations.css'

export function ConversationsPage() {
  const [deckId, setDeckId] = useState<DeckId>(DECKS[0]?.id ?? 'dreams')
  const { value: history, reload: load, error } = useLoaded('cards:history')

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
        <select id="deck-choice" className="input" value={deckId} onChange={(e) => setDeckId(e.target.value as DeckId)}>
          {DECKS.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </select>
        <p className="field__hint">{DECKS.find((d) => d.id === deckId)?.description}</p>
      </div>
      <CardTable key={deckId} deckId={deckId} onDiscussed={() => void load()} />
      {error ? <Notice tone="error">{error}</Notice> : null}
      <DiscussedList discussed={history?.discussed ?? null} />
      <AddCardForm deckId={deckId} onAdded={() => void load()} />
    </div>
  )
}
