import { useEffect, useState } from 'react'
import type { CheckinSummary } from '../../../../shared/contract/rituals-guided'
import { call } from '../../api'
import { Notice } from '../../components/Notice'

/** The history page's list of weekly check-ins (shared records, both partners read them). */
export function CheckinHistory() {
  const [list, setList] = useState<CheckinSummary[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    void call('checkin:list', {}).then((r) => (r.ok ? setList(r.value) : setError(r.error.message)))
  }, [])
  return (
    <section aria-labelledby="checkins-heading">
      <h2 id="checkins-heading">Weekly check-ins</h2>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {list && list.length === 0 ? <p className="muted">Check-ins you hold together will be listed here, week by week.</p> : null}
      <ol className="timeline">
        {(list ?? []).map((c) => (
          <li key={c.week}>
            <p>
              <strong>{c.label}</strong> {c.finishedAt ? '' : '(not finished yet)'}
            </p>
            <p className="muted">
              {c.appreciations} {c.appreciations === 1 ? 'appreciation' : 'appreciations'}
              {c.topic ? ` · talked about: ${c.topic}` : ''}
              {c.agreedStep ? ` · step: ${c.agreedStep}` : ''}
            </p>
          </li>
        ))}
      </ol>
    </section>
  )
}
