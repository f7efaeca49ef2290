import type { InputHTMLAttributes, ReactNode } from 'react'
import { FieldFrame, useFieldIds } from './Field'

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
  const ids = useFieldIds(inputId, hint, error, describedBy)
  return (
    <FieldFrame ids={ids} label={label} hint={hint} error={error} className={className} below={below}>
      <div className="field__control">
        <input
          {...input}
          id={ids.id}
          className={['input', mono ? 'input--mono' : ''].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.describedBy}
        />
        {addon}
      </div>
    </FieldFrame>
  )
}
