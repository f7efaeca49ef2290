import { useState, type FormEvent } from 'react'
import { DECKS, DEPTH_LABELS, type DeckId, type Depth } from '../../../../shared/content/decks'
import { call } from '../../api'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { Notice } from '../../components/Notice'
import { useAsyncAction } from '../vault/useAsyncAction'
import { NoteField, RadioGroup } from '../values/worksheet-ui'

const DEPTHS = ([1, 2, 3] as const).map((d) => ({ value: d, label: DEPTH_LABELS[d] }))

export function AddCardForm({ deckId, onAdded }: { deckId: DeckId; onAdded: () => void }) {
  const [text, setText] = useState('')
  const [depth, setDepth] = useState<Depth>(1)
  const [added, setAdded] = useState(false)
  const { busy, error, run } = useAsyncAction()
  const deck = DECKS.find((d) => d.id === deckId)

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
      <p className="muted">It goes into “{deck?.title}” and is kept, encrypted, with the rest of your journal.</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <NoteField label="Your question" value={text} onValueChange={setText} maxLength={300} rows={2} />
        <RadioGroup legend="How deep" name="card-depth" options={DEPTHS} value={depth} onChange={setDepth} />
        {error ? <Notice tone="error">{error}</Notice> : null}
        {added ? <Notice>Your card is in the deck now.</Notice> : null}
        <Button type="submit" variant="secondary" busy={busy} busyLabel="Adding…">
          Add card
        </Button>
      </form>
    </Card>
  )
}
