import { useId, useRef, type ReactNode } from 'react'
import { IStatementHint } from './IStatementHint'
import './writing.css'

export interface WritingAreaProps {
  label: ReactNode
  hint?: ReactNode
  value: string
  onChange: (next: string) => void
  placeholder?: string
  /** Offer "I" statement help for sentences that read as blame. */
  coach?: boolean
  rows?: number
  readOnly?: boolean
  maxLength?: number
  /** Extra content under the field (the save status). */
  below?: ReactNode
}

/** A labelled multi-line field for writing that matters, with optional "I" statement help. */
export function WritingArea({ label, hint, value, onChange, placeholder, coach, rows = 4, readOnly, maxLength, below }: WritingAreaProps) {
  const id = `write-${useId()}`
  const hintId = hint ? `${id}-hint` : undefined
  const ref = useRef<HTMLTextAreaElement>(null)

  const use = (next: string, cursor: { start: number; end: number }) => {
    onChange(next)
    // After React has put the new text in, select the first "…" so the writer can fill it in.
    requestAnimationFrame(() => {
      ref.current?.focus()
      ref.current?.setSelectionRange(cursor.start, cursor.end)
    })
  }

  return (
    <div className="field writing">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <textarea
        ref={ref}
        id={id}
        className="input writing__area"
        value={value}
        rows={rows}
        placeholder={placeholder}
        readOnly={readOnly}
        maxLength={maxLength}
        aria-describedby={hintId}
        onChange={(event) => onChange(event.target.value)}
      />
      {coach && !readOnly ? <IStatementHint text={value} onUse={use} /> : null}
      {below}
    </div>
  )
}
