import { useState, type FormEvent } from 'react'
import type { OneOffPlan } from '../../../../shared/contract/plans'
import { PLAN_TEXT_MAX } from '../../../../shared/contract/plans'
import { call } from '../../api'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { Notice } from '../../components/Notice'
import { DateField } from '../../components/DateField'
import { TextField } from '../../components/TextField'
import { useLoaded } from '../vault/useLoaded'
import { localToday, planDay } from './plans-dates'

/** One-off plans on a day ("Friday 12th: cinema"): coming up, and the ones that have been. */
export function PlansCard() {
  const { value: plans, reload, error, setError, run } = useLoaded('plans:list')
  const [date, setDate] = useState('')
  const [what, setWhat] = useState('')
  const [fieldError, setFieldError] = useState<string | null>(null)
  const today = localToday()
  const coming = (plans ?? []).filter((p) => p.date >= today)
  const past = (plans ?? []).filter((p) => p.date < today).reverse()

  const add = async (event: FormEvent) => {
    event.preventDefault()
    if (!date || !what.trim()) return setFieldError(!date ? 'Choose a day for the plan.' : 'Say what you plan to do.')
    setFieldError(null)
    if ((await run(() => call('plans:save', { date, what }))) !== null) {
      setDate('')
      setWhat('')
      void reload()
    }
  }
  const remove = async (plan: OneOffPlan) => {
    // Removing answers null, so its result is read directly rather than through run().
    const result = await call('plans:remove', { id: plan.id })
    if (result.ok) void reload()
    else setError(result.error.message)
  }

  return (
    <Card aria-labelledby="plans-heading">
      <h2 id="plans-heading">Plans on a day</h2>
      <p className="muted">Something just once: a film on Friday, a visit, a day out. It shows on Home on the day.</p>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {coming.length === 0 ? <p className="muted">Nothing planned yet.</p> : null}
      <ul className="worksheet-list">
        {coming.map((p) => (
          <li key={p.id} className="ritual-row">
            <span>
              <strong>{p.date === today ? 'Today' : planDay(p.date)}</strong>: {p.what}
            </span>
            <Button variant="quiet" onClick={() => void remove(p)} aria-label={`Remove ${p.what}`}>
              Remove
            </Button>
          </li>
        ))}
      </ul>
      <form onSubmit={(e) => void add(e)} noValidate className="stack">
        <DateField label="Day" value={date} min={today} onChange={(e) => setDate(e.target.value)} error={!date ? fieldError : null} />
        <TextField label="What you plan" value={what} maxLength={PLAN_TEXT_MAX} onChange={(e) => setWhat(e.target.value)} error={date ? fieldError : null} />
        <div className="row">
          <Button type="submit">Add the plan</Button>
        </div>
      </form>
      {past.length > 0 ? (
        <>
          <h3>Plans that have been</h3>
          <ul className="worksheet-list">
            {past.map((p) => (
              <li key={p.id}>
                <strong>{planDay(p.date)}</strong>: {p.what}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Card>
  )
}
