import { useState } from 'react'
import { call } from '../../api'
import { useSession } from '../../app/session'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { Notice } from '../../components/Notice'
import { PassphraseField } from '../../components/PassphraseField'
import { useAsyncAction } from './useAsyncAction'

export function RotateKeyCard() {
  const { setStatus } = useSession()
  const [open, setOpen] = useState(false)
  const [passphrase, setPassphrase] = useState('')
  const [fieldError, setFieldError] = useState<string | null>(null)
  const [done, setDone] = useState(false)
  const { busy, error, setError, run } = useAsyncAction()

  const close = () => {
    setOpen(false)
    setPassphrase('')
    setFieldError(null)
    setError(null)
  }

  const confirm = async () => {
    if (busy) return
    if (passphrase.length === 0) {
      setFieldError('Type your passphrase to go ahead.')
      return
    }
    setFieldError(null)
    const status = await run(() => call('vault:rotate-private-key', { passphrase }))
    setPassphrase('')
    if (status) {
      setStatus(status)
      setOpen(false)
      setDone(true)
    }
  }

  return (
    <Card aria-labelledby="rotate-title">
      <h2 id="rotate-title">Make a fresh private key</h2>
      <p className="muted">
        Your private entries are sealed with a key of your own. A fresh key re-seals every one of them, so an older key stops being useful. It is worth doing
        after you change a passphrase that someone else may have known. Shared entries and your partner's entries are not touched.
      </p>
      {done ? <Notice tone="info">Done. Your private entries are sealed with your new key.</Notice> : null}
      <Button
        variant="secondary"
        onClick={() => {
          setDone(false)
          setOpen(true)
        }}
      >
        Make a fresh key…
      </Button>
      <ConfirmDialog
        open={open}
        title="Make a fresh private key?"
        confirmLabel="Make a fresh key"
        busy={busy}
        onConfirm={() => void confirm()}
        onCancel={close}
      >
        <p>This can take a moment if you have written a lot. Please keep Hearth open until it's done.</p>
        {error ? <Notice tone="error">{error}</Notice> : null}
        <PassphraseField label="Your passphrase" purpose="current" value={passphrase} onValueChange={setPassphrase} error={fieldError} autoFocus />
      </ConfirmDialog>
    </Card>
  )
}
