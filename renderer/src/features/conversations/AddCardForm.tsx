import { useState, type FormEvent } from 'react'
import { DECKS, DEPTH_LABELS, type DeckId, type Depth } from '../../../../shared/content/decks'
import { call } from '../../api'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { Notice } from '../../components/Notice'
import { useAsyncAction } from '../vault/useAsyncAction'
import { NoteField, RadioGroup } from '../values/worksheet-ui'

const DEPTHS = ([1, 2, 3] as const).map((d) => ({ value: d, label: DEPTH_LABELS[d] }))

/** Writes a card into the couple's own deck; the theme only says what it is closest to. */
export function AddCardForm({ onAdded }: { onAdded: () => void }) {
  const [deckId, setDeckId] = useState<DeckId>(DECKS[0]?.id ?? 'dreams')
  const [text, setText] = useState('')
  const [depth, setDepth] = useState<Depth>(1)
  const [added, setAdded] = useState(false)
  const { busy, error, run } = useAsyncAction()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setAdded(false)
    const card = await run(() => call('cards:add', { deckId, text: text.trim(), depth }))
    if (!card) return
    setText('')
    setAdded(true)
    onAdded()
  }

  return (
    <Card aria-labelledby="cards-add">
      <h2 id="cards-add">Write your own card</h2>
      <p className="muted">It goes into your own deck, “Our own cards”, and is kept, encrypted, with the rest of your journal.</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <NoteField label="Your question" value={text} onValueChange={setText} maxLength={300} rows={2} />
        <div className="field deck-picker">
          <label className="field__label" htmlFor="card-theme">
            Closest theme
          </label>
          <select id="card-theme" className="input" value={deckId} onChange={(e) => setDeckId(e.target.value as DeckId)}>
            {DECKS.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
              </option>
            ))}
          </select>
        </div>
        <RadioGroup legend="How deep" name="card-depth" options={DEPTHS} value={depth} onChange={setDepth} />
        {error ? <Notice tone="error">{error}</Notice> : null}
        {added ? <Notice>Your card is in your own deck now.</Notice> : null}
        <Button type="submit" variant="secondary" busy={busy} busyLabel="Adding…">
          Add card
        </Button>
      </form>
    </Card>
  )
}
