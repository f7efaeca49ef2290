// Every message the UI may show verbatim lives here, so the words stay plain and consistent.

import { HearthError } from '../../../shared/result'

export const MSG = {
  locked: 'The journal is locked. Unlock it with your passphrase first.',
  wrongPassphrase: (name: string) => `That is not ${name}'s passphrase. Check that caps lock is off and try again.`,
  wrongCode: (name: string) => `That recovery code did not open ${name}'s keys. Check each group of characters and try again.`,
  codeTypo: 'That recovery code has a typo: it should be 28 letters and digits in groups of four. Check it against your printed kit.',
  weakPassphrase: (min: number) => `Please choose a passphrase of at least ${min} characters.`,
  samePassphrase: 'Each partner needs their own passphrase.',
  exists: 'A journal already exists in this folder, so Hearth will not create a new one over it.',
  noVault: 'There is no journal here yet. Create one first.',
  corrupt: 'The journal file is damaged, so Hearth set it aside without changing it. You can restore a recent backup.',
  segmentDamaged: 'Part of the journal on disk is damaged. Nothing was changed. You can restore an earlier backup.',
  newerVersion: 'This journal was saved by a newer version of Hearth. Please update Hearth to open it; nothing was changed.',
  kdfTooStrong: 'This journal asks for key settings far beyond what Hearth uses, so it was not opened. Nothing was changed.',
  kdfTooWeak: 'This journal uses key settings weaker than Hearth allows, so it was not opened. Nothing was changed.',
  forbiddenOwner: 'You can only write your own private entries or shared ones.',
  notFound: 'That entry no longer exists.',
  conflict: 'This entry was changed elsewhere in the meantime. Reload it and try again.',
  noBackup: 'That backup is not available. Choose another one from the list.',
  notInRecovery: 'Backups can only be restored when the journal file could not be read.',
  verifyFailed: 'The save could not be read back from disk, so Hearth kept the previous backups. Please check the disk.',
  disk: 'The disk refused the write, so this change was not saved. Everything saved before is safe.',
} as const

export const fail = (code: ConstructorParameters<typeof HearthError>[0], message: string): never => {
  throw new HearthError(code, message)
}
