// Small form pieces the four worksheets share: a labelled multi-line note and a radio group.
// The note is the shared TextArea; the radio group follows the same conventions (hint linked by aria-describedby).
import type { TextareaHTMLAttributes } from 'react'
import { formatDate } from '../../app/format'
import { TextArea } from '../../components/TextArea'
import './worksheets.css'

export interface NoteFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange'> {
  label: string
  hint?: string
  value: string
  onValueChange: (value: string) => void
}

/** The worksheets' note: a TextArea with their length and size defaults. */
export function NoteField({ onValueChange, maxLength = 2000, rows = 3, ...rest }: NoteFieldProps) {
  return <TextArea {...rest} textareaClassName="worksheet-note" rows={rows} maxLength={maxLength} onChange={(e) => onValueChange(e.target.value)} />
}

export interface RadioGroupProps<T extends string | number> {
  legend: string
  name: string
  options: readonly { value: T; label: string }[]
  value: T | null
  onChange: (value: T) => void
  hint?: string
  className?: string
}

export function RadioGroup<T extends string | number>({ legend, name, options, value, onChange, hint, className }: RadioGroupProps<T>) {
  const hintId = `${name}-hint`
  return (
    <fieldset className={className} aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <div className="radio-row">
        {options.map((o) => (
          <label key={String(o.value)}>
            <input type="radio" name={name} checked={value === o.value} onChange={() => onChange(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  )
}

/** "Tue 24 Nov 2026" for a saved timestamp. */
export const formatDay = (iso: string): string => formatDate(iso, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' })
