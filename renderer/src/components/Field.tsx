// The parts every labelled field shares (TextField, TextArea): the label, the hint and the error,
// and the ids that tie them to the control through aria-describedby. Internal to components/.
import { useId, type ReactNode } from 'react'

export interface FieldFrameProps {
  /** Ids from useFieldIds. */
  ids: FieldIds
  label: ReactNode
  hint?: ReactNode
  error?: string | null
  /** Visually hidden label, for items whose context is already on screen. */
  hideLabel?: boolean
  className?: string
  /** The control itself (and anything that sits in its row). */
  children: ReactNode
  /** Rendered after the hint and error (for example a strength meter). */
  below?: ReactNode
}

export interface FieldIds {
  id: string
  hintId: string | undefined
  errorId: string | undefined
  /** Everything the control is described by, or undefined when nothing is. */
  describedBy: string | undefined
}

/** Ids for a field's control, hint and error; `extra` adds ids the control is also described by. */
export function useFieldIds(controlId: string | undefined, hint: ReactNode, error: string | null | undefined, ...extra: (string | undefined)[]): FieldIds {
  const autoId = useId()
  const id = controlId ?? `field-${autoId}`
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId, ...extra].filter(Boolean).join(' ') || undefined
  return { id, hintId, errorId, describedBy }
}

export function FieldFrame({ ids, label, hint, error, hideLabel, className, children, below }: FieldFrameProps) {
  return (
    <div className={['field', className ?? ''].filter(Boolean).join(' ')}>
      <label className={hideLabel ? 'visually-hidden' : 'field__label'} htmlFor={ids.id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={ids.hintId}>
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p className="field__error" id={ids.errorId}>
          {error}
        </p>
      ) : null}
      {below}
    </div>
  )
}
