import { useState, type ReactNode, type Ref, type TextareaHTMLAttributes } from 'react'
import { FieldFrame, useFieldIds } from './Field'

export interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'children'> {
  label: ReactNode
  hint?: ReactNode
  /** Shown under the field and linked with aria-describedby; also sets aria-invalid. */
  error?: string | null
  /** Extra ids the text area should be described by. */
  describedBy?: string
  /** Visually hidden label, for items whose context is already on screen. */
  hideLabel?: boolean
  /** Show how many of maxLength characters are used, under the field. */
  showCount?: boolean
  /** Rendered after the hint, count and error (for example a save status). */
  below?: ReactNode
  textareaId?: string
  /** Class for the text area itself; className goes on the field around it, as in TextField. */
  textareaClassName?: string
  ref?: Ref<HTMLTextAreaElement>
}

/** A labelled multi-line field; TextField's single-line sibling, with the same label, hint and error. */
export function TextArea({ label, hint, error, describedBy, hideLabel, showCount, below, textareaId, textareaClassName, className, ref, ...area }: TextAreaProps) {
  const counted = showCount && area.maxLength !== undefined
  const [typed, setTyped] = useState(() => String(area.defaultValue ?? '').length)
  const length = area.value !== undefined ? String(area.value).length : typed
  const ids = useFieldIds(textareaId, hint, error, describedBy)
  const countId = counted ? `${ids.id}-count` : undefined
  const described = [ids.describedBy, countId].filter(Boolean).join(' ') || undefined
  return (
    <FieldFrame ids={ids} label={label} hint={hint} error={error} hideLabel={hideLabel} className={className} below={below}>
      <textarea
        {...area}
        ref={ref}
        id={ids.id}
        className={['input', 'input--multiline', textareaClassName ?? ''].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        onChange={(event) => {
          setTyped(event.target.value.length)
          area.onChange?.(event)
        }}
      />
      {counted ? (
        <p className="field__hint field__count" id={countId}>
          {length} of {area.maxLength} characters
        </p>
      ) : null}
    </FieldFrame>
  )
}
