import { useId, useState, type InputHTMLAttributes, type ReactNode } from 'react'
import { TextField } from './TextField'
import { StrengthMeter, type StrengthView } from './StrengthMeter'

export interface PassphraseFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'onChange' | 'autoComplete'> {
  label: string
  value: string
  onValueChange: (value: string) => void
  /** 'new' for passphrases being chosen (the password manager may offer one), 'current' to sign in. */
  purpose: 'new' | 'current'
  error?: string | null
  hint?: ReactNode
  /** Pass to show a strength meter under the field (only for new passphrases). */
  strength?: StrengthView | null
  minLength?: number
}

/**
 * What the Show/Hide button names, read after "Show": "Ama's passphrase" for "Ama, your
 * passphrase", "new passphrase" for "New passphrase", and "the passphrase" for a label such as
 * "Type it again" that makes no sense after "Show".
 */
export function revealName(label: string): string {
  const owner = /^(.+), your passphrase$/i.exec(label.trim())
  if (owner) return `${owner[1]}’s passphrase`
  if (/^your passphrase$/i.test(label.trim())) return 'your passphrase'
  if (/passphrase$/i.test(label.trim()) && label.trim().split(/\s+/).length <= 3) return label.trim().toLowerCase()
  return 'the passphrase'
}

export function PassphraseField({ label, value, onValueChange, purpose, error, hint, strength, minLength = 0, ...input }: PassphraseFieldProps) {
  const [visible, setVisible] = useState(false)
  const meterId = `meter-${useId()}`
  const inputId = `pass-${useId()}`
  const showMeter = strength !== undefined
  return (
    <TextField
      {...input}
      inputId={inputId}
      label={label}
      hint={hint}
      error={error}
      type={visible ? 'text' : 'password'}
      value={value}
      onChange={(event) => onValueChange(event.target.value)}
      autoComplete={purpose === 'new' ? 'new-password' : 'current-password'}
      // Passphrases must never reach a spellchecker, autocorrect or capitalisation.
      spellCheck={false}
      autoCorrect="off"
      autoCapitalize="off"
      mono={visible}
      describedBy={showMeter ? meterId : undefined}
      addon={
        <button
          type="button"
          className="button button--secondary"
          aria-pressed={visible}
          aria-controls={inputId}
          onClick={() => setVisible((v) => !v)}
        >
          {visible ? 'Hide' : 'Show'}
          <span className="visually-hidden"> {revealName(label)}</span>
        </button>
      }
      below={showMeter ? <StrengthMeter id={meterId} strength={strength} length={value.length} minLength={minLength} /> : null}
    />
  )
}
