import { useId } from 'react'
import type { ReflectionRatingPrompt } from '../../../../shared/content/reflection'

export interface RatingFieldProps {
  prompt: ReflectionRatingPrompt
  legend: string
  value: number | undefined
  onChange: (next: number) => void
}

/** The connection rating as ten radio buttons: arrow keys move along the scale. */
export function RatingField({ prompt, legend, value, onChange }: RatingFieldProps) {
  const name = `rating-${useId()}`
  const hintId = `${name}-hint`
  const steps = Array.from({ length: prompt.max - prompt.min + 1 }, (_, i) => prompt.min + i)
  return (
    <fieldset className="rating" aria-describedby={hintId}>
      <legend>{legend}</legend>
      <p className="field__hint" id={hintId}>
        1 is {prompt.lowLabel.toLowerCase()}, 10 is {prompt.highLabel.toLowerCase()}. {prompt.hint}
      </p>
      <div className="rating__scale">
        {steps.map((n) => (
          <label key={n} className="rating__step">
            <input type="radio" name={name} value={n} checked={value === n} onChange={() => onChange(n)} />
            <span>{n}</span>
          </label>
        ))}
      </div>
      <div className="rating__ends" aria-hidden="true">
        <span>{prompt.lowLabel}</span>
        <span>{prompt.highLabel}</span>
      </div>
    </fieldset>
  )
}
