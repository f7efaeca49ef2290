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
  const { partner, setStatus } = useSession()
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

  // The new code replaces the old one only once its owner says it is saved: until then the old
  // printed code keeps working, so closing the window here never leaves them without a code.
  const confirm = async () => {
    const status = await run(() => call('vault:confirm-recovery-code', {}))
    if (!status) return
    setStatus(status)
    setCode(null)
    setDone(true)
  }

  if (code) {
    return (
      <>
        {error ? <Notice tone="error">{error}</Notice> : null}
        <RecoveryCodeReveal
          name={partner.name}
          code={code}
          intro="Write this new code on paper and keep it somewhere safe, away from this laptop. Your old code keeps working until you confirm below that this one is saved."
          continueLabel="Use this code from now on"
          headingLevel={2}
          onContinue={() => void confirm()}
        />
      </>
    )
  }

  return (
    <Card aria-labelledby="new-code-title">
      <h2 id="new-code-title">Get a new recovery code</h2>
      <p className="muted">
        Do this if your code is lost or someone else may have seen it. The old code stops working once you have saved
        the new one.
      </p>
      {done ? <Notice tone="info">Your new recovery code is in place, and the old one no longer works.</Notice> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <PassphraseField
          label="Your passphrase"
          purpose="current"
          value={passphrase}
          onValueChange={setPassphrase}
          error={fieldError}
        />
        <Button type="submit" busy={busy} busyLabel="Making a new code…">
          Show my new code
        </Button>
      </form>
    </Card>
  )
}
