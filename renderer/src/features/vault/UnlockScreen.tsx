import { lazy, Suspense, useEffect, useRef, useState, type FormEvent } from 'react'
import type { PartnerId, PartnerInfo, VaultStatus } from '../../../../shared/domain'
import { call } from '../../api'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { Notice } from '../../components/Notice'
import { Page } from '../../components/Page'
import { PassphraseField } from '../../components/PassphraseField'
import { useAsyncAction } from './useAsyncAction'

// Recovery (and the printable kit it can show) loads when asked for: the unlock screen itself stays
// in the first chunk's smallest form (issue 15).
const RecoverWithCode = lazy(() => import('./RecoverWithCode').then((m) => ({ default: m.RecoverWithCode })))

export interface UnlockScreenProps {
  partners: PartnerInfo[]
  /** Chosen in advance, e.g. after "Switch partner" or an idle lock. */
  preselected?: PartnerId | null
  /** Why we are here, e.g. "Hearth locked itself after a quiet while." */
  notice?: string | null
  onUnlocked: (status: VaultStatus) => void
  /** After a recovery the vault may be open already: the app asks main for the status again. */
  onRecovered: () => void
  /** "Restore from a backup copy" (sets this journal aside first). */
  onRestore?: () => void
}

export function UnlockScreen({ partners, preselected, notice, onUnlocked, onRecovered, onRestore }: UnlockScreenProps) {
  const [mode, setMode] = useState<'unlock' | 'recover'>('unlock')
  const [chosen, setChosen] = useState<PartnerId | null>(preselected ?? null)

  return (
    <Page narrow>
      {mode === 'unlock' ? (
        <UnlockCard
          partners={partners}
          chosen={chosen}
          onChoose={setChosen}
          notice={notice}
          onUnlocked={onUnlocked}
          onUseCode={() => setMode('recover')}
          onRestore={onRestore}
        />
      ) : (
        <Suspense
          fallback={
            <Card>
              <p role="status">Opening the recovery steps…</p>
            </Card>
          }
        >
          <RecoverWithCode
            partners={partners}
            initialPartner={chosen}
            onCancel={() => setMode('unlock')}
            onDone={() => {
              setMode('unlock')
              onRecovered()
            }}
          />
        </Suspense>
      )}
    </Page>
  )
}

interface UnlockCardProps {
  partners: PartnerInfo[]
  chosen: PartnerId | null
  onChoose: (id: PartnerId | null) => void
  notice?: string | null
  onUnlocked: (status: VaultStatus) => void
  onUseCode: () => void
  onRestore?: () => void
}

function UnlockCard({ partners, chosen, onChoose, notice, onUnlocked, onUseCode, onRestore }: UnlockCardProps) {
  const partner = partners.find((p) => p.id === chosen) ?? null
  const headingRef = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    const heading = headingRef.current
    // Someone who reached a name with Tab before React took over the early drawing
    // (app/early-unlock.ts) stays there.
    if (!partner && heading && !heading.parentElement?.contains(document.activeElement)) heading.focus()
  }, [partner])

  return (
    <Card>
      {notice ? <Notice tone="info">{notice}</Notice> : null}
      {partner ? (
        <PassphraseForm key={partner.id} partner={partner} onUnlocked={onUnlocked} onBack={() => onChoose(null)} />
      ) : (
        <>
          <h1 ref={headingRef} tabIndex={-1}>
            Who are you?
          </h1>
          <div className="choices">
            {partners.map((p) => (
              <button key={p.id} type="button" className="choice" onClick={() => onChoose(p.id)}>
                {p.name}
              </button>
            ))}
          </div>
        </>
      )}
      <p className="no-print">
        <Button variant="quiet" onClick={onUseCode}>
          Use a recovery code
        </Button>
        {onRestore ? (
          <Button variant="quiet" onClick={onRestore}>
            Restore from a backup copy
          </Button>
        ) : null}
      </p>
    </Card>
  )
}

function PassphraseForm({ partner, onUnlocked, onBack }: { partner: PartnerInfo; onUnlocked: (s: VaultStatus) => void; onBack: () => void }) {
  const [passphrase, setPassphrase] = useState('')
  const [fieldError, setFieldError] = useState<string | null>(null)
  const { busy, error, run } = useAsyncAction()
  const formRef = useRef<HTMLFormElement>(null)
  const focusField = () => formRef.current?.querySelector<HTMLInputElement>('input')?.focus()

  useEffect(() => {
    focusField()
  }, [])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    if (passphrase.length === 0) {
      setFieldError('Type your passphrase to open Hearth.')
      focusField()
      return
    }
    setFieldError(null)
    const status = await run(() => call('vault:unlock', { partner: partner.id, passphrase }))
    if (status) {
      onUnlocked(status)
      return
    }
    // Keep the chosen partner; clear the attempt so the next one starts fresh.
    setPassphrase('')
    focusField()
  }

  return (
    <>
      <h1>Hello, {partner.name}</h1>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate>
        <PassphraseField label="Your passphrase" purpose="current" value={passphrase} onValueChange={setPassphrase} error={fieldError} />
        <div className="row">
          <Button type="submit" busy={busy} busyLabel="Opening…">
            Open my journal
          </Button>
          <Button variant="secondary" onClick={onBack}>
            Not {partner.name}?
          </Button>
        </div>
      </form>
    </>
  )
}
