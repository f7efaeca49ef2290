import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { Notice } from '../../components/Notice'
import { PrintRecoveryKitButton } from '../print/PrintRecoveryKitButton'

export interface RecoveryCodeRevealProps {
  name: string
  code: string
  /** e.g. "Recovery code 1 of 2". */
  step?: string
  /** When true, the code stays hidden until its owner says they are at the laptop. */
  gated?: boolean
  intro?: string
  continueLabel?: string
  /** 1 when the reveal is the whole screen, 2 inside a page that has its own title. */
  headingLevel?: 1 | 2
  onContinue: () => void
}

/** "ABCD-EFGH ..." or "abcdefgh..." -> ["ABCD", "EFGH", ...], so it can be copied by hand. */
export function groupCode(code: string): string[] {
  const plain = code.replace(/[\s-]/g, '').toUpperCase()
  return plain.match(/.{1,4}/g) ?? []
}

export function RecoveryCodeReveal({ name, code, step, gated = false, intro, continueLabel = 'Continue', headingLevel = 1, onContinue }: RecoveryCodeRevealProps) {
  const [shown, setShown] = useState(!gated)
  const [written, setWritten] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const checkId = useId()
  const errorId = `${checkId}-error`
  const Heading = headingLevel === 1 ? 'h1' : 'h2'

  useEffect(() => {
    headingRef.current?.focus()
  }, [shown, name])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!written) {
      setError('Tick the box once the code is written down.')
      return
    }
    onContinue()
  }

  if (!shown) {
    return (
      <Card>
        {step ? <p className="steps">{step}</p> : null}
        <Heading ref={headingRef} tabIndex={-1}>
          {name}, your recovery code is next
        </Heading>
        <p>This code is for {name} alone. If someone else is at the laptop, please hand it over now.</p>
        <p>Have a pen and paper ready.</p>
        <Button onClick={() => setShown(true)}>I'm {name}, show my code</Button>
      </Card>
    )
  }

  const groups = groupCode(code)
  return (
    <Card>
      {step ? <p className="steps">{step}</p> : null}
      <Heading ref={headingRef} tabIndex={-1}>
        {name}, this is your recovery code
      </Heading>
      <p>
        {intro ??
          'If you ever forget your passphrase, this code is the only other way into your private journal. Write it on paper and keep it somewhere safe, away from this laptop.'}
      </p>
      <p className="recovery-code" data-testid="recovery-code">
        {groups.join(' ')}
      </p>
      <PrintRecoveryKitButton name={name} code={code} />
      <Notice tone="warning" title="Hearth will not show this code again">
        <p>If you lose both your passphrase and this code, your private entries are gone for good. No one can open them: not your partner, and not Hearth.</p>
      </Notice>
      <form onSubmit={submit} noValidate>
        <div className="checkbox">
          <input
            id={checkId}
            type="checkbox"
            checked={written}
            onChange={(event) => {
              setWritten(event.target.checked)
              setError(null)
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
          />
          <label htmlFor={checkId}>I have written this down</label>
        </div>
        {error ? (
          <p className="field__error" id={errorId} role="alert">
            {error}
          </p>
        ) : null}
        <Button type="submit">{continueLabel}</Button>
      </form>
    </Card>
  )
}
