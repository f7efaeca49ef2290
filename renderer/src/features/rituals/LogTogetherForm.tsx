import { useState, type FormEvent } from 'react'
import type { RitualPlan } from '../../../../shared/contract/worksheets'
import { RITUAL_FEELINGS, type RitualFeeling } from '../../../../shared/limits'
import { call } from '../../api'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { Notice } from '../../components/Notice'
import { DateField } from '../../components/DateField'
import { TextField } from '../../components/TextField'
import { useAsyncAction } from '../vault/useAsyncAction'
import { NoteField, RadioGroup } from '../values/worksheet-ui'
import { localDateString } from './due-today'

export interface LogPrefill {
  what: string
  ritualId: string | null
}

export const FEELING_LABELS: Record<RitualFeeling, string> = { lovely: 'Lovely', good: 'Good', okay: 'Okay', hard: 'Hard' }
const FEELINGS = RITUAL_FEELINGS.map((f) => ({ value: f, label: FEELING_LABELS[f] }))

export function LogTogetherForm({ rituals, prefill, onLogged }: { rituals: RitualPlan[]; prefill: LogPrefill | null; onLogged: () => void }) {
  const [what, setWhat] = useState(prefill?.what ?? '')
  const [ritualId, setRitualId] = useState(prefill?.ritualId ?? '')
  const [date, setDate] = useState(localDateString(new Date()))
  const [feeling, setFeeling] = useState<RitualFeeling | null>(null)
  const [note, setNote] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [saved, setSaved] = useState(false)
  const { busy, error, run } = useAsyncAction()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSaved(false)
    if (!what.trim()) return setProblem('Write a few words about what you did.')
    if (!feeling) return setProblem('Choose how it felt.')
    setProblem(null)
    const entry = await run(() => call('rituals:log', { date, what: what.trim(), ritualId: ritualId || null, feeling, note }))
    if (!entry) return
    setWhat('')
    setRitualId('')
    setFeeling(null)
    setNote('')
    setSaved(true)
    onLogged()
  }

  return (
    <Card aria-labelledby="rituals-log-form">
      <h2 id="rituals-log-form">Log time together</h2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextField label="What you did" value={what} maxLength={200} onChange={(e) => setWhat(e.target.value)} />
        <div className="field">
          <label className="field__label" htmlFor="log-ritual">
            Part of a ritual? (optional)
          </label>
          <select id="log-ritual" className="input" value={ritualId} onChange={(e) => setRitualId(e.target.value)}>
            <option value="">No, something else</option>
            {rituals.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        <DateField label="Date" value={date} onChange={(e) => setDate(e.target.value)} className="ritual-time" />
        <RadioGroup legend="How did it feel?" name="log-feeling" options={FEELINGS} value={feeling} onChange={setFeeling} />
        <NoteField label="A note (optional)" value={note} onValueChange={setNote} rows={2} />
        {problem ? <Notice tone="error">{problem}</Notice> : null}
        {error ? <Notice tone="error">{error}</Notice> : null}
        {saved ? <Notice>Saved to your shared log.</Notice> : null}
        <Button type="submit" busy={busy} busyLabel="Saving…">
          Save to our log
        </Button>
      </form>
    </Card>
  )
}
