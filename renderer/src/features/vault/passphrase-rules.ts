import { NAME_MAX_LENGTH, PASSPHRASE_MIN_LENGTH } from '../../../../shared/domain'

export interface NewPassphraseErrors {
  passphrase?: string
  confirm?: string
}

/**
 * The checks the form can make before anything is sent. The service checks length again, so
 * these exist to give a kind, early answer, not to enforce anything.
 */
export function checkNewPassphrase(
  passphrase: string,
  confirm: string,
  options: { differentFrom?: { passphrase: string; message: string } } = {},
): NewPassphraseErrors {
  const errors: NewPassphraseErrors = {}
  if (passphrase.length === 0) {
    errors.passphrase = 'Choose a passphrase.'
  } else if (passphrase.length < PASSPHRASE_MIN_LENGTH) {
    errors.passphrase = `Use at least ${PASSPHRASE_MIN_LENGTH} characters. You have ${passphrase.length} so far.`
  } else if (options.differentFrom && passphrase === options.differentFrom.passphrase) {
    errors.passphrase = options.differentFrom.message
  }
  if (!errors.passphrase && confirm !== passphrase) {
    errors.confirm = confirm.length === 0 ? 'Type your passphrase once more.' : "These two don't match yet. Try typing it again."
  }
  return errors
}

export function checkName(name: string): string | undefined {
  const trimmed = name.trim()
  if (trimmed.length === 0) return 'Write the name you would like Hearth to use.'
  if (trimmed.length > NAME_MAX_LENGTH) return `Keep it to ${NAME_MAX_LENGTH} characters or fewer.`
  return undefined
}

export const hasErrors = (errors: object): boolean => Object.values(errors).some(Boolean)
