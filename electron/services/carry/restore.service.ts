// Restoring a backup copy (also: moving to a new laptop). In order, and nothing is written into
// the data directory until the last step:
//   1. the chosen file is read and checked completely in memory (zip rules, index, every hash);
//   2. its files are written into a temp folder beside the data directory and opened there as a
//      vault with the partner's passphrase (or recovery code, which also sets a new passphrase);
//   3. inside the live vault's writer queue, the journal that is here (if any) is set aside, and
//      the copy's files are renamed into place; then the vault re-reads its files (status: locked).

import { randomBytes } from 'node:crypto'
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { HearthError } from '../../../shared/result'
import type { RestorePreview, RestoreResult } from '../../../shared/contract/carry'
import type { PartnerId } from '../../../shared/domain'
import { createVault } from '../vault'
import { BACKUP_EXTENSION, MAX_BACKUP_FILE_BYTES, readBackup, type BackupIndex } from './backup-format'
import type { CarryDeps } from './deps'
import { fsyncDir } from './durable-file'
import { CMSG } from './messages'
import { setAsideCurrent } from './set-aside'
import { moveVaultEntries, removeFolder, vaultEntries } from './vault-files'

export type RestoreSecret = { passphrase: string } | { code: string; next: string }

interface Pending {
  token: string
  fileName: string
  index: BackupIndex
  files: Map<string, Uint8Array>
}

/** Reads and checks a copy from disk; throws a HearthError with a person's message if it is not usable. */
export async function readBackupFile(
  path: string,
): Promise<{ index: BackupIndex; files: Map<string, Uint8Array>; bytes: number }> {
  let size: number
  try {
    size = (await stat(path)).size
  } catch {
    throw new HearthError('not-found', CMSG.unreadableFile)
  }
  if (size > MAX_BACKUP_FILE_BYTES) throw new HearthError('bad-request', CMSG.tooLarge)
  const bytes = await readFile(path).catch(() => {
    throw new HearthError('disk', CMSG.unreadableFile)
  })
  return { ...readBackup(bytes), bytes: size }
}

async function writeTree(dir: string, files: Map<string, Uint8Array>): Promise<void> {
  for (const [path, data] of files) {
    const target = join(dir, ...path.split('/'))
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, data, { flag: 'wx', flush: true })
  }
  for (const folder of new Set([...files.keys()].filter((p) => p.includes('/')).map((p) => p.split('/')[0] ?? '')))
    await fsyncDir(join(dir, folder))
  await fsyncDir(dir)
}

/** Opens the copy in `dir` as its partner would; writes in `dir` only (a recovery sets a new passphrase). */
async function openCopy(
  deps: CarryDeps,
  dir: string,
  partner: PartnerId,
  secret: RestoreSecret,
): Promise<string | null> {
  const vault = createVault({ dataDir: dir, ...deps.vaultOptions })
  const status = await vault.load()
  if (status.state !== 'locked') throw new HearthError('corrupt', CMSG.notOpenable)
  try {
    if ('passphrase' in secret) {
      await vault.unlock(partner, secret.passphrase)
      return null
    }
    return (await vault.recover(partner, secret.code, secret.next)).recoveryCode
  } catch (error) {
    // The vault's own words for a wrong passphrase or code (they name the partner, hint at typos).
    if (error instanceof HearthError && (error.code === 'wrong-passphrase' || error.code === 'weak-passphrase'))
      throw error
    throw new HearthError('corrupt', CMSG.notOpenable)
  } finally {
    vault.lock('user')
  }
}

export function createRestoreService(deps: CarryDeps) {
  let pending: Pending | null = null

  const open = async (): Promise<RestorePreview | null> => {
    pending = null
    if (deps.vault.status().state === 'unlocked') throw new HearthError('conflict', CMSG.lockFirst)
    if (!deps.host) throw new HearthError('unsupported', CMSG.noHost)
    const path = await deps.host.chooseOpenPath({
      title: 'Restore from a backup copy',
      filters: [{ name: 'Hearth backup copy', extensions: [BACKUP_EXTENSION] }],
    })
    if (!path) return null
    const { index, files, bytes } = await readBackupFile(path)
    const token = randomBytes(16).toString('hex')
    pending = { token, fileName: basename(path), index, files }
    const journal = files.get('journal.hearth')
    return {
      token,
      fileName: pending.fileName,
      createdAt: index.createdAt,
      appVersion: index.appVersion,
      files: files.size,
      bytes,
      partners: partnersOf(journal),
      replacesJournal: (await vaultEntries(deps.dataDir)).length > 0,
    }
  }

  const restore = async (token: string, partner: PartnerId, secret: RestoreSecret): Promise<RestoreResult> => {
    if (!pending || pending.token !== token) throw new HearthError('not-found', CMSG.noPending)
    if (deps.vault.status().state === 'unlocked') throw new HearthError('conflict', CMSG.lockFirst)
    const { files } = pending
    // Beside the data directory, so the final step is a rename on the same disk.
    const temp = join(dirname(deps.dataDir), `.${basename(deps.dataDir)}.restore-${randomBytes(6).toString('hex')}`)
    try {
      await mkdir(temp, { recursive: false })
      await writeTree(temp, files)
      const recoveryCode = await openCopy(deps, temp, partner, secret)
      const setAside = await deps.enqueue(async () => {
        await mkdir(deps.dataDir, { recursive: true })
        const aside = await setAsideCurrent(deps.dataDir, deps.clock.now(), 'before restore')
        await moveVaultEntries(temp, deps.dataDir)
        return aside
      })
      pending = null
      return { status: await deps.vault.load(), recoveryCode, setAside }
    } finally {
      await removeFolder(temp)
    }
  }

  return {
    open,
    restore,
    cancel: () => {
      pending = null
      return null
    },
  }
}

/** The partner names from the copy's clear journal header (shown before unlock, as the vault does). */
function partnersOf(journal: Uint8Array | undefined): RestorePreview['partners'] {
  try {
    const parsed = JSON.parse(new TextDecoder().decode(journal)) as {
      header?: { partners?: { id?: unknown; name?: unknown }[] }
    }
    return (parsed.header?.partners ?? [])
      .filter((p): p is { id: 'A' | 'B'; name: string } => (p.id === 'A' || p.id === 'B') && typeof p.name === 'string')
      .map((p) => ({ id: p.id, name: p.name.slice(0, 100) }))
  } catch {
    return []
  }
}
