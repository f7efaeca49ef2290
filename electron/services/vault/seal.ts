// secretbox (XSalsa20-Poly1305) around JSON values. Every seal draws a fresh 24-byte random
// nonce: with random nonces of this size, reuse is negligible even across millions of saves.

import nacl from 'tweetnacl'
import { fromB64, fromUtf8, toB64, utf8 } from './encoding'

export interface Sealed {
  nonce: string
  box: string
}

export const KEY_BYTES = nacl.secretbox.keyLength
export const NONCE_BYTES = nacl.secretbox.nonceLength

export const randomKey = (): Uint8Array => nacl.randomBytes(KEY_BYTES)

export const sealJson = (key: Uint8Array, value: unknown): Sealed => {
  const nonce = nacl.randomBytes(NONCE_BYTES)
  const box = nacl.secretbox(utf8(JSON.stringify(value)), nonce, key)
  return { nonce: toB64(nonce), box: toB64(box) }
}

/**
 * Returns the parsed plaintext, or null when the box does not open (wrong key, flipped byte,
 * bad encoding). secretbox.open itself returns null rather than throwing; callers turn null into
 * the HearthError that fits their context (wrong passphrase vs. damaged file).
 */
export const openJson = (key: Uint8Array, sealed: { nonce: unknown; box: unknown }): unknown => {
  if (typeof sealed.nonce !== 'string' || typeof sealed.box !== 'string') return null
  const nonce = fromB64(sealed.nonce)
  const box = fromB64(sealed.box)
  if (!nonce || !box || nonce.length !== NONCE_BYTES || box.length < nacl.secretbox.overheadLength) return null
  const plain = nacl.secretbox.open(box, nonce, key)
  if (!plain) return null
  try {
    return JSON.parse(fromUtf8(plain)) as unknown
  } catch {
    return null
  } finally {
    plain.fill(0)
  }
}

