import { useState } from 'react'
import type { IntegrityNotice } from '../../../../shared/domain'
import { call } from '../../api'
import { useSession } from '../../app/session'
import { Button } from '../../components/Button'
import { Notice } from '../../components/Notice'
import { formatWhen } from '../../app/format'
import { useAsyncAction } from './useAsyncAction'

/**
 * What the vault wants the couple to know, above every page: a save that landed with a step
 * left to retry (never "not saved"), and what it found at unlock (an older file put back, or
 * one's own private entries missing), with the newer copy to open instead.
 */
export function VaultNotices() {
  const { status } = useSession()
  const [dismissed, setDismissed] = useState<string | null>(null)
  return (
    <div className="vault-notices no-print">
      {status.warning && status.warning !== dismissed ? (
        <Notice tone="warning" title="Saved, with one thing left to finish">
          <p>{status.warning}</p>
          <Button variant="quiet" onClick={() => setDismissed(status.warning)}>
            I understand
          </Button>
        </Notice>
      ) : null}
      {status.notices.map((notice) => (
        <IntegrityCard key={`${notice.store}-${notice.kind}`} notice={notice} />
      ))}
    </div>
  )
}

function IntegrityCard({ notice }: { notice: IntegrityNotice }) {
  const { setStatus } = useSession()
  const { busy, error, run } = useAsyncAction()
  const title = notice.kind === 'rollback' ? (notice.store === 'journal' ? 'This journal file is older than a copy beside it' : 'The agreement file is older than a copy beside it') : 'Some of your private entries are not in this file'

  const openNewer = async () => {
    if (!notice.newer) return
    const next = await run(() => call('vault:restore-backup', { generation: notice.newer!.generation, store: notice.store }))
    // The session ends with a restore; the lock screen takes over through the status.
    if (next) setStatus(next)
  }
  const keep = async () => {
    const next = await run(() => call('vault:keep-current', { store: notice.store }))
    if (next) setStatus(next)
  }

  return (
    <Notice tone="warning" title={title}>
      <p>{notice.message}</p>
      {error ? <p className="field__error">{error}</p> : null}
      <div className="row">
        {notice.newer ? (
          <Button onClick={() => void openNewer()} busy={busy} busyLabel="Opening…">
            Open the copy saved {formatWhen(notice.newer.savedAt)}
          </Button>
        ) : null}
        {notice.kind === 'rollback' ? (
          <Button variant="quiet" onClick={() => void keep()} disabled={busy}>
            Keep this file and let the newer copy go
          </Button>
        ) : null}
      </div>
    </Notice>
  )
}
