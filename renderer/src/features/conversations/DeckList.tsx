import { DEPTH_LABELS } from '../../../../shared/content/decks'
import type { BrowsedCard } from '../../../../shared/contract/rituals-guided'
import { call } from '../../api'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { Notice } from '../../components/Notice'
import { useAsyncAction } from '../vault/useAsyncAction'
import { formatDay } from '../values/worksheet-ui'

/** Every card of the chosen deck: not talked about yet first, then light to deep, each with a favourite toggle. */
export function DeckList({ cards, emptyText, onChange }: { cards: BrowsedCard[] | null; emptyText: string; onChange: () => void }) {
  const { error, run } = useAsyncAction()
  const toggle = async (c: BrowsedCard) => {
    if (await run(() => call('decks:favourite', { cardId: c.card.id, favourite: !c.favourite }))) onChange()
  }
  return (
    <Card aria-labelledby="deck-list">
      <h2 id="deck-list">All cards in this deck</h2>
      <p className="muted">The ones you have not talked about yet come first, from light to deep.</p>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {cards && cards.length === 0 ? <p>{emptyText}</p> : null}
      <ol className="worksheet-list deck-list">
        {(cards ?? []).map((c) => (
          <li key={c.card.id}>
            <span className="worksheet-tag">{DEPTH_LABELS[c.card.depth]}</span>
            <span>
              {c.card.text}
              <span className="worksheet-meta deck-list__meta">{c.lastDiscussedAt ? `Talked about on ${formatDay(c.lastDiscussedAt)}.` : 'Not talked about yet.'}</span>
            </span>
            <Button className="deck-list__star" variant="quiet" aria-pressed={c.favourite} aria-label={`Favourite: ${c.card.text}`} onClick={() => void toggle(c)}>
              {c.favourite ? '★' : '☆'}
            </Button>
          </li>
        ))}
      </ol>
    </Card>
  )
}
