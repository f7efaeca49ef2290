import { useState, type FormEvent } from 'react'
import { call } from '../../api'
import { useSession } from '../../app/session'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { Notice } from '../../components/Notice'
import { PassphraseField } from '../../components/PassphraseField'
import { RecoveryCodeReveal } from './RecoveryCodeReveal'
import { useAsyncAction } from './useAsyncAction'

export function NewRecoveryCodeCard() {
  const { partner } = useSession()
  const [passphrase, setPassphrase] = useState('')
  const [fieldError, setFieldError] = useState<string | null>(null)
  const [code, setCode] = useState<string | null>(null)
  const [done, setDone] = useState(false)
  const { busy, error, run } = useAsyncAction()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    setDone(false)
    if (passphrase.length === 0) {
      setFieldError('Type your passphrase to get a new code.')
      return
    }
    setFieldError(null)
    const value = await run(() => call('vault:new-recovery-code', { passphrase }))
    setPassphrase('')
    if (value) setCode(value.recoveryCode)
  }

  if (code) {
    return (
      <RecoveryCodeReveal
        name={partner.name}
        code={code}
        intro="Your old code has stopped working. Write this new one on paper and keep it somewhere safe, away from this laptop."
        continueLabel="Done"
        headingLevel={2}
        onContinue={() => {
          setCode(null)
          setDone(true)
        }}
      />
    )
  }

  return (
    <Card aria-labelledby="new-code-title">
      <h2 id="new-code-title">Get a new recovery code</h2>
      <p className="muted">Do this if your code is lost or someone else may have seen it. The old code stops working straight away.</p>
      {done ? <Notice tone="info">Your new recovery code is in place.</Notice> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <PassphraseField label="Your passphrase" purpose="current" value={passphrase} onValueChange={setPassphrase} error={fieldError} />
        <Button type="submit" busy={busy} busyLabel="Making a new code…">
          Show my new code
        </Button>
      </form>
    </Card>
  )
}
