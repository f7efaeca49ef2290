// The backup copy: one zip holding the vault's files exactly as they are on disk (still sealed
// under the couple's own keys, so a copy asks for no new secret) and an index,
// `hearth-backup.json`, naming the format, its version, when and by which Hearth it was made,
// and every file with its size and SHA-256. Reading a copy checks the index and every hash
// before anything is written anywhere.

import { createHash } from 'node:crypto'
import { zipSync, type Zippable } from 'fflate'
import { z } from 'zod'
import { HearthError } from '../../../shared/result'
import { CMSG } from './messages'
import { isSafeEntryName, looksLikeZip, readZipSafely, type ZipLimits } from './zip-safety'

export const BACKUP_FORMAT = 'hearth-backup'
export const BACKUP_VERSION = 1
export const INDEX_NAME = 'hearth-backup.json'
export const BACKUP_EXTENSION = 'hearthbackup'

/** Twenty years of a couple's writing is tens of megabytes; these leave a wide margin and no more. */
export const BACKUP_LIMITS: ZipLimits = {
  maxEntries: 20_000,
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
}
export const MAX_BACKUP_FILE_BYTES = 1024 * 1024 * 1024

const fileEntry = z
  .object({
    path: z.string().min(1).max(240),
    size: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict()
const indexSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.number().int().positive(),
    createdAt: z.string().datetime(),
    appVersion: z.string().max(100),
    files: z.array(fileEntry).max(BACKUP_LIMITS.maxEntries),
  })
  .strict()
export type BackupIndex = z.infer<typeof indexSchema>

export const sha256Hex = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex')

/** `Hearth backup 2026-12-02.hearthbackup`, in the local calendar of whoever makes it. */
export const backupFileName = (now: Date): string => {
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
  return `Hearth backup ${day}.${BACKUP_EXTENSION}`
}

export function buildBackup(
  files: Map<string, Uint8Array>,
  meta: { createdAt: string; appVersion: string },
): { bytes: Uint8Array; index: BackupIndex } {
  const index: BackupIndex = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: meta.createdAt,
    appVersion: meta.appVersion,
    files: [...files].map(([path, data]) => ({ path, size: data.length, sha256: sha256Hex(data) })),
  }
  const zippable: Zippable = { [INDEX_NAME]: new TextEncoder().encode(JSON.stringify(index, null, 2)) }
  // Stored, not deflated: the files are ciphertext in base64, which deflate shrinks only by the
  // base64 overhead, at a cost in time that would dominate writing and verifying the copy.
  for (const [path, data] of files) zippable[path] = [data, { level: 0 }]
  return { bytes: zipSync(zippable, { level: 0 }), index }
}

/**
 * Every check a copy must pass before Hearth uses it: a zip, with a readable index of a format and
 * version this build knows, naming exactly the files it holds, each the right size and hash.
 */
export function readBackup(bytes: Uint8Array): { index: BackupIndex; files: Map<string, Uint8Array> } {
  if (!looksLikeZip(bytes)) throw new HearthError('bad-request', CMSG.notBackup)
  // It starts like a zip, so a zip that cannot be read was most likely cut short on the way.
  const entries = readZipSafely(bytes, BACKUP_LIMITS, { unreadable: CMSG.truncated })
  const rawIndex = entries.get(INDEX_NAME)
  if (!rawIndex) throw new HearthError('bad-request', CMSG.notBackup)
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(rawIndex))
  } catch {
    throw new HearthError('corrupt', CMSG.tampered)
  }
  const head = z.object({ format: z.string(), version: z.number() }).safeParse(json)
  if (!head.success || head.data.format !== BACKUP_FORMAT) throw new HearthError('bad-request', CMSG.notBackup)
  if (head.data.version > BACKUP_VERSION) throw new HearthError('unsupported', CMSG.newerFormat)
  const parsed = indexSchema.safeParse(json)
  if (!parsed.success) throw new HearthError('corrupt', CMSG.tampered)
  const index = parsed.data
  const files = new Map<string, Uint8Array>()
  for (const entry of index.files) {
    if (!isSafeEntryName(entry.path) || !/^(journal|boundaries)\./.test(entry.path))
      throw new HearthError('bad-request', CMSG.hostile)
    const data = entries.get(entry.path)
    if (!data) throw new HearthError('corrupt', CMSG.truncated)
    if (data.length !== entry.size || sha256Hex(data) !== entry.sha256) throw new HearthError('corrupt', CMSG.tampered)
    files.set(entry.path, data)
  }
  // Anything in the zip that the index does not name was not put there by Hearth.
  if (entries.size !== files.size + 1) throw new HearthError('bad-request', CMSG.hostile)
  if (!files.has('journal.hearth')) throw new HearthError('bad-request', CMSG.notBackup)
  return { index, files }
}
