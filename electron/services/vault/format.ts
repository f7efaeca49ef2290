// The on-disk shapes (see docs/FORMAT.md). Parsed with zod so that a hand-edited or damaged file
// becomes a clean 'corrupt' error instead of a TypeError deep inside the vault.

import { z } from 'zod'

export const FORMAT = 'hearth'
/** What this build writes. Version 2 added the private ledger and the `held` list (FORMAT.md). */
export const VERSION = 2
/** What this build reads. A version 1 file is migrated at the first unlock (its copy is kept). */
export const READABLE_VERSIONS: readonly number[] = [1, 2]

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/)
const partnerId = z.enum(['A', 'B'])
const owner = z.enum(['shared', 'A', 'B'])
const int = z.number().int().safe()

export const slotSchema = z.object({
  id: z.string().min(1).max(64),
  partner: partnerId,
  type: z.enum(['passphrase', 'recovery']),
  kdf: z.object({ alg: z.literal('scrypt'), logN: int, r: int, p: int, salt: b64 }),
  nonce: b64,
  box: b64,
})
export type Keyslot = z.infer<typeof slotSchema>

export const headerSchema = z.object({
  partners: z.array(z.object({ id: partnerId, name: z.string().max(200) })).length(2),
  savedAt: z.string(),
  keyslots: z.array(slotSchema).max(16).optional(),
})
export type Header = z.infer<typeof headerSchema>

export const manifestSchema = z.object({
  format: z.literal(FORMAT),
  version: z.union([z.literal(1), z.literal(2)]),
  store: z.enum(['journal', 'boundaries']),
  vaultId: z.string().min(1).max(64),
  header: headerSchema,
  nonce: b64,
  box: b64,
  check: b64,
})
export type Manifest = z.infer<typeof manifestSchema>

export const segmentRefSchema = z.object({ name: z.string().regex(/^\d+-\d+\.json$/), sha256: b64 })
export type SegmentRef = z.infer<typeof segmentRefSchema>

/** What the manifest box holds once opened with the shared key. */
export const innerSchema = z.object({
  vaultId: z.string(),
  store: z.enum(['journal', 'boundaries']),
  generation: int.nonnegative(),
  savedAt: z.string(),
  headerHash: b64,
  signingPublicKeys: z.object({ A: b64, B: b64 }),
  segments: z.array(segmentRefSchema),
  /** Backup generations newer than a file that was put back: never pruned (version 2). */
  held: z.array(int.nonnegative()).max(64).optional(),
})
export type ManifestInner = z.infer<typeof innerSchema>

export const sealedRecordSchema = z.object({
  id: z.string().min(1).max(128),
  owner,
  keyId: z.string().min(1).max(64),
  rev: int.positive(),
  nonce: b64,
  box: b64,
})
export type SealedRecord = z.infer<typeof sealedRecordSchema>
export const segmentSchema = z.array(sealedRecordSchema)

const OWNERS = new Set(['shared', 'A', 'B'])
const NONCE_B64 = /^[A-Za-z0-9+/]{32}$/
const isStr = (v: unknown, min: number, max: number): v is string => typeof v === 'string' && v.length >= min && v.length <= max

/**
 * The same rules as `segmentSchema`, checked by hand: at unlock this runs over every record of
 * twenty years (zod with a base64 regex over every box took most of the unlock time). The box's
 * base64 is not scanned here: the segment's bytes are already authenticated by the SHA-256 in
 * the sealed manifest, and a box is decoded strictly (fromB64) whenever it is opened, so a bad
 * one becomes an unreadable record kept as ciphertext. Returns null when anything is off.
 */
export const parseSegment = (value: unknown): SealedRecord[] | null => {
  if (!Array.isArray(value)) return null
  for (const r of value as Record<string, unknown>[]) {
    if (typeof r !== 'object' || r === null || Array.isArray(r)) return null
    if (!isStr(r.id, 1, 128) || !OWNERS.has(r.owner as string) || !isStr(r.keyId, 1, 64)) return null
    if (typeof r.rev !== 'number' || !Number.isSafeInteger(r.rev) || r.rev <= 0) return null
    if (typeof r.nonce !== 'string' || !NONCE_B64.test(r.nonce) || typeof r.box !== 'string') return null
  }
  return value as SealedRecord[]
}

/** The plaintext inside a record box; the clear fields are compared against it after opening. */
export const recordInnerSchema = z.object({
  id: z.string(),
  store: z.enum(['journal', 'boundaries']),
  kind: z.string(),
  owner,
  keyId: z.string(),
  rev: int,
  createdAt: z.string(),
  updatedAt: z.string(),
  body: z.unknown(),
})

export type RecordInner = z.infer<typeof recordInnerSchema>
const STORES = new Set(['journal', 'boundaries'])

/** `recordInnerSchema` checked by hand (it runs once per record at unlock); null when it does not fit. */
export const parseRecordInner = (value: unknown): RecordInner | null => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const i = value as Record<string, unknown>
  const strings = typeof i.id === 'string' && typeof i.kind === 'string' && typeof i.keyId === 'string' && typeof i.createdAt === 'string' && typeof i.updatedAt === 'string'
  if (!strings || !STORES.has(i.store as string) || !OWNERS.has(i.owner as string)) return null
  if (typeof i.rev !== 'number' || !Number.isSafeInteger(i.rev)) return null
  return i as RecordInner
}
