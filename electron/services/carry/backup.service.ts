// "Make a backup copy…": the vault's files, snapshotted inside the vault's writer queue (so no
// save is half-written into the copy), zipped with their index, written durably where the person
// chose, then read back from the disk and checked hash by hash before Hearth says it is done.

import { readFile, unlink } from 'node:fs/promises'
import { basename } from 'node:path'
import { HearthError } from '../../../shared/result'
import type { BackupResult } from '../../../shared/contract/carry'
import { BACKUP_EXTENSION, backupFileName, buildBackup, readBackup } from './backup-format'
import { saveCopies } from './copies'
import type { CarryDeps } from './deps'
import { writeFileDurably } from './durable-file'
import { CMSG } from './messages'
import { readVaultFiles } from './vault-files'

export const withBackupExtension = (path: string): string =>
  path.toLowerCase().endsWith(`.${BACKUP_EXTENSION}`) ? path : `${path}.${BACKUP_EXTENSION}`

/** Writes a verified copy of the vault to `path`; returns what it holds. Exported for the benchmark. */
export async function writeBackupCopy(
  deps: Pick<CarryDeps, 'dataDir' | 'enqueue' | 'clock' | 'appVersion'>,
  path: string,
) {
  const files = await deps.enqueue(() => readVaultFiles(deps.dataDir))
  if (!files.has('journal.hearth')) throw new HearthError('not-found', CMSG.notOpenable)
  const createdAt = deps.clock.now().toISOString()
  const { bytes, index } = buildBackup(files, { createdAt, appVersion: deps.appVersion })
  await writeFileDurably(path, bytes)
  try {
    const back = readBackup(await readFile(path))
    const same =
      back.index.files.length === index.files.length &&
      back.index.files.every((f, i) => f.sha256 === index.files[i]?.sha256 && f.path === index.files[i]?.path)
    if (!same) throw new Error('read-back differs')
  } catch {
    // A copy that does not read back is worse than none: it would be trusted later.
    await unlink(path).catch(() => {})
    throw new HearthError('disk', CMSG.backupVerifyFailed)
  }
  return { createdAt, files: index.files.length, bytes: bytes.length }
}

export function createBackupService(deps: CarryDeps) {
  return {
    async backup(): Promise<BackupResult> {
      deps.vault.active()
      if (!deps.host) throw new HearthError('unsupported', CMSG.noHost)
      const chosen = await deps.host.chooseSavePath({
        title: 'Make a backup copy',
        suggestedName: backupFileName(deps.clock.now()),
        filters: [{ name: 'Hearth backup copy', extensions: [BACKUP_EXTENSION] }],
        message: 'The copy stays encrypted: it opens only with one of your passphrases or recovery codes.',
      })
      if (!chosen) return { saved: false }
      const path = withBackupExtension(chosen)
      const written = await writeBackupCopy(deps, path)
      await saveCopies(deps.vault.store('journal'), { lastCopiedAt: written.createdAt })
      return { saved: true, fileName: basename(path), ...written }
    },
  }
}
