import { useState } from 'react'
import { loveMapRound } from '../../../../shared/content/love-maps'
import type { LoveMapView } from '../../../../shared/contract/rituals-guided'
import { PARTNER_IDS, otherPartner, type PartnerId } from '../../../../shared/domain'
import { call } from '../../api'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { Notice } from '../../components/Notice'
import { useAsyncAction } from '../vault/useAsyncAction'

const Said = ({ text }: { text: string | undefined }) =>
  text?.trim() ? <p className="guided-answer">{text}</p> : <p className="guided-answer guided-answer--empty muted">Left blank</p>

/** Both sides of a revealed round, question by question; a score only if they ask for one. */
export function LoveMapReveal({ view, names, me, onView }: { view: LoveMapView; names: Record<PartnerId, string>; me: PartnerId; onView: (v: LoveMapView) => void }) {
  const [showScore, setShowScore] = useState(false)
  const { error, run } = useAsyncAction()
  const sides = view.revealed
  if (!sides) return null
  const mark = async (questionId: string, close: boolean) => {
    const next = await run(() => call('lovemaps:mark', { round: view.round, questionId, close }))
    if (next) onView(next)
  }
  return (
    <Card aria-labelledby="lovemap-reveal">
      <h2 id="lovemap-reveal">Round {view.round}, side by side</h2>
      <p className="muted">Read them together. Which guesses surprised you? Ask about the answers you did not know.</p>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {loveMapRound(view.round).map((q) => (
        <section key={q.id} className="lovemap-row" aria-label={q.self}>
          <h3>{q.self}</h3>
          <div className="side-by-side">
            {PARTNER_IDS.map((p) => {
              const guesser = otherPartner(p)
              return (
                <div key={p}>
                  <p>
                    <strong>{names[p]} said</strong>
                  </p>
                  <Said text={sides[p].answers[q.id]} />
                  <p>
                    <strong>{names[guesser]} guessed</strong>
                  </p>
                  <Said text={sides[guesser].guesses[q.id]} />
                  {p === me ? (
                    <label className="checkbox">
                      <input type="checkbox" checked={sides[p].close.includes(q.id)} onChange={(e) => void mark(q.id, e.target.checked)} />
                      <span>{names[guesser]}’s guess was close</span>
                    </label>
                  ) : null}
                </div>
              )
            })}
          </div>
        </section>
      ))}
      {showScore ? (
        <p role="status" className="lovemap-score">
          {PARTNER_IDS.map((p) => `${names[otherPartner(p)]}’s guesses about ${names[p]}: ${sides[p].close.length} of ${view.questionIds.length} marked close`).join('. ')}.
        </p>
      ) : (
        <Button variant="quiet" onClick={() => setShowScore(true)}>
          Show a score
        </Button>
      )}
    </Card>
  )
}
