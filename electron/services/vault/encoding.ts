// Small, dependency-free encoding helpers shared by the vault's file format.
// Everything binary in Hearth files is standard base64 (RFC 4648 §4, with padding).

import { createHash } from 'node:crypto'

export const toB64 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')

/** Strict decoding: Buffer.from silently skips bad characters, so re-encode and compare. */
export const fromB64 = (text: string): Uint8Array | null => {
  if (typeof text !== 'string') return null
  const bytes = Buffer.from(text, 'base64')
  if (bytes.toString('base64') !== text) return null
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

export const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'))
export const fromUtf8 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')

export const sha256 = (data: Uint8Array | string): Uint8Array => new Uint8Array(createHash('sha256').update(data).digest())
export const sha256B64 = (data: Uint8Array | string): string => toB64(sha256(data))

/**
 * Canonical JSON (RFC 8785 / JCS for the values Hearth writes: strings, safe integers, booleans,
 * null, arrays, objects). Object keys are sorted by UTF-16 code units, no whitespace. Used for
 * hashes, so that re-serialising a parsed file never changes what was authenticated.
 */
export const canonicalJson = (value: unknown): string => {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isSafeInteger(value)) throw new TypeError('canonicalJson: integers only')
    const text = JSON.stringify(value)
    if (text === undefined) throw new TypeError('canonicalJson: unsupported value')
    return text
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
}

export const randomId = (bytes = 16): string => {
  const raw = new Uint8Array(bytes)
  globalThis.crypto.getRandomValues(raw)
  return Buffer.from(raw).toString('hex')
}
