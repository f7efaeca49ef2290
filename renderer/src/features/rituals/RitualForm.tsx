import { useState, type FormEvent } from 'react'
import { RITUALS } from '../../../../shared/content/rituals'
import { call } from '../../api'
import { Button } from '../../components/Button'
import { Notice } from '../../components/Notice'
import { TextField } from '../../components/TextField'
import { useAsyncAction } from '../vault/useAsyncAction'
import { WEEKDAYS } from './due-today'

export function RitualForm({ onSaved }: { onSaved: () => void }) {
  const [name, setName] = useState('')
  const [days, setDays] = useState<number[]>([])
  const [time, setTime] = useState('19:00')
  const [problem, setProblem] = useState<string | null>(null)
  const { busy, error, run } = useAsyncAction()

  const toggle = (d: number) => setDays((list) => (list.includes(d) ? list.filter((x) => x !== d) : [...list, d]))
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!name.trim()) return setProblem('Give the ritual a name.')
    if (days.length === 0) return setProblem('Choose at least one day.')
    setProblem(null)
    const saved = await run(() => call('rituals:save', { name: name.trim(), days, time }))
    if (!saved) return
    setName('')
    setDays([])
    onSaved()
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="ritual-add">
      <h3 id="ritual-add">Add a ritual</h3>
      <TextField label="Name" value={name} maxLength={80} list="ritual-suggestions" onChange={(e) => setName(e.target.value)} hint="Type your own, or pick one of the suggestions." />
      <datalist id="ritual-suggestions">
        {RITUALS.map((r) => (
          <option key={r.id} value={r.name} />
        ))}
      </datalist>
      <fieldset>
        <legend>Days</legend>
        <div className="radio-row">
          {WEEKDAYS.map((label, d) => (
            <label key={label}>
              <input type="checkbox" checked={days.includes(d)} onChange={() => toggle(d)} />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <TextField label="Time" type="time" value={time} onChange={(e) => setTime(e.target.value)} className="ritual-time" />
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Button type="submit" variant="secondary" busy={busy} busyLabel="Saving…">
        Add ritual
      </Button>
    </form>
  )
}
