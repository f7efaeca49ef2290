import { useState, type FormEvent } from 'react'
import { NAME_MAX_LENGTH } from '../../../../shared/domain'
import { call } from '../../api'
import { useSession } from '../../app/session'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { Notice } from '../../components/Notice'
import { TextField } from '../../components/TextField'
import { useAsyncAction } from './useAsyncAction'

/** The active partner changes the name Hearth calls them by (their own name only). */
export function RenameCard() {
  const { partner, setStatus } = useSession()
  const [name, setName] = useState(partner.name)
  const [fieldError, setFieldError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const { busy, error, run } = useAsyncAction()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setDone(null)
    if (!name.trim()) return setFieldError('Type the name you would like Hearth to use.')
    setFieldError(null)
    const status = await run(() => call('vault:rename-partner', { name: name.trim() }))
    if (status) {
      setStatus(status)
      setDone(`Hearth now calls you ${name.trim()}.`)
    }
  }

  return (
    <Card aria-labelledby="rename-title">
      <h2 id="rename-title">What Hearth calls you</h2>
      <p className="muted">How Hearth greets you and shows your words to your partner. It is kept with the journal and checked like everything else in it.</p>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {done ? <Notice tone="info">{done}</Notice> : null}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextField label="Your name" value={name} maxLength={NAME_MAX_LENGTH} error={fieldError} onChange={(e) => setName(e.target.value)} />
        <Button type="submit" busy={busy} busyLabel="Saving…">
          Save my name
        </Button>
      </form>
    </Card>
  )
}
