// The on-disk shapes (see docs/FORMAT.md). Parsed with zod so that a hand-edited or damaged file
// becomes a clean 'corrupt' error instead of a TypeError deep inside the vault.

import { z } from 'zod'
import { fromB64 } from './encoding'

export const FORMAT = 'hearth'
/**
 * What this build writes. Version 2 added the private ledger and the `held` list; version 3 the
 * sealed kind index in each segment (FORMAT.md).
 */
export const VERSION = 3
/** What this build reads. Version 1 and 2 files are upgraded at the first unlock (FORMAT.md). */
export const READABLE_VERSIONS: readonly number[] = [1, 2, 3]

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
  version: z.union([z.literal(1), z.literal(2), z.literal(3)]),
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

/**
 * A sealed record as it is kept in memory: the clear routing fields and the box's bytes. (On disk
 * it is a row of a segment's header and a run of bytes after it: see `encodeSegment`.)
 */
export interface SealedRecord {
  id: string
  owner: 'shared' | 'A' | 'B'
  keyId: string
  rev: number
  /** Base64 of the 24-byte nonce. */
  nonce: string
  box: Uint8Array
}

/**
 * Version 3: the kinds of a segment's records, sealed once per key. Each box is sealed with the
 * key named by `keyId` (the shared key, or one partner's private key) and holds
 * `{ store, count, kinds, of }`: `kinds` a list of kind names, `of[i]` the place in it of the
 * kind of the i-th record under that key, in the segment's order (`count` of them). It lets an
 * unlock open only the kinds the first screen needs and leave the rest for later (FORMAT.md,
 * "Kind index"). A partner can open only the boxes of keys they hold, so neither learns the kinds
 * of the other's private records.
 */
export interface IndexBox {
  keyId: string
  nonce: string
  box: Uint8Array
}

export interface SegmentContent {
  records: SealedRecord[]
  /** Empty for a version 1 or 2 segment: every record of it is opened at unlock. */
  index: IndexBox[]
}

const OWNERS = new Set(['shared', 'A', 'B'])
const NONCE_B64 = /^[A-Za-z0-9+/]{32}$/
const isStr = (v: unknown, min: number, max: number): v is string => typeof v === 'string' && v.length >= min && v.length <= max
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isRev = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v > 0

/** The first bytes of a version 3 segment file; a version 1 or 2 segment is JSON (`[`). */
export const SEGMENT_MAGIC = Buffer.from('HEARTHS3', 'ascii')
const MAX_BOX = 64 * 1024 * 1024

/**
 * A version 3 segment: SEGMENT_MAGIC, a 4-byte big-endian length, a JSON header of that many
 * bytes, then the boxes' bytes one after another (the records' in order, then the index boxes').
 * Header: `{ "records": [[id, owner, keyId, rev, nonce, boxBytes], ...], "index": [[keyId,
 * nonce, boxBytes], ...] }`. Binary, because base64 inside JSON made every unlock decode and
 * parse a third more bytes than the journal holds, and that was most of the time an unlock took.
 */
export const encodeSegment = (content: SegmentContent): Buffer => {
  const header = Buffer.from(
    JSON.stringify({
      records: content.records.map((r) => [r.id, r.owner, r.keyId, r.rev, r.nonce, r.box.length]),
      index: content.index.map((b) => [b.keyId, b.nonce, b.box.length]),
    }),
    'utf8',
  )
  const size = SEGMENT_MAGIC.length + 4 + header.length + content.records.reduce((n, r) => n + r.box.length, 0) + content.index.reduce((n, b) => n + b.box.length, 0)
  const out = Buffer.allocUnsafe(size)
  let at = SEGMENT_MAGIC.copy(out, 0)
  at = out.writeUInt32BE(header.length, at)
  at += header.copy(out, at)
  for (const r of content.records) at += Buffer.from(r.box.buffer, r.box.byteOffset, r.box.byteLength).copy(out, at)
  for (const b of content.index) at += Buffer.from(b.box.buffer, b.box.byteOffset, b.box.byteLength).copy(out, at)
  return out
}

/**
 * A segment's bytes: version 3 (binary, above) or versions 1 and 2 (a JSON array of records with
 * base64 boxes). Checked by hand, field by field, because it runs over every record of twenty
 * years at unlock. The boxes are views of `bytes`, not copies. Returns null when anything is off.
 */
export const decodeSegment = (bytes: Buffer): SegmentContent | null => {
  try {
    if (bytes.length >= SEGMENT_MAGIC.length && SEGMENT_MAGIC.equals(bytes.subarray(0, SEGMENT_MAGIC.length))) return decodeBinary(bytes)
    return decodeJson(JSON.parse(bytes.toString('utf8')))
  } catch {
    return null
  }
}

const decodeBinary = (bytes: Buffer): SegmentContent | null => {
  const start = SEGMENT_MAGIC.length + 4
  if (bytes.length < start) return null
  const headerLength = bytes.readUInt32BE(SEGMENT_MAGIC.length)
  if (start + headerLength > bytes.length) return null
  const header = JSON.parse(bytes.toString('utf8', start, start + headerLength)) as unknown
  if (!isRecord(header) || !Array.isArray(header.records) || !Array.isArray(header.index) || header.index.length > 8) return null
  let at = start + headerLength
  const take = (n: unknown): Uint8Array | null => {
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0 || n > MAX_BOX || at + n > bytes.length) return null
    const box = bytes.subarray(at, at + n)
    at += n
    return box
  }
  const records: SealedRecord[] = []
  for (const row of header.records as unknown[]) {
    if (!Array.isArray(row) || row.length !== 6) return null
    const [id, owner, keyId, rev, nonce, n] = row as unknown[]
    if (!isStr(id, 1, 128) || !OWNERS.has(owner as string) || !isStr(keyId, 1, 64) || !isRev(rev) || typeof nonce !== 'string' || !NONCE_B64.test(nonce)) return null
    const box = take(n)
    if (!box) return null
    records.push({ id, owner: owner as SealedRecord['owner'], keyId, rev, nonce, box })
  }
  const index: IndexBox[] = []
  for (const row of header.index as unknown[]) {
    if (!Array.isArray(row) || row.length !== 3) return null
    const [keyId, nonce, n] = row as unknown[]
    if (!isStr(keyId, 1, 64) || typeof nonce !== 'string' || !NONCE_B64.test(nonce)) return null
    const box = take(n)
    if (!box) return null
    index.push({ keyId, nonce, box })
  }
  return at === bytes.length ? { records, index } : null
}

/**
 * A version 1 or 2 segment. A box that is not strict base64 cannot open: its record is kept, as
 * an unreadable one, with the box's text as bytes (it is carried through later saves like any
 * unreadable record, and never opens).
 */
const decodeJson = (value: unknown): SegmentContent | null => {
  if (!Array.isArray(value)) return null
  const records: SealedRecord[] = []
  for (const r of value as unknown[]) {
    if (!isRecord(r)) return null
    if (!isStr(r.id, 1, 128) || !OWNERS.has(r.owner as string) || !isStr(r.keyId, 1, 64) || !isRev(r.rev)) return null
    if (typeof r.nonce !== 'string' || !NONCE_B64.test(r.nonce) || typeof r.box !== 'string') return null
    const box = fromB64(r.box) ?? Buffer.from(r.box, 'latin1')
    records.push({ id: r.id, owner: r.owner as SealedRecord['owner'], keyId: r.keyId, rev: r.rev, nonce: r.nonce, box })
  }
  return { records, index: [] }
}

/** What an index box holds, once opened: the kind of each record under its key, in order. */
export const parseIndexInner = (value: unknown, store: string): string[] | null => {
  if (!isRecord(value) || value.store !== store || !Array.isArray(value.kinds) || !Array.isArray(value.of)) return null
  const kinds = value.kinds as unknown[]
  if (!kinds.every((k) => typeof k === 'string') || value.of.length !== value.count) return null
  const out: string[] = []
  for (const k of value.of as unknown[]) {
    if (typeof k !== 'number' || !Number.isInteger(k) || k < 0 || k >= kinds.length) return null
    out.push(kinds[k] as string)
  }
  return out
}

/** The plaintext of an index box for records of these kinds, in order. */
export const indexInner = (store: string, kindsInOrder: readonly string[]): { store: string; count: number; kinds: string[]; of: number[] } => {
  const kinds: string[] = []
  const at = new Map<string, number>()
  const of = kindsInOrder.map((k) => {
    let i = at.get(k)
    if (i === undefined) at.set(k, (i = kinds.push(k) - 1))
    return i
  })
  return { store, count: of.length, kinds, of }
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
