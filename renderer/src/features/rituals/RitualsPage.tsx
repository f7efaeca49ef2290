import { useState } from 'react'
import { call } from '../../api'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { Notice } from '../../components/Notice'
import { useLoaded } from '../vault/useLoaded'
import { describeDays, ritualsDueToday } from './due-today'
import { IdeasCard } from './IdeasCard'
import { LogTogetherForm, type LogPrefill } from './LogTogetherForm'
import { PlansCard } from './PlansCard'
import { RitualForm } from './RitualForm'
import { RitualLogList } from './RitualLogList'
import './rituals.css'

export function RitualsPage() {
  const [prefill, setPrefill] = useState<LogPrefill | null>(null)
  const { value: view, reload: load, error, attempt } = useLoaded('rituals:list')

  const due = view ? ritualsDueToday(view.rituals, view.log, new Date()) : []
  const remove = async (id: string) => {
    // rituals:delete answers null on success, so ask whether it succeeded rather than for a value.
    if (await attempt(() => call('rituals:delete', { id }))) void load()
  }

  return (
    <div className="stack worksheet">
      <div>
        <h1>Time together</h1>
        <p className="muted">The small things you do again and again, ideas for something new, and a note of how it went.</p>
      </div>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Card aria-labelledby="rituals-today">
        <h2 id="rituals-today">Today</h2>
        {due.length === 0 ? <p className="muted">No ritual planned for today.</p> : null}
        <ul className="worksheet-list">
          {due.map(({ ritual, done }) => (
            <li key={ritual.id} className="ritual-row">
              <span>
                <strong>{ritual.name}</strong> at {ritual.time}
                {done ? <span className="worksheet-tag ritual-done">Done today</span> : null}
              </span>
              {!done ? (
                <Button variant="secondary" onClick={() => setPrefill({ what: ritual.name, ritualId: ritual.id })}>
                  Log {ritual.name}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      </Card>
      <PlansCard />
      <LogTogetherForm key={prefill ? `${prefill.ritualId}-${prefill.what}` : 'blank'} rituals={view?.rituals ?? []} prefill={prefill} onLogged={() => void load()} />
      <Card aria-labelledby="rituals-yours">
        <h2 id="rituals-yours">Your rituals</h2>
        {view && view.rituals.length === 0 ? <p className="muted">None yet. Add one below: even ten minutes a week counts.</p> : null}
        <ul className="worksheet-list">
          {(view?.rituals ?? []).map((r) => (
            <li key={r.id} className="ritual-row">
              <span>
                <strong>{r.name}</strong>: {describeDays(r.days)} at {r.time}
              </span>
              <Button variant="quiet" onClick={() => void remove(r.id)} aria-label={`Remove ${r.name}`}>
                Remove
              </Button>
            </li>
          ))}
        </ul>
        <RitualForm onSaved={() => void load()} />
      </Card>
      <IdeasCard custom={view?.ideas ?? []} onLog={(what) => setPrefill({ what, ritualId: null })} onAdded={() => void load()} />
      <RitualLogList log={view?.log ?? null} />
    </div>
  )
}
