import { useState } from 'react'
import { DEPTH_LABELS, LIGHT_DECKS } from '../../../../shared/content/decks'
import type { DrawnCard } from '../../../../shared/contract/worksheets'
import { call } from '../../api'
import { useNavigation } from '../../app/navigation'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { Notice } from '../../components/Notice'
import '../values/worksheets.css'

/** Home: one card from a deck of the day, for a conversation that needs no setting up. */
export function ConversationHomeCard({ now = () => new Date() }: { now?: () => Date }) {
  const { go } = useNavigation()
  const [drawn, setDrawn] = useState<DrawnCard | null>(null)
  const [error, setError] = useState<string | null>(null)
  // A different light deck each day of the month, so the home card does not always ask the same kind
  // of thing, and a couple opening Hearth for the first time is never met with fears or childhood.
  const deck = LIGHT_DECKS[now().getDate() % LIGHT_DECKS.length] ?? LIGHT_DECKS[0]

  const draw = async () => {
    if (!deck) return
    setError(null)
    const result = await call('cards:draw', { deckId: deck.id, exclude: drawn ? [drawn.card.id] : [] })
    if (result.ok) setDrawn(result.value)
    else setError(result.error.message)
  }

  return (
    <Card aria-labelledby="home-card">
      <h2 id="home-card">A question for tonight</h2>
      {drawn ? (
        <>
          <p className="worksheet-meta">
            {deck?.title} · {DEPTH_LABELS[drawn.card.depth]}
          </p>
          <p className="worksheet-big">{drawn.card.text}</p>
        </>
      ) : (
        <p className="muted">Draw a card from “{deck?.title}” and take turns answering.</p>
      )}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="row">
        <Button onClick={() => void draw()}>{drawn ? 'Another card' : 'Draw a card'}</Button>
        <Button variant="secondary" onClick={() => go('conversations')}>
          All conversation cards
        </Button>
      </div>
    </Card>
  )
}
