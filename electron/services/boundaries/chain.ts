// Reads the revisions and signatures back and checks them: each revision must name the one
// before it, and each signature must verify over its revision's canonical bytes with the
// signer's public key from the vault. Nothing stored is trusted on its word.

import nacl from 'tweetnacl'
import type { RevisionView, SignatureView } from '../../../shared/contract/boundaries'
import { PARTNER_IDS, type PartnerId } from '../../../shared/domain'
import type { RecordStore } from '../vault/types'
import { canonicalRevisionBytes, sha256Hex, signatureFingerprint } from './canonical'
import { REVISION_KIND, revisionBodySchema, revisionRecordId, signatureBodySchema, signatureRecordId, type RevisionBody } from './records'

export interface Chain {
  agreementId: string | null
  /** Checked revisions by number, oldest first. */
  revisions: RevisionView[]
  bodies: Map<number, RevisionBody>
  hashes: Map<number, string>
}

/** Only records under their expected id with a body that fits count as revisions. */
const readRevisions = (store: RecordStore): Map<number, RevisionBody> => {
  const out = new Map<number, RevisionBody>()
  for (const record of store.list(REVISION_KIND, 'shared')) {
    const parsed = revisionBodySchema.safeParse(record.body)
    if (parsed.success && record.id === revisionRecordId(parsed.data.number)) out.set(parsed.data.number, parsed.data)
  }
  return out
}

const toBytes = (b64: string): Uint8Array | null => {
  const buf = Buffer.from(b64, 'base64')
  return buf.length === nacl.sign.signatureLength ? new Uint8Array(buf) : null
}

/** Ed25519 verification; the service passes a memoised one (see `createVerifier`). */
export type Verify = (message: Uint8Array, signature: Uint8Array, publicKey: Uint8Array) => boolean

/**
 * Verifying every signature of every revision on every read costs about 15 ms each in
 * tweetnacl (a second for thirty revisions). The answer depends only on the exact message,
 * signature and key, so it is remembered under their hash: an edited revision, a moved signature
 * or another key is a different entry and is verified afresh.
 */
export const createVerifier = (limit = 1000): Verify => {
  const known = new Map<string, boolean>()
  return (message, signature, publicKey) => {
    const key = sha256Hex(Buffer.concat([publicKey, signature, message]))
    const cached = known.get(key)
    if (cached !== undefined) return cached
    const valid = nacl.sign.detached.verify(message, signature, publicKey)
    if (known.size >= limit) known.clear()
    known.set(key, valid)
    return valid
  }
}

const checkSignature = (
  store: RecordStore,
  body: RevisionBody,
  bytes: Uint8Array,
  partner: PartnerId,
  publicKey: Uint8Array,
  verify: Verify,
): SignatureView => {
  const record = store.get(signatureRecordId(body.number, partner))
  if (!record) return { partner, state: 'unsigned', signedAt: null, fingerprint: null }
  const parsed = signatureBodySchema.safeParse(record.body)
  const sig = parsed.success ? toBytes(parsed.data.signature) : null
  if (!parsed.success || !sig) return { partner, state: 'mismatch', signedAt: null, fingerprint: null }
  const valid =
    parsed.data.signer === partner &&
    parsed.data.revision === body.number &&
    parsed.data.agreementId === body.agreementId &&
    verify(bytes, sig, publicKey)
  return { partner, state: valid ? 'valid' : 'mismatch', signedAt: parsed.data.signedAt, fingerprint: signatureFingerprint(sig) }
}

export const loadChain = (store: RecordStore, keys: Record<PartnerId, Uint8Array>, verify: Verify = (m, s, k) => nacl.sign.detached.verify(m, s, k)): Chain => {
  const bodies = readRevisions(store)
  const numbers = [...bodies.keys()].sort((a, b) => a - b)
  const agreementId = bodies.get(1)?.agreementId ?? bodies.get(numbers[0] ?? 0)?.agreementId ?? null
  const hashes = new Map<number, string>()
  const revisions: RevisionView[] = []
  for (const n of numbers) {
    const body = bodies.get(n)!
    const bytes = canonicalRevisionBytes(body, body)
    hashes.set(n, sha256Hex(bytes))
    const expectedPrev = n === 1 ? '' : (hashes.get(n - 1) ?? null)
    const chainOk = body.agreementId === agreementId && expectedPrev !== null && body.prevHash === expectedPrev
    const signatures = PARTNER_IDS.map((p) => checkSignature(store, body, bytes, p, keys[p], verify))
    const { agreementId: _id, prevHash: _prev, ...revision } = body
    revisions.push({ ...revision, signatures, chainOk, agreed: chainOk && signatures.every((s) => s.state === 'valid') })
  }
  return { agreementId, revisions, bodies, hashes }
}
