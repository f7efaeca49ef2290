import { useState, type FormEvent } from 'react'
import { DEPTH_LABELS, type DeckId } from '../../../../shared/content/decks'
import type { DrawnCard } from '../../../../shared/contract/worksheets'
import { call } from '../../api'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { Notice } from '../../components/Notice'
import { useAsyncAction } from '../vault/useAsyncAction'
import { NoteField, formatDay } from '../values/worksheet-ui'

/** The card in play: draw, skip (not drawn again this sitting), or mark as talked about. */
export function CardTable({ deckId, onDiscussed }: { deckId: DeckId; onDiscussed: () => void }) {
  const [drawn, setDrawn] = useState<DrawnCard | null>(null)
  const [skipped, setSkipped] = useState<string[]>([])
  const [empty, setEmpty] = useState(false)
  const [marking, setMarking] = useState(false)
  const [note, setNote] = useState('')
  const [saved, setSaved] = useState(false)
  const { busy, error, run } = useAsyncAction()

  const draw = async (exclude: string[]) => {
    setSaved(false)
    setMarking(false)
    // Wrapped so that "no card left" (null) can be told apart from a failure (run gives null).
    const result = await run(async () => {
      const r = await call('cards:draw', { deckId, exclude })
      return r.ok ? { ok: true as const, value: { drawn: r.value } } : r
    })
    if (!result) return
    setEmpty(result.drawn === null)
    setDrawn(result.drawn)
  }
  const skip = () => {
    if (!drawn) return
    const next = [...skipped, drawn.card.id]
    setSkipped(next)
    void draw(next)
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
          <p className="worksheet-big">{drawn.card.text}</p>
          {drawn.lastDiscussedAt ? <p className="worksheet-meta">You last talked about this on {formatDay(drawn.lastDiscussedAt)}.</p> : null}
        </article>
      ) : (
        <p className="muted">{empty ? 'You have been through every card in this deck tonight. Try another deck, or come back another day.' : 'No card drawn yet.'}</p>
      )}
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
      ) : (
        <div className="row">
          <Button onClick={() => void draw(skipped)} busy={busy} busyLabel="Drawing…">
            {drawn ? 'Draw another' : 'Draw a card'}
          </Button>
          {drawn ? (
            <>
              <Button variant="secondary" onClick={skip}>
                Skip this one
              </Button>
              <Button variant="secondary" onClick={() => setMarking(true)}>
                We talked about it
              </Button>
            </>
          ) : null}
        </div>
      )}
    </Card>
  )
}
