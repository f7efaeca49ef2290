import { useEffect, useState } from 'react'
import type { HistoryOverview, SearchHit } from '../../../../shared/contract/journal'
import type { PartnerId } from '../../../../shared/domain'
import { call } from '../../api'
import { useNavigation } from '../../app/navigation'
import { useSession } from '../../app/session'
import { Button } from '../../components/Button'
import { Notice } from '../../components/Notice'
import { openAt, ROUTE } from '../reflection/open-later'
import { LastYear } from './LastYear'
import { RatingsChart } from './RatingsChart'
import { SearchPanel } from './SearchPanel'
import { CheckinHistory } from '../guided/CheckinHistory'
import { PastPlans } from './PastPlans'
import './history.css'

/** The chart shows half a year; the full run stays in the timeline below it. */
export const CHART_WEEKS = 26

export function HistoryPage() {
  const { go } = useNavigation()
  const { status, partner } = useSession()
  const names = Object.fromEntries(status.partners.map((p) => [p.id, p.name])) as Record<PartnerId, string>
  const [data, setData] = useState<HistoryOverview | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    void call('history:overview', {}).then((r) => (r.ok ? setData(r.value) : setError(r.error.message)))
  }, [])

  const openWeek = (week: string) => openAt(go, ROUTE.reflection, week)
  const openEntry = (id: string) => openAt(go, ROUTE.private, id)
  const openHit = (hit: SearchHit) => {
    if (hit.kind === 'reflection') openWeek(hit.id)
    else if (hit.kind === 'private') openEntry(hit.id)
    else go(ROUTE.notes)
  }

  const timeline = (data?.weeks ?? []).filter((w) => w.reflected || w.appreciations > 0).reverse()
  return (
    <div className="stack history">
      <header>
        <h1>History & search</h1>
        <p className="muted">Your weeks together over time: how close you each felt, and the thank-yous in between.</p>
      </header>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <SearchPanel onOpen={openHit} />
      <section aria-labelledby="chart-heading">
        <h2 id="chart-heading">Over the weeks</h2>
        {!data && !error ? <p role="status">Gathering your weeks…</p> : null}
        {data ? <RatingsChart weeks={data.weeks.slice(-CHART_WEEKS)} names={names} /> : null}
      </section>
      {data ? <LastYear data={data.thisWeekLastYear} names={names} me={partner.id} onOpenWeek={openWeek} onOpenEntry={openEntry} /> : null}
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Week by week</h2>
        {data && timeline.length === 0 ? <p className="muted">Once you reflect or leave a note, your weeks will line up here.</p> : null}
        <ol className="timeline">
          {timeline.map((w) => (
            <li key={w.week}>
              <Button variant="quiet" onClick={() => openWeek(w.week)}>
                {w.label}
              </Button>
              <p className="muted">
                {names.A}: {w.ratings.A ?? '–'} · {names.B}: {w.ratings.B ?? '–'} · {w.appreciations} {w.appreciations === 1 ? 'note' : 'notes'}
              </p>
            </li>
          ))}
        </ol>
      </section>
      <CheckinHistory />
      <PastPlans />
    </div>
  )
}
