import { useRef, type ReactNode } from 'react'
import { TextArea } from '../../components/TextArea'
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
  /** Visually hidden label, when a heading beside the field already says it. */
  hideLabel?: boolean
}

/** A labelled multi-line field for writing that matters, with optional "I" statement help. */
export function WritingArea({ label, hint, value, onChange, placeholder, coach, rows = 4, readOnly, maxLength, below, hideLabel }: WritingAreaProps) {
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
    <TextArea
      ref={ref}
      className="writing"
      textareaClassName="writing__area"
      label={label}
      hideLabel={hideLabel}
      hint={hint}
      value={value}
      rows={rows}
      placeholder={placeholder}
      readOnly={readOnly}
      maxLength={maxLength}
      onChange={(event) => onChange(event.target.value)}
      below={
        <>
          {coach && !readOnly ? <IStatementHint text={value} onUse={use} /> : null}
          {below}
        </>
      }
    />
  )
}
