import { useState } from 'react'
import { Button } from '../../components/Button'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { Notice } from '../../components/Notice'

/** "Delete this entry", asked once in a dialog; `onDelete` resolves to an error message or null. */
export function DeleteEntry({ onDelete }: { onDelete: () => Promise<string | null> }) {
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const confirm = async () => {
    setBusy(true)
    const message = await onDelete()
    setBusy(false)
    setError(message)
    if (!message) setConfirming(false)
  }

  return (
    <>
      <Button variant="quiet" onClick={() => setConfirming(true)}>
        Delete this entry
      </Button>
      <ConfirmDialog open={confirming} title="Delete this entry?" confirmLabel="Delete for good" busy={busy} onConfirm={() => void confirm()} onCancel={() => setConfirming(false)}>
        <p>It will be gone from your private journal, with no way to bring it back.</p>
        {error ? <Notice tone="error">{error}</Notice> : null}
      </ConfirmDialog>
    </>
  )
}
