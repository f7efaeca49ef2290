// The on-disk shapes (see docs/FORMAT.md). Parsed with zod so that a hand-edited or damaged file
// becomes a clean 'corrupt' error instead of a TypeError deep inside the vault.

import { z } from 'zod'

export const FORMAT = 'hearth'
export const VERSION = 1

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
  version: z.literal(VERSION),
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

/** The plaintext inside a keyslot box. Never holds the other partner's private key. */
export const slotPayloadSchema = z.object({
  vaultId: z.string(),
  slotId: z.string(),
  partner: partnerId,
  type: z.enum(['passphrase', 'recovery']),
  skId: z.string(),
  sk: b64,
  pkId: z.string(),
  pk: b64,
  signSecretKey: b64,
  signPublicKey: b64,
  recoveryKek: b64.optional(),
})
export type SlotPayload = z.infer<typeof slotPayloadSchema>
