import { useState, type FormEvent } from 'react'
import type { RevisionView } from '../../../../shared/contract/boundaries'
import type { PartnerInfo } from '../../../../shared/domain'
import { formatWhen } from '../../app/format'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { Notice } from '../../components/Notice'
import { PassphraseField } from '../../components/PassphraseField'
import { signatureWords } from './signature-words'

export interface SignaturePanelProps {
  latest: RevisionView
  me: PartnerInfo
  nameOf: (id: 'A' | 'B') => string
  dirty: boolean
  busy: boolean
  onSign: (passphrase: string) => Promise<boolean>
}

/** Where this version stands, and (when it is theirs to give) the active partner's signature. */
export function SignaturePanel({ latest, me, nameOf, dirty, busy, onSign }: SignaturePanelProps) {
  const [passphrase, setPassphrase] = useState('')
  const [fieldError, setFieldError] = useState<string | null>(null)
  const mine = latest.signatures.find((s) => s.partner === me.id)
  const mismatched = latest.signatures.filter((s) => s.state === 'mismatch')

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    if (!passphrase) {
      setFieldError('Type your passphrase to sign.')
      return
    }
    setFieldError(null)
    // Cleared either way: a passphrase should not sit in a field after it has been used.
    await onSign(passphrase)
    setPassphrase('')
  }

  return (
    <Card aria-labelledby="signatures-heading" className="boundary-signatures">
      <h2 id="signatures-heading">Version {latest.number}</h2>
      <p className="muted">
        Saved {formatWhen(latest.createdAt)} by {nameOf(latest.author)}. {latest.agreed ? 'You have both signed it: this is your agreement.' : 'It is agreed once you have both signed it.'}
      </p>
      <ul className="signature-list">
        {latest.signatures.map((s) => (
          <li key={s.partner} className={`signature signature--${s.state}`}>
            <span className="signature__mark" aria-hidden="true">
              {s.state === 'valid' ? '✓' : s.state === 'mismatch' ? '!' : '○'}
            </span>
            {signatureWords(s, nameOf(s.partner), (iso) => formatWhen(iso))}
            {s.fingerprint && s.state === 'valid' ? <span className="signature__print"> · fingerprint {s.fingerprint}</span> : null}
          </li>
        ))}
      </ul>
      {mismatched.length > 0 ? (
        <Notice tone="error" title="A signature no longer matches">
          <p>
            The words of version {latest.number} changed after they were signed, so {mismatched.map((s) => nameOf(s.partner)).join(' and ')}’s signature does not
            fit them any more. Read the agreement together, save it as a new version, and sign that.
          </p>
        </Notice>
      ) : null}
      {!latest.chainOk ? (
        <Notice tone="error" title="The history does not line up">
          <p>This version does not follow on from the one before it. Save the page again to start a fresh version you can both sign.</p>
        </Notice>
      ) : null}
      {mine?.state === 'unsigned' && latest.chainOk ? (
        dirty ? (
          <p>Your draft differs from version {latest.number}. Propose it as version {latest.number + 1} and you both sign that, or sign version {latest.number} as it is once your draft matches it.</p>
        ) : (
          <form onSubmit={(e) => void submit(e)} noValidate className="sign-form">
            <p>Signing says: “I have read version {latest.number} and I agree to it.” Only your own passphrase can sign as you.</p>
            <PassphraseField label={`${me.name}, your passphrase`} purpose="current" value={passphrase} onValueChange={setPassphrase} error={fieldError} />
            <Button type="submit" busy={busy} busyLabel="Signing…">
              Sign version {latest.number} as {me.name}
            </Button>
          </form>
        )
      ) : null}
    </Card>
  )
}
