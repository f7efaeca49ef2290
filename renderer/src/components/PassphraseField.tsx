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
          <span className="visually-hidden"> {label.toLowerCase()}</span>
        </button>
      }
      below={showMeter ? <StrengthMeter id={meterId} strength={strength} length={value.length} minLength={minLength} /> : null}
    />
  )
}
