import { useCallback, useEffect, useState } from 'react'
import type { ReflectionSummary, ReflectionWeek } from '../../../../shared/contract/journal'
import type { PartnerId } from '../../../../shared/domain'
import { call } from '../../api'
import { useSession } from '../../app/session'
import { Button } from '../../components/Button'
import { Notice } from '../../components/Notice'
import { ROUTE, useTarget } from './open-later'
import { WeekView } from './WeekView'
import './reflection.css'

/** Plain words for where each of you is with a week. */
export function progressWords(summary: Pick<ReflectionSummary, 'states'>, names: Record<PartnerId, string>): string {
  const { A, B } = summary.states
  if (A === 'submitted' && B === 'submitted') return 'You both finished'
  const part = (id: PartnerId) => ({ empty: `${names[id]} has not started`, writing: `${names[id]} is writing`, submitted: `${names[id]} finished` })[summary.states[id]]
  if (A === 'empty' && B === 'empty') return 'Not started'
  return `${part('A')} · ${part('B')}`
}

export function ReflectionPage() {
  const { status } = useSession()
  const [week, setWeek] = useState<string | undefined>(useTarget(ROUTE.reflection))
  const [view, setView] = useState<ReflectionWeek | null>(null)
  const [weeks, setWeeks] = useState<ReflectionSummary[]>([])
  const [error, setError] = useState<string | null>(null)
  const names = Object.fromEntries(status.partners.map((p) => [p.id, p.name])) as Record<PartnerId, string>

  const load = useCallback(async (target: string | undefined) => {
    setError(null)
    const [one, all] = await Promise.all([call('reflection:get', target ? { week: target } : {}), call('reflection:list', {})])
    if (!one.ok) return setError(one.error.message)
    setView(one.value)
    if (all.ok) setWeeks(all.value)
  }, [])

  useEffect(() => {
    void load(week)
  }, [load, week])

  const current = weeks.find((w) => w.isCurrent)
  return (
    <div className="stack reflection">
      <header>
        <h1>{view && !view.isCurrent ? 'Reflection' : 'This week’s reflection'}</h1>
        {view ? <p className="reflection__week">{view.label}</p> : null}
        <p className="muted">Six small questions, answered side by side. Write in your own column; every word saves as you go.</p>
      </header>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {!view && !error ? <p role="status">Opening the week…</p> : null}
      {/* A new key per week: each week starts from its own saved answers. */}
      {view ? <WeekView key={view.week} initial={view} /> : null}

      <section aria-labelledby="past-weeks" className="past-weeks">
        <h2 id="past-weeks">Earlier weeks</h2>
        {weeks.filter((w) => !w.isCurrent).length === 0 ? <p className="muted">Weeks you reflect on will gather here.</p> : null}
        <ul className="past-weeks__list">
          {current && view?.week !== current.week ? (
            <li>
              <Button variant="quiet" onClick={() => setWeek(current.week)}>
                Back to this week
              </Button>
            </li>
          ) : null}
          {weeks
            .filter((w) => !w.isCurrent)
            .map((w) => (
              <li key={w.week}>
                <Button variant="quiet" aria-current={view?.week === w.week ? 'true' : undefined} onClick={() => setWeek(w.week)}>
                  {w.label}
                </Button>
                <p className="muted">
                  {progressWords(w, names)}
                  {w.sealed ? ' · sealed' : ''}
                </p>
              </li>
            ))}
        </ul>
      </section>
    </div>
  )
}
