import { useEffect, useState } from 'react'
import type { SetAsideJournal } from '../../../../shared/contract/carry'
import type { VaultStatus } from '../../../../shared/domain'
import { call } from '../../api'
import { formatWhen } from '../../app/format'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { Notice } from '../../components/Notice'
import { useAsyncAction } from '../vault/useAsyncAction'

/** Journals set aside by a restore, each of which can be put back (the present one is set aside in turn). */
export function SetAsideList({ onBroughtBack }: { onBroughtBack: (status: VaultStatus, notice: string) => void }) {
  const [list, setList] = useState<SetAsideJournal[] | null>(null)
  const [chosen, setChosen] = useState<SetAsideJournal | null>(null)
  const { busy, error, run } = useAsyncAction()

  useEffect(() => {
    void run(() => call('carry:set-asides', {})).then((value) => value && setList(value))
  }, [run])

  if (!list || list.length === 0) return null

  const bringBack = async () => {
    if (!chosen) return
    const value = await run(() => call('carry:bring-back', { name: chosen.name }))
    setChosen(null)
    if (value) {
      onBroughtBack(
        value.status,
        value.setAside
          ? `The journal you chose is back. The one that was here is kept as “${value.setAside}”.`
          : 'The journal you chose is back.',
      )
    }
  }

  return (
    <Card aria-labelledby="set-aside-title" className="carry-card">
      <h2 id="set-aside-title">Journals set aside</h2>
      <p className="muted">
        When a backup copy was restored, the journal that was here before was kept. You can bring one back.
      </p>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <ul className="carry-list">
        {list.map((s) => (
          <li key={s.name}>
            <p>
              <strong>{s.partners.join(' and ') || 'A journal'}</strong>, set aside {formatWhen(s.setAsideAt)}
              {s.lastSavedAt ? `, last saved ${formatWhen(s.lastSavedAt)}` : ''}.
            </p>
            <p className="muted">Folder: {s.name}</p>
            <Button variant="secondary" onClick={() => setChosen(s)}>
              Bring this journal back…
            </Button>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={chosen !== null}
        title="Bring this journal back?"
        confirmLabel="Bring it back"
        busy={busy}
        onConfirm={() => void bringBack()}
        onCancel={() => setChosen(null)}
      >
        <p>
          The journal on this laptop now is not deleted: Hearth sets it aside in its turn, and you can bring it back the
          same way.
        </p>
      </ConfirmDialog>
    </Card>
  )
}
