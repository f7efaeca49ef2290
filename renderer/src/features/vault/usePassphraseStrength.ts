import { useMemo } from 'react'
import { estimatePassphraseStrength } from '../../../../shared/logic/passphrase-strength'
import type { StrengthView } from '../../components/StrengthMeter'

/**
 * Strength feedback for a passphrase being chosen, from the shared offline estimator.
 * `personalWords` (the couple's names) are what someone close to them would try first.
 */
export function usePassphraseStrength(passphrase: string, personalWords: readonly string[] = []): StrengthView | null {
  const wordsKey = personalWords.filter(Boolean).join('\n')
  return useMemo(() => {
    if (passphrase.length === 0) return null
    const { score, label, hint } = estimatePassphraseStrength(passphrase, wordsKey ? wordsKey.split('\n') : [])
    return { score, label, hint }
  }, [passphrase, wordsKey])
}
