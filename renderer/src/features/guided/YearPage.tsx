import { useEffect, useState } from 'react'
import type { YearReview } from '../../../../shared/contract/rituals-guided'
import type { PartnerId } from '../../../../shared/domain'
import { call } from '../../api'
import { useNavigation } from '../../app/navigation'
import { useSession } from '../../app/session'
import { Notice } from '../../components/Notice'
import { RatingsChart } from '../history/RatingsChart'
import { PrintFrame } from '../print/PrintFrame'
import { formatDay } from '../values/worksheet-ui'
import '../history/history.css'
import './guided.css'

/** Our year: only what the two of you shared, on screen and printable through the agreement's print path. */
export function YearPage() {
  const { status } = useSession()
  const { go } = useNavigation()
  const names = Object.fromEntries(status.partners.map((p) => [p.id, p.name])) as Record<PartnerId, string>
  const [year, setYear] = useState(() => new Date().getFullYear())
  const [review, setReview] = useState<YearReview | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    void call('year:review', { year }).then((r) => (r.ok ? setReview(r.value) : setError(r.error.message)))
  }, [year])

  if (error) return <Notice tone="error">{error}</Notice>
  if (!review) return <p role="status">Gathering your year…</p>
  return (
    <PrintFrame suggestedName={`Hearth our year ${review.year}`} title="Print our year" onBack={() => go('home')} backLabel="Back to Home">
      {review.years.length > 1 ? (
        <div className="field no-print print-version">
          <label className="field__label" htmlFor="year-choice">
            Year
          </label>
          <select id="year-choice" className="input" value={review.year} onChange={(e) => setYear(Number(e.target.value))}>
            {review.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <YearSheet review={review} names={names} />
    </PrintFrame>
  )
}

function YearSheet({ review, names }: { review: YearReview; names: Record<PartnerId, string> }) {
  const rated = review.weeks.filter((w) => w.ratings.A !== null || w.ratings.B !== null)
  return (
    <article className="print-sheet year-sheet" aria-label="Our year">
      <header className="print-sheet__head">
        <p className="print-sheet__kicker">Hearth</p>
        <h1>Our year, {review.year}</h1>
        <p className="print-sheet__between">
          {names.A} and {names.B}
        </p>
        <p>Only what you shared with each other is here. Private pages stay private.</p>
      </header>
      <section aria-labelledby="year-numbers">
        <h2 id="year-numbers">The year in numbers</h2>
        <dl className="year-figures">
          <Figure label="Appreciation notes" value={review.appreciations.count} />
          <Figure label="Check-ins held" value={review.checkins.held} />
          <Figure label="Rituals kept" value={review.rituals.kept} />
          <Figure label="Conversations" value={review.conversations} />
          <Figure label="Agreement versions" value={review.agreement.versions} />
          <Figure label="Signed by you both" value={review.agreement.signedByBoth} />
        </dl>
        {review.rituals.favourite ? <p>The ritual you kept most: {review.rituals.favourite}.</p> : null}
      </section>
      <section aria-labelledby="year-chart">
        <h2 id="year-chart">How connected you felt</h2>
        {rated.length > 0 ? <RatingsChart weeks={review.weeks} names={names} /> : <p>No weekly ratings shared this year yet.</p>}
      </section>
      <section aria-labelledby="year-notes">
        <h2 id="year-notes">A few of your thank-yous</h2>
        {review.appreciations.few.length === 0 ? <p>No appreciation notes this year yet.</p> : null}
        {review.appreciations.few.map((n) => (
          <blockquote key={n.id} className="year-quote">
            <p>{n.text}</p>
            <footer>
              {names[n.from]} to {names[n.to]}, {formatDay(n.sentAt)}
            </footer>
          </blockquote>
        ))}
      </section>
      {review.checkins.steps.length > 0 ? (
        <section aria-labelledby="year-steps">
          <h2 id="year-steps">Small steps you agreed</h2>
          <ul>
            {review.checkins.steps.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}

const Figure = ({ label, value }: { label: string; value: number }) => (
  <div>
    <dt>{label}</dt>
    <dd>{value}</dd>
  </div>
)
