// secretbox (XSalsa20-Poly1305) around JSON values. Every seal draws a fresh 24-byte random
// nonce: with random nonces of this size, reuse is negligible even across millions of saves.
//
// The boxes are tweetnacl's, byte for byte, made through its lowlevel functions: nacl.secretbox
// and nacl.secretbox.open copy every byte into a padded buffer in a JavaScript loop, which was
// a third of the time an unlock spent opening twenty years of records. Here base64 is decoded
// straight into the padded buffer and the message is copied natively (`set`).

import nacl from 'tweetnacl'
import { fromB64, fromUtf8, toB64 } from './encoding'

export interface Sealed {
  nonce: string
  box: string
}

export const KEY_BYTES = nacl.secretbox.keyLength
export const NONCE_BYTES = nacl.secretbox.nonceLength
/** Zero bytes the lowlevel functions expect before the message (32) and before the box (16). */
const ZERO_M = 32
const ZERO_C = 16

/** tweetnacl's lowlevel functions (exported by the package, absent from its type definitions). */
interface Lowlevel {
  crypto_secretbox(c: Uint8Array, m: Uint8Array, d: number, n: Uint8Array, k: Uint8Array): number
  crypto_secretbox_open(m: Uint8Array, c: Uint8Array, d: number, n: Uint8Array, k: Uint8Array): number
}
const lowlevel = (nacl as unknown as { lowlevel: Lowlevel }).lowlevel

export const randomKey = (): Uint8Array => nacl.randomBytes(KEY_BYTES)

/** secretbox of `plain` under `key` with `nonce`: the same bytes as nacl.secretbox. */
export const sealBytes = (key: Uint8Array, nonce: Uint8Array, plain: Uint8Array): Uint8Array => {
  const m = new Uint8Array(ZERO_M + plain.length)
  m.set(plain, ZERO_M)
  const c = new Uint8Array(m.length)
  lowlevel.crypto_secretbox(c, m, m.length, nonce, key)
  m.fill(0)
  return c.subarray(ZERO_C)
}

/** A box whose bytes stay bytes (records and index boxes in a version 3 segment). */
export const sealJsonBytes = (key: Uint8Array, value: unknown): { nonce: string; box: Uint8Array } => {
  const nonce = nacl.randomBytes(NONCE_BYTES)
  const plain = Buffer.from(JSON.stringify(value), 'utf8')
  try {
    return { nonce: toB64(nonce), box: sealBytes(key, nonce, plain) }
  } finally {
    plain.fill(0)
  }
}

export const sealJson = (key: Uint8Array, value: unknown): Sealed => {
  const { nonce, box } = sealJsonBytes(key, value)
  return { nonce, box: toB64(box) }
}

/**
 * Strict base64 of a box, decoded into a buffer with `ZERO_C` zero bytes in front (what the
 * lowlevel open wants). Strict: re-encoding must give the same text, so only the standard
 * alphabet, padded and canonical, gets through (Buffer skips characters it does not know; a
 * skipped one changes the re-encoding). One box has exactly one spelling. Null otherwise.
 * (A regex over the alphabet first cost more than the decryption itself.)
 */
const decodeBox = (text: string): Uint8Array | null => {
  if (text.length % 4 !== 0) return null
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0
  const size = (text.length / 4) * 3 - pad
  if (size < nacl.secretbox.overheadLength) return null
  const c = Buffer.alloc(ZERO_C + size)
  if (c.write(text, ZERO_C, 'base64') !== size || c.toString('base64', ZERO_C) !== text) return null
  return new Uint8Array(c.buffer, c.byteOffset, c.byteLength)
}

/** A box given as bytes, copied behind `ZERO_C` zero bytes. */
const padBox = (box: Uint8Array): Uint8Array | null => {
  if (box.length < nacl.secretbox.overheadLength) return null
  const c = new Uint8Array(ZERO_C + box.length)
  c.set(box, ZERO_C)
  return c
}

/**
 * Opens a box; returns a buffer whose bytes from `ZERO_M` on are the plaintext, or null. The
 * caller reads the plaintext and then zeroes the whole buffer.
 */
const openPadded = (key: Uint8Array, sealed: { nonce: unknown; box: unknown }): Uint8Array | null => {
  if (typeof sealed.nonce !== 'string' || key.length !== KEY_BYTES) return null
  const nonce = fromB64(sealed.nonce)
  const c = nonce && (typeof sealed.box === 'string' ? decodeBox(sealed.box) : sealed.box instanceof Uint8Array ? padBox(sealed.box) : null)
  if (!nonce || nonce.length !== NONCE_BYTES || !c) return null
  const m = new Uint8Array(c.length)
  if (lowlevel.crypto_secretbox_open(m, c, c.length, nonce, key) !== 0) return null
  return m
}

/** The plaintext bytes of a box (a copy the caller owns and should zero), or null. */
export const openBytes = (key: Uint8Array, sealed: { nonce: unknown; box: unknown }): Uint8Array | null => {
  const m = openPadded(key, sealed)
  if (!m) return null
  const plain = m.slice(ZERO_M)
  m.fill(0)
  return plain
}

/**
 * Returns the parsed plaintext, or null when the box does not open (wrong key, flipped byte,
 * bad encoding). Callers turn null into the HearthError that fits their context (wrong
 * passphrase vs. damaged file).
 */
export const openJson = (key: Uint8Array, sealed: { nonce: unknown; box: unknown }): unknown => {
  const m = openPadded(key, sealed)
  if (!m) return null
  try {
    return JSON.parse(fromUtf8(m.subarray(ZERO_M))) as unknown
  } catch {
    return null
  } finally {
    m.fill(0)
  }
}
