// Which files in the data directory are the journal, and moving them as a whole. The data
// directory is Electron's user-data folder, which also holds Chromium's own files, so only the
// vault's names are touched: everything that starts with "journal." or "boundaries." (the
// manifests, segment folders and backup generations of docs/FORMAT.md), never temp files
// (".name.random.tmp") nor quarantined unreadable files, which stay where Hearth put them.

import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { fsyncDir, renameWithRetry } from './durable-file'

const VAULT_NAME = /^(journal|boundaries)\./
const isTemp = (name: string): boolean => name.startsWith('.') || name.endsWith('.tmp')
const isQuarantined = (name: string): boolean => name.includes('.unreadable-')

/** The top-level names in `dir` that belong to the vault. */
export async function vaultEntries(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[]
    throw error
  })
  return names.filter((n) => VAULT_NAME.test(n) && !isTemp(n) && !isQuarantined(n)).sort()
}

/** Every vault file under `dir`, by its relative path with forward slashes, with its bytes. */
export async function readVaultFiles(dir: string): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>()
  const walk = async (relative: string, depth: number): Promise<void> => {
    const entries = await readdir(join(dir, relative), { withFileTypes: true })
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (isTemp(entry.name)) continue
      const path = `${relative}/${entry.name}`
      if (entry.isDirectory() && depth < 3) await walk(path, depth + 1)
      else if (entry.isFile()) out.set(path, await readFile(join(dir, path)))
    }
  }
  const top = await readdir(dir, { withFileTypes: true })
  const names = new Set(await vaultEntries(dir))
  for (const entry of top.filter((e) => names.has(e.name))) {
    if (entry.isDirectory()) await walk(entry.name, 1)
    else if (entry.isFile()) out.set(entry.name, await readFile(join(dir, entry.name)))
  }
  return out
}

/** Moves the vault's top-level entries from one folder to another (same disk: renames only). */
export async function moveVaultEntries(from: string, to: string): Promise<string[]> {
  const names = await vaultEntries(from)
  await mkdir(to, { recursive: true })
  for (const name of names) await renameWithRetry(join(from, name), join(to, name), { rename })
  await fsyncDir(to)
  await fsyncDir(from)
  return names
}

export const removeFolder = (dir: string): Promise<void> => rm(dir, { recursive: true, force: true })
