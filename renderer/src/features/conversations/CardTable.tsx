import { useState, type FormEvent } from 'react'
import { DEPTH_LABELS } from '../../../../shared/content/decks'
import type { BrowsedCard, DeckChoice } from '../../../../shared/contract/rituals-guided'
import { call } from '../../api'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { Notice } from '../../components/Notice'
import { useAsyncAction } from '../vault/useAsyncAction'
import { NoteField, formatDay } from '../values/worksheet-ui'

export interface CardTableProps {
  deck: DeckChoice
  onDiscussed: () => void
  onFavourite: () => void
}

/**
 * The card in play. "Draw another" puts this card back at the bottom of the deck: no card comes
 * up twice until every card has come up once. "Skip" sets a card aside for the whole evening.
 */
export function CardTable({ deck, onDiscussed, onFavourite }: CardTableProps) {
  const [drawn, setDrawn] = useState<BrowsedCard | null>(null)
  const [seen, setSeen] = useState<string[]>([])
  const [skipped, setSkipped] = useState<string[]>([])
  const [empty, setEmpty] = useState(false)
  const [startedOver, setStartedOver] = useState(false)
  const [marking, setMarking] = useState(false)
  const [note, setNote] = useState('')
  const [saved, setSaved] = useState(false)
  const { busy, error, run } = useAsyncAction()

  const draw = async (nextSeen: string[], nextSkipped: string[]) => {
    setSaved(false)
    setMarking(false)
    const result = await run(() => call('decks:draw', { deck, seen: nextSeen, skipped: nextSkipped }))
    if (!result) return
    setSkipped(nextSkipped)
    setEmpty(result.card === null)
    setStartedOver(result.startedOver)
    setDrawn(result.card)
    if (result.card) setSeen(result.startedOver ? [result.card.card.id] : [...nextSeen, result.card.card.id])
  }
  const skip = () => {
    if (drawn) void draw(seen, [...skipped, drawn.card.id])
  }
  const favourite = async () => {
    if (!drawn) return
    const want = !drawn.favourite
    const done = await run(() => call('decks:favourite', { cardId: drawn.card.id, favourite: want }))
    if (!done) return
    setDrawn({ ...drawn, favourite: want })
    onFavourite()
  }
  const markDiscussed = async (event: FormEvent) => {
    event.preventDefault()
    if (!drawn) return
    const entry = await run(() => call('cards:mark-discussed', { cardId: drawn.card.id, note }))
    if (!entry) return
    setDrawn(null)
    setNote('')
    setMarking(false)
    setSaved(true)
    onDiscussed()
  }

  return (
    <Card aria-labelledby="card-table">
      <h2 id="card-table">Your card</h2>
      {drawn ? (
        <article className="conversation-card" aria-label="Conversation card">
          <span className="worksheet-tag">{DEPTH_LABELS[drawn.card.depth]}</span>
          {drawn.card.custom ? <span className="worksheet-tag">Your own</span> : null}
          {drawn.favourite ? <span className="worksheet-tag">Favourite</span> : null}
          <p className="worksheet-big">{drawn.card.text}</p>
          <p className="worksheet-meta">{drawn.lastDiscussedAt ? `You last talked about this on ${formatDay(drawn.lastDiscussedAt)}.` : 'Not talked about yet.'}</p>
        </article>
      ) : (
        <p className="muted">{empty ? 'You have set aside every card in this deck tonight. Try another deck, or come back another day.' : 'No card drawn yet.'}</p>
      )}
      {startedOver ? <Notice>You have seen every card in this deck, so it starts again from the top.</Notice> : null}
      {saved ? <Notice>Saved to your shared list of conversations.</Notice> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      {marking && drawn ? (
        <form onSubmit={(e) => void markDiscussed(e)} noValidate>
          <NoteField label="A note for both of you (optional)" hint="What you said, or something you want to remember." value={note} onValueChange={setNote} />
          <div className="row">
            <Button type="submit" busy={busy} busyLabel="Saving…">
              Save
            </Button>
            <Button variant="secondary" onClick={() => setMarking(false)}>
              Not yet
            </Button>
          </div>
        </form>
      ) : drawn ? (
        <>
          <div className="row">
            <Button onClick={() => setMarking(true)}>We talked about it</Button>
            <Button variant="secondary" className="card-action card-action--another" onClick={() => void draw(seen, skipped)} busy={busy} busyLabel="Drawing…" aria-describedby="card-another-hint">
              <span aria-hidden="true">↻ </span>Draw another
            </Button>
            <Button variant="quiet" className="card-action card-action--skip" onClick={skip} aria-describedby="card-skip-hint">
              <span aria-hidden="true">✕ </span>Skip for tonight
            </Button>
            <Button variant="quiet" aria-pressed={drawn.favourite} onClick={() => void favourite()}>
              <span aria-hidden="true">{drawn.favourite ? '★ ' : '☆ '}</span>
              {drawn.favourite ? 'In your favourites' : 'Add to favourites'}
            </Button>
          </div>
          <ul className="card-action-hints field__hint">
            <li id="card-another-hint">Draw another: this card goes back under the deck and comes up again only after all the others.</li>
            <li id="card-skip-hint">Skip for tonight: this card is set aside until you come back another day.</li>
          </ul>
        </>
      ) : (
        <div className="row">
          <Button onClick={() => void draw(seen, skipped)} busy={busy} busyLabel="Drawing…">
            Draw a card
          </Button>
        </div>
      )}
    </Card>
  )
}
