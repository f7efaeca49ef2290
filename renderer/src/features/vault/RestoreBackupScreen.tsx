import { useEffect, useRef } from 'react'
import type { VaultStatus } from '../../../../shared/domain'
import { call } from '../../api'
import { formatWhen } from '../../app/format'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { Notice } from '../../components/Notice'
import { Page } from '../../components/Page'
import { useAsyncAction } from './useAsyncAction'

export interface RestoreBackupScreenProps {
  status: VaultStatus
  onRestored: (status: VaultStatus) => void
}

/** Shown when the journal file could not be read. Hearth never deletes the unreadable file. */
export function RestoreBackupScreen({ status, onRestored }: RestoreBackupScreenProps) {
  const { busy, error, run } = useAsyncAction()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const offer = status.recovery
  const newest = offer?.newestGood ?? null

  useEffect(() => {
    headingRef.current?.focus()
  }, [])

  const restore = async () => {
    if (!newest) return
    const next = await run(() => call('vault:restore-backup', { generation: newest.generation }))
    if (next) onRestored(next)
  }

  return (
    <Page narrow>
      <Card>
        <h1 ref={headingRef} tabIndex={-1}>
          Hearth couldn't open your journal
        </h1>
        <p>{offer?.reason ?? 'The journal file on this laptop could not be read.'}</p>
        {offer?.quarantinedAs ? (
          <>
            <p>The file that couldn't be read has been moved aside, here:</p>
            <p className="file-path">{offer.quarantinedAs}</p>
          </>
        ) : null}
        <p>It is kept, not deleted. Nothing you do on this screen removes it.</p>
        {error ? <Notice tone="error">{error}</Notice> : null}
        {newest ? (
          <>
            <h2>Your newest good copy</h2>
            <p>
              Hearth keeps earlier copies of your journal. The newest one that opens cleanly is from <strong>{formatWhen(newest.savedAt)}</strong>.
              Anything written after that time is not in this copy.
            </p>
            <Button onClick={() => void restore()} busy={busy} busyLabel="Restoring…">
              Restore this copy
            </Button>
          </>
        ) : (
          <Notice tone="warning" title="No earlier copy opens cleanly">
            <p>
              Hearth could not find a saved copy to bring back. Please close Hearth and make a copy of its data folder somewhere safe before trying anything
              else, so nothing more can go wrong.
            </p>
          </Notice>
        )}
      </Card>
    </Page>
  )
}
