/** What the meter shows; the same shape as shared/logic/passphrase-strength's estimate. */
export interface StrengthView {
  score: 0 | 1 | 2 | 3 | 4
  label: string
  hint?: string
}

export interface StrengthMeterProps {
  id: string
  /** Null when no estimator is available: the meter then speaks only about length. */
  strength: StrengthView | null
  length: number
  minLength: number
}

export function StrengthMeter({ id, strength, length, minLength }: StrengthMeterProps) {
  if (length === 0) {
    return (
      <p className="strength__text" id={id}>
        At least {minLength} characters. A few unrelated words you can picture work well.
      </p>
    )
  }
  const short = length < minLength
  const score = short ? Math.min(strength?.score ?? 1, 1) : (strength?.score ?? 2)
  const text = strength
    ? describe(strength)
    : short
      ? `${minLength - length} more ${minLength - length === 1 ? 'character' : 'characters'} to go.`
      : 'Long enough.'
  return (
    <div className={`strength strength--${score}`} id={id}>
      <div className="strength__bar" aria-hidden="true">
        <span />
        <span />
        <span />
        <span />
      </div>
      <p className="strength__text">{text}</p>
    </div>
  )
}

/** "Fair. Add another word or two." — without repeating the label when the hint starts with it. */
function describe({ label, hint }: StrengthView): string {
  if (!hint) return `${label}.`
  return hint.toLowerCase().startsWith(label.toLowerCase()) ? hint : `${label}. ${hint}`
}
