import { VALUE_RATING_MAX, VALUE_RATING_MIN } from '../../../../shared/content/values'
import type { ValuesRoundView } from '../../../../shared/contract/worksheets'
import { call } from '../../api'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { Notice } from '../../components/Notice'
import { useAsyncAction } from '../vault/useAsyncAction'
import { RadioGroup } from './worksheet-ui'

const SCALE = Array.from({ length: VALUE_RATING_MAX - VALUE_RATING_MIN + 1 }, (_, i) => {
  const n = VALUE_RATING_MIN + i
  return { value: n, label: String(n) }
})

export interface RatingFormProps {
  view: ValuesRoundView
  otherName: string
  onChange: (view: ValuesRoundView) => void
}

export function RatingForm({ view, otherName, onChange }: RatingFormProps) {
  const { busy, error, run } = useAsyncAction()
  const rated = view.values.filter((v) => view.round.mine[v.id] !== undefined).length
  const total = view.values.length

  const rate = async (valueId: string, rating: number) => {
    // Show the choice at once; the service's answer (which has every saved rating) replaces it.
    onChange({ ...view, round: { ...view.round, mine: { ...view.round.mine, [valueId]: rating } } })
    const next = await run(() => call('values:rate', { valueId, rating }))
    if (next) onChange(next)
  }
  const finish = async () => {
    const next = await run(() => call('values:finish', {}))
    if (next) onChange(next)
  }

  return (
    <Card aria-labelledby="values-round">
      <h2 id="values-round">Round {view.round.number}: your ratings</h2>
      <p className="muted">
        {view.round.partnerFinished ? `${otherName} has finished and is waiting for you.` : `${otherName} has not finished yet.`} Only you
        can see what you choose here. Each choice is saved as you go.
      </p>
      <div className="values-grid">
        {view.values.map((v) => (
          <RadioGroup
            key={v.id}
            className="values-item"
            legend={v.name}
            name={`value-${v.id}`}
            hint={v.description || undefined}
            options={SCALE}
            value={view.round.mine[v.id] ?? null}
            onChange={(rating) => void rate(v.id, rating)}
          />
        ))}
      </div>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <p role="status" className="muted">
        {rated} of {total} rated.
      </p>
      <Button onClick={() => void finish()} busy={busy} busyLabel="Saving…">
        Finish and seal my ratings
      </Button>
    </Card>
  )
}
