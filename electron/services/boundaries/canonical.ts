// The bytes a partner signs. They must be the same on every machine and in every future version
// of Hearth, so they come from a tiny deterministic JSON writer rather than JSON.stringify over
// whatever key order an object happens to have.

import { createHash } from 'node:crypto'
import type { BoundaryRevision } from '../../../shared/contract/boundaries'

/** Written first, so a signature over an agreement can never be mistaken for any other signed message. */
export const SIGNING_DOMAIN = 'hearth.boundaries.revision.v1\n'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/**
 * Deterministic JSON: object keys sorted by code unit, every string (keys too) in Unicode NFC,
 * no whitespace, integers only. Text that looks the same therefore signs the same, whichever
 * keyboard or OS composed its accents.
 */
export const canonicalJson = (value: unknown): string => {
  if (value === null) return 'null'
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new TypeError('Only safe integers can be signed.')
    return String(value)
  }
  if (typeof value === 'string') return JSON.stringify(value.normalize('NFC'))
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k.normalize('NFC'), v] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    for (let i = 1; i < entries.length; i++) {
      if (entries[i - 1]![0] === entries[i]![0]) throw new TypeError('Two keys are the same after normalisation.')
    }
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  throw new TypeError(`Cannot sign a ${typeof value}.`)
}

export interface SignedContext {
  agreementId: string
  /** Hash of the previous revision's canonical bytes; '' for the first revision. */
  prevHash: string
}

/**
 * What is signed: the whole revision plus the agreement id and the previous revision's hash.
 * The number and the previous hash stop a signature from being replayed on an old revision or
 * moved to another one; the agreement id stops it moving to another couple's agreement.
 */
export const canonicalRevisionBytes = (context: SignedContext, revision: BoundaryRevision): Uint8Array => {
  const content: Json = {
    agreementId: context.agreementId,
    prevHash: context.prevHash,
    number: revision.number,
    createdAt: revision.createdAt,
    author: revision.author,
    sections: revision.sections.map((s) => ({ id: s.id, title: s.title, custom: s.custom, needs: { A: s.needs.A, B: s.needs.B } })),
    items: revision.items.map((i) => ({ id: i.id, sectionId: i.sectionId, text: i.text })),
    reviewDate: revision.reviewDate,
  }
  return new TextEncoder().encode(SIGNING_DOMAIN + canonicalJson(content))
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

/** First 8 bytes of SHA-256 of the signature, as "1a2b 3c4d 5e6f 7a8b". */
export const signatureFingerprint = (signature: Uint8Array): string =>
  (sha256Hex(signature).slice(0, 16).match(/.{4}/g) ?? []).join(' ')
