import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { PartnerId, PartnerInfo } from '../../../../shared/domain'
import { call } from '../../api'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { Notice } from '../../components/Notice'
import { TextField } from '../../components/TextField'
import { NewPassphraseFields } from './NewPassphraseFields'
import { checkNewPassphrase, hasErrors, type NewPassphraseErrors } from './passphrase-rules'
import { RecoveryCodeReveal } from './RecoveryCodeReveal'
import { useAsyncAction } from './useAsyncAction'
import { useFocusFirstInvalid } from './useFocusFirstInvalid'

export interface RecoverWithCodeProps {
  partners: PartnerInfo[]
  initialPartner: PartnerId | null
  onCancel: () => void
  onDone: () => void
}

interface Errors extends NewPassphraseErrors {
  partner?: string
  code?: string
}

export function RecoverWithCode({ partners, initialPartner, onCancel, onDone }: RecoverWithCodeProps) {
  const [partner, setPartner] = useState<PartnerId | null>(initialPartner)
  const [code, setCode] = useState('')
  const [next, setNext] = useState('')
  const [confirm, setConfirm] = useState('')
  const [errors, setErrors] = useState<Errors>({})
  const [newCode, setNewCode] = useState<string | null>(null)
  const { busy, error, run } = useAsyncAction()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid()

  useEffect(() => {
    headingRef.current?.focus()
  }, [])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    const found: Errors = {
      partner: partner ? undefined : 'Choose whose code this is.',
      code: code.replace(/[\s-]/g, '').length < 16 ? 'Type the whole recovery code, as you wrote it down.' : undefined,
      ...checkNewPassphrase(next, confirm),
    }
    setErrors(found)
    if (hasErrors(found) || !partner) {
      focusFirstInvalid()
      return
    }
    const value = await run(() => call('vault:recover', { partner, code: code.trim(), next }))
    if (value) {
      setNext('')
      setConfirm('')
      setCode('')
      setNewCode(value.recoveryCode)
    }
  }

  const confirmNewCode = async () => {
    if (await run(() => call('vault:confirm-recovery-code', {}))) onDone()
  }

  const name = partners.find((p) => p.id === partner)?.name ?? ''
  if (newCode) {
    return (
      <>
        {error ? <Notice tone="error">{error}</Notice> : null}
        <RecoveryCodeReveal
          name={name}
          code={newCode}
          intro="Your new passphrase is set. Here is your new recovery code: write it on paper and keep it somewhere safe, away from this laptop. The code you just used keeps working until you confirm this one is saved."
          continueLabel="I have saved it, open my journal"
          onContinue={() => void confirmNewCode()}
        />
      </>
    )
  }

  return (
    <Card>
      <h1 ref={headingRef} tabIndex={-1}>
        Use a recovery code
      </h1>
      <p>
        If a passphrase is forgotten, the recovery code from setup lets you choose a new one. It opens your own private
        journal and nothing else.
      </p>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate>
        <fieldset aria-describedby={errors.partner ? 'recover-partner-error' : undefined}>
          <legend>Whose code is this?</legend>
          <div className="radio-row">
            {partners.map((p) => (
              <label key={p.id}>
                <input
                  type="radio"
                  name="recover-partner"
                  value={p.id}
                  checked={partner === p.id}
                  onChange={() => setPartner(p.id)}
                  aria-invalid={errors.partner ? true : undefined}
                />
                {p.name}
              </label>
            ))}
          </div>
          {errors.partner ? (
            <p className="field__error" id="recover-partner-error">
              {errors.partner}
            </p>
          ) : null}
        </fieldset>
        <TextField
          label="Recovery code"
          hint="Spaces and dashes don't matter."
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={errors.code}
          mono
          autoComplete="off"
          spellCheck={false}
          autoCorrect="off"
          autoCapitalize="characters"
        />
        <NewPassphraseFields
          passphrase={next}
          confirm={confirm}
          onPassphrase={setNext}
          onConfirm={setConfirm}
          errors={errors}
          label="New passphrase"
          confirmLabel="Type the new passphrase again"
          personalWords={partners.map((p) => p.name)}
        />
        <div className="row">
          <Button type="submit" busy={busy} busyLabel="Checking the code…">
            Set new passphrase
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            Back
          </Button>
        </div>
      </form>
    </Card>
  )
}
