import { useEffect, useState } from 'react'
import { call } from '../../api'
import { useNavigation } from '../../app/navigation'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { ritualsDueToday, type DueRitual } from './due-today'
import { localToday } from './plans-dates'
import type { OneOffPlan } from '../../../../shared/contract/plans'
import '../values/worksheets.css'

/** Home: the rituals planned for today, so the couple sees them without opening the page. */
export function RitualHomeCard() {
  const { go } = useNavigation()
  const [due, setDue] = useState<DueRitual[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [todayPlans, setTodayPlans] = useState<OneOffPlan[]>([])

  useEffect(() => {
    let live = true
    void call('rituals:list', {}).then((r) => {
      if (!live) return
      if (r.ok) setDue(ritualsDueToday(r.value.rituals, r.value.log, new Date()))
      else setError(r.error.message)
    })
    // One-off plans for today ("cinema"), beside the rituals.
    void call('plans:list', {}).then((r) => {
      if (live && r.ok) setTodayPlans(r.value.filter((p) => p.date === localToday()))
    })
    return () => {
      live = false
    }
  }, [])

  const todo = due?.filter((d) => !d.done) ?? []
  return (
    <Card aria-labelledby="home-ritual">
      <h2 id="home-ritual">Today together</h2>
      {error ? <p role="alert">{error}</p> : null}
      {todayPlans.length > 0 ? (
        <ul className="worksheet-list" aria-label="Planned for today">
          {todayPlans.map((p) => (
            <li key={p.id}>
              <strong>Today</strong>: {p.what}
            </li>
          ))}
        </ul>
      ) : null}
      {due && todo.length > 0 ? (
        <ul className="worksheet-list">
          {todo.map((d) => (
            <li key={d.ritual.id}>
              <strong>{d.ritual.name}</strong> at {d.ritual.time}
            </li>
          ))}
        </ul>
      ) : null}
      {due && todo.length === 0 ? (
        <p className="muted">{due.length > 0 ? 'Every ritual for today is done. Lovely.' : todayPlans.length > 0 ? 'No ritual today besides that.' : 'No ritual planned for today.'}</p>
      ) : null}
      <Button variant="secondary" onClick={() => go('rituals')}>
        {todo.length > 0 ? 'Open time together' : 'Plan time together'}
      </Button>
    </Card>
  )
}
