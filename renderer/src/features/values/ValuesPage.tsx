import { useState } from 'react'
import { useSession } from '../../app/session'
import { Button } from '../../components/Button'
import { Notice } from '../../components/Notice'
import { useLoaded } from '../vault/useLoaded'
import { AddValueForm } from './AddValueForm'
import { ComparisonView } from './ComparisonView'
import { RatingForm } from './RatingForm'
import { ValuesHistoryView } from './ValuesHistoryView'

export function ValuesPage() {
  const { other } = useSession()
  const otherName = other?.name ?? 'your partner'
  const [rateAgain, setRateAgain] = useState(false)
  const { value: view, setValue: setView, error } = useLoaded('values:get-round')

  const { round, latest } = view ?? { round: null, latest: null }
  const started = round ? Object.keys(round.mine).length > 0 || round.myFinishedAt !== null : false
  const showForm = round !== null && round.myFinishedAt === null && (latest === null || started || rateAgain || round.partnerFinished)

  return (
    <div className="stack worksheet">
      <div>
        <h1>Shared values</h1>
        <p className="muted">
          Each of you rates how much each value matters to you, from 1 (a little) to 5 (a lot). Your ratings stay sealed until you have
          both finished; then you see them side by side, with a few things worth talking about.
        </p>
      </div>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {!view ? <p role="status">Opening your values…</p> : null}
      {latest ? <ComparisonView round={latest} /> : null}
      {round && round.myFinishedAt ? (
        <Notice title={`Your ratings for round ${round.number} are sealed`}>
          <p>When {otherName} finishes too, you will both see how your values compare. Until then, nobody sees anyone’s answers.</p>
        </Notice>
      ) : null}
      {round && !showForm && !round.myFinishedAt ? (
        <section aria-labelledby="values-again">
          <h2 id="values-again">Rate again</h2>
          <p className="muted">Values move over time. A new round lets you see how.</p>
          <Button onClick={() => setRateAgain(true)}>Start round {round.number}</Button>
        </section>
      ) : null}
      {view && round && showForm ? (
        <RatingForm view={view} otherName={otherName} onChange={setView} />
      ) : null}
      {view ? <AddValueForm onAdded={setView} /> : null}
      {latest ? <ValuesHistoryView /> : null}
    </div>
  )
}
