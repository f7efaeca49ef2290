import type { StrengthView } from '../../components/StrengthMeter'

/**
 * Strength feedback for a passphrase being chosen. The estimator lives in
 * shared/logic/passphrase-strength.ts; until it lands this returns null and the meter speaks
 * about length only.
 */
export function usePassphraseStrength(_passphrase: string): StrengthView | null {
  return null
}
