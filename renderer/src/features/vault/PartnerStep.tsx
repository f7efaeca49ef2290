import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { NAME_MAX_LENGTH } from '../../../../shared/domain'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { TextField } from '../../components/TextField'
import { NewPassphraseFields } from './NewPassphraseFields'
import { checkName, checkNewPassphrase, hasErrors } from './passphrase-rules'
import { useFocusFirstInvalid } from './useFocusFirstInvalid'

export interface PartnerDraft {
  name: string
  passphrase: string
}

export interface PartnerStepProps {
  step: string
  title: string
  intro: ReactNode
  initialName?: string
  /** The first partner's choice, so the second cannot reuse the same passphrase. */
  other?: PartnerDraft
  submitLabel: string
  busy?: boolean
  /** A service error, shown above the button. */
  children?: ReactNode
  onBack?: () => void
  onSubmit: (draft: PartnerDraft) => void
}

interface StepErrors {
  name?: string
  passphrase?: string
  confirm?: string
}

export function PartnerStep({ step, title, intro, initialName = '', other, submitLabel, busy, children, onBack, onSubmit }: PartnerStepProps) {
  const [name, setName] = useState(initialName)
  const [passphrase, setPassphrase] = useState('')
  const [confirm, setConfirm] = useState('')
  const [errors, setErrors] = useState<StepErrors>({})
  const headingRef = useRef<HTMLHeadingElement>(null)
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid()

  useEffect(() => {
    headingRef.current?.focus()
  }, [])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const next: StepErrors = {
      name: checkName(name),
      ...checkNewPassphrase(passphrase, confirm, {
        differentFrom: other
          ? { passphrase: other.passphrase, message: `This is the same as ${other.name}'s passphrase. Each of you needs your own.` }
          : undefined,
      }),
    }
    if (!next.name && other && name.trim().toLowerCase() === other.name.trim().toLowerCase()) {
      next.name = `${other.name} is already taken. Try a nickname or add an initial.`
    }
    setErrors(next)
    if (hasErrors(next)) {
      focusFirstInvalid()
      return
    }
    onSubmit({ name: name.trim(), passphrase })
  }

  return (
    <Card>
      <p className="steps">{step}</p>
      <h1 ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      {intro}
      <form ref={formRef} onSubmit={submit} noValidate>
        <TextField
          label="Your name"
          hint="Any name you like. You will both see it."
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={errors.name}
          autoComplete="off"
          spellCheck={false}
          maxLength={NAME_MAX_LENGTH}
        />
        <NewPassphraseFields
          passphrase={passphrase}
          confirm={confirm}
          onPassphrase={setPassphrase}
          onConfirm={setConfirm}
          errors={errors}
          personalWords={[name, other?.name ?? '']}
        />
        {children}
        <div className="row">
          <Button type="submit" busy={busy} busyLabel="Creating your journal…">
            {submitLabel}
          </Button>
          {onBack ? (
            <Button variant="secondary" onClick={onBack}>
              Back
            </Button>
          ) : null}
        </div>
      </form>
    </Card>
  )
}
