import { PASSPHRASE_MIN_LENGTH } from '../../../../shared/domain'
import { PassphraseField } from '../../components/PassphraseField'
import type { NewPassphraseErrors } from './passphrase-rules'
import { usePassphraseStrength } from './usePassphraseStrength'

export interface NewPassphraseFieldsProps {
  passphrase: string
  confirm: string
  onPassphrase: (value: string) => void
  onConfirm: (value: string) => void
  errors: NewPassphraseErrors
  label?: string
  confirmLabel?: string
  /** Names and other words someone close to you would guess first. */
  personalWords?: readonly string[]
}

/** A new passphrase, its strength, and the retyped copy. */
export function NewPassphraseFields({
  passphrase,
  confirm,
  onPassphrase,
  onConfirm,
  errors,
  label = 'Your passphrase',
  confirmLabel = 'Type it again',
  personalWords,
}: NewPassphraseFieldsProps) {
  const strength = usePassphraseStrength(passphrase, personalWords)
  return (
    <>
      <PassphraseField
        label={label}
        purpose="new"
        value={passphrase}
        onValueChange={onPassphrase}
        error={errors.passphrase}
        strength={strength}
        minLength={PASSPHRASE_MIN_LENGTH}
      />
      <PassphraseField label={confirmLabel} purpose="new" value={confirm} onValueChange={onConfirm} error={errors.confirm} />
    </>
  )
}
