import { useState, type FormEvent } from 'react'
import { call } from '../../api'
import { useSession } from '../../app/session'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { Notice } from '../../components/Notice'
import { PassphraseField } from '../../components/PassphraseField'
import { NewPassphraseFields } from './NewPassphraseFields'
import { checkNewPassphrase, hasErrors, type NewPassphraseErrors } from './passphrase-rules'
import { useAsyncAction } from './useAsyncAction'
import { useFocusFirstInvalid } from './useFocusFirstInvalid'

interface Errors extends NewPassphraseErrors {
  current?: string
}

export function ChangePassphraseCard() {
  const { setStatus, status: vault } = useSession()
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const [confirm, setConfirm] = useState('')
  const [errors, setErrors] = useState<Errors>({})
  const [done, setDone] = useState(false)
  const { busy, error, run } = useAsyncAction()
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    setDone(false)
    const found: Errors = {
      current: current.length === 0 ? 'Type your current passphrase.' : undefined,
      ...checkNewPassphrase(next, confirm, {
        differentFrom: { passphrase: current, message: 'This is your current passphrase. Choose a new one.' },
      }),
    }
    setErrors(found)
    if (hasErrors(found)) {
      focusFirstInvalid()
      return
    }
    const status = await run(() => call('vault:change-passphrase', { current, next }))
    if (status) {
      setStatus(status)
      setCurrent('')
      setNext('')
      setConfirm('')
      setDone(true)
    }
  }

  return (
    <Card aria-labelledby="change-passphrase-title">
      <h2 id="change-passphrase-title">Change your passphrase</h2>
      <p className="muted">Backups made before the change still open with your old passphrase: they were sealed with it, and Hearth leaves them as they are.</p>
      {done ? <Notice tone="info">Your passphrase is changed. Use the new one from now on.</Notice> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate>
        <PassphraseField label="Current passphrase" purpose="current" value={current} onValueChange={setCurrent} error={errors.current} />
        <NewPassphraseFields
          passphrase={next}
          confirm={confirm}
          onPassphrase={setNext}
          onConfirm={setConfirm}
          errors={errors}
          label="New passphrase"
          confirmLabel="Type the new passphrase again"
          personalWords={vault.partners.map((p) => p.name)}
        />
        <Button type="submit" busy={busy} busyLabel="Changing…">
          Change passphrase
        </Button>
      </form>
    </Card>
  )
}
