import { useState, type FormEvent } from 'react'
import type { ValuesRoundView } from '../../../../shared/contract/worksheets'
import { call } from '../../api'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { Notice } from '../../components/Notice'
import { TextField } from '../../components/TextField'
import { useAsyncAction } from '../vault/useAsyncAction'

export function AddValueForm({ onAdded }: { onAdded: (view: ValuesRoundView) => void }) {
  const [name, setName] = useState('')
  const [description, setDescription] = useState('')
  const [added, setAdded] = useState<string | null>(null)
  const { busy, error, run } = useAsyncAction()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setAdded(null)
    const next = await run(() => call('values:add-value', { name: name.trim(), description: description.trim() }))
    if (!next) return
    onAdded(next)
    setAdded(name.trim())
    setName('')
    setDescription('')
  }

  return (
    <Card aria-labelledby="values-add">
      <h2 id="values-add">Add a value of your own</h2>
      <p className="muted">Something that matters to you both and is not on the list. You will each rate it too.</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextField label="Value" value={name} maxLength={40} onChange={(e) => setName(e.target.value)} required />
        <TextField label="What it means to you (optional)" value={description} maxLength={200} onChange={(e) => setDescription(e.target.value)} />
        {error ? <Notice tone="error">{error}</Notice> : null}
        {added ? <Notice>{`“${added}” is on your list now.`}</Notice> : null}
        <Button type="submit" variant="secondary" busy={busy} busyLabel="Adding…">
          Add value
        </Button>
      </form>
    </Card>
  )
}
