import { useId, type InputHTMLAttributes, type ReactNode } from 'react'

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'children'> {
  label: string
  hint?: ReactNode
  /** Shown under the field and linked with aria-describedby; also sets aria-invalid. */
  error?: string | null
  /** Extra ids the input should be described by (for example a strength meter). */
  describedBy?: string
  /** Rendered beside the input, inside the same row (for example a Show button). */
  addon?: ReactNode
  /** Rendered after the hint and error (for example a strength meter). */
  below?: ReactNode
  mono?: boolean
  inputId?: string
}

export function TextField({ label, hint, error, describedBy, addon, below, mono, inputId, className, ...input }: TextFieldProps) {
  const autoId = useId()
  const id = inputId ?? `field-${autoId}`
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const described = [hintId, errorId, describedBy].filter(Boolean).join(' ') || undefined
  return (
    <div className={['field', className ?? ''].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <div className="field__control">
        <input
          {...input}
          id={id}
          className={['input', mono ? 'input--mono' : ''].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
        />
        {addon}
      </div>
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      {below}
    </div>
  )
}
