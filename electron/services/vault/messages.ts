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
  readBackFailed: 'Your change was saved, but Hearth could not read it back from the disk to check it, so it kept the older backups as they were. If this keeps happening, the disk may be failing.',
  upgradeFailed: 'Hearth could not update this journal to its newer file format just now. Nothing was lost; it will try again at the next unlock.',
  rotationPruneFailed: 'Your new private key is in place, but Hearth could not remove the older backups that still use the old key. It will try again with the next save.',
  noPendingCode: 'There is no new recovery code waiting to be confirmed.',
  confirmCodeFirst: 'Please confirm that you have saved your new recovery code first.',
  notANewerCopy: 'That copy is not one Hearth offered to open instead of this file.',
  rollback: (store: 'journal' | 'boundaries', openedAt: string, newerAt: string) =>
    store === 'journal'
      ? `This journal file was last saved ${openedAt}, but a newer copy saved ${newerAt} is beside it. Someone may have put an older file back. Hearth has kept the newer copy; you can open it instead.`
      : `The agreement file was last saved ${openedAt}, but a newer copy saved ${newerAt} is beside it, so signatures or versions made since may be missing here. Hearth has kept the newer copy; you can open it instead.`,
  privateMissing: (count: number, older: number, found: string | null) => {
    const what = [count ? `${count === 1 ? '1 of your private entries is' : `${count} of your private entries are`} missing from this file` : '', older ? `${older === 1 ? '1 is' : `${older} are`} older than you last saved ${older === 1 ? 'it' : 'them'}` : ''].filter(Boolean).join(', and ')
    return `${what.charAt(0).toUpperCase()}${what.slice(1)}. ${found ? `The backup of ${found} has them.` : 'No backup beside this file has them.'} Only someone with the shared key could have changed this file.`
  },
  ledgerMissing: 'The list Hearth keeps of your own private entries is missing from this file, so it cannot check that all of them are here. Only someone with the shared key could have removed it.',
  ledgerSplit: 'Part of the list Hearth keeps of your own private entries is missing from this file or is older than the rest, so it cannot check that all of them are here. Only someone with the shared key could have changed it.',
} as const

export const fail = (code: ConstructorParameters<typeof HearthError>[0], message: string): never => {
  throw new HearthError(code, message)
}
