import { useId, type TextareaHTMLAttributes, type ReactNode } from 'react'

export interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string
  hint?: ReactNode
  /** Visually hidden label, for items whose context is already on screen. */
  hideLabel?: boolean
}

/** A multi-line field with the design system's field styles (TextField is single-line). */
export function TextArea({ label, hint, hideLabel, className, ...rest }: TextAreaProps) {
  const id = `area-${useId()}`
  const hintId = hint ? `${id}-hint` : undefined
  return (
    <div className={['field', className ?? ''].filter(Boolean).join(' ')}>
      <label className={hideLabel ? 'visually-hidden' : 'field__label'} htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <textarea {...rest} id={id} className="input boundaries-textarea" aria-describedby={hintId} />
    </div>
  )
}
