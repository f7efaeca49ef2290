// Shared test helpers: a vault on a fresh temp directory with a cheap KDF (logN 10), so
// thousands of cases run in seconds. Production parameters are exercised in kdf.test.ts.

import { existsSync } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createVault } from '../../../electron/services/vault'
import type { Vault, VaultOptions } from '../../../electron/services/vault/types'
import { HearthError } from '../../../shared/result'
import { trackedTempDir } from '../temp-dirs'

export const CHEAP = { alg: 'scrypt', logN: 10, r: 8, p: 1 } as const
export const PASS_A = 'correct horse battery A'
export const PASS_B = 'tulip lantern river B'

// tmpfs when available: these tests check logic and file contents, not the physical disk, and
// the byte-by-byte cases open thousands of files (the real fsync path still runs either way).
const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir()
export const tempDir = (): Promise<string> => trackedTempDir('hearth-vault-', base)

export const openVault = (dataDir: string, extra: Partial<VaultOptions> = {}): Vault =>
  createVault({ dataDir, kdf: CHEAP, allowWeakKdf: true, ...extra })

export const newVault = async (extra: Partial<VaultOptions> = {}) => {
  const dir = await tempDir()
  const vault = openVault(dir, extra)
  await vault.load()
  const { recoveryCodes } = await vault.create({ partners: [{ name: 'Sam', passphrase: PASS_A }, { name: 'Rio', passphrase: PASS_B }] })
  return { dir, vault, codes: recoveryCodes }
}

/** Every file under dir with its bytes and mtime: "nothing was written" means this is unchanged. */
export const snapshot = async (dir: string): Promise<Record<string, { bytes: string; mtime: number }>> => {
  const out: Record<string, { bytes: string; mtime: number }> = {}
  const walk = async (d: string, prefix: string) => {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const full = join(d, entry.name)
      if (entry.isDirectory()) await walk(full, `${prefix}${entry.name}/`)
      else out[`${prefix}${entry.name}`] = { bytes: (await readFile(full)).toString('base64'), mtime: (await stat(full)).mtimeMs }
    }
  }
  await walk(dir, '')
  return out
}

export const codeOf = async (promise: Promise<unknown> | (() => unknown)): Promise<string> => {
  try {
    await (typeof promise === 'function' ? promise() : promise)
  } catch (error) {
    if (error instanceof HearthError) return error.code
    return `raw:${(error as { code?: string }).code ?? String(error)}`
  }
  return 'ok'
}
