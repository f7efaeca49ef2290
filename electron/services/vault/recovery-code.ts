// Recovery codes: 128 random bits in Crockford base32 (no I, L, O, U), plus two check
// characters so a typo is caught before any slow key derivation. Shown as 7 groups of 4.

import nacl from 'tweetnacl'
import { sha256 } from './encoding'

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const CODE_BYTES = 16
const DATA_CHARS = 26 // ceil(128 / 5); the last char carries 3 bits + 2 zero bits
const CHECK_CHARS = 2

const encodeBits = (bytes: Uint8Array, chars: number): string => {
  let out = ''
  for (let i = 0; i < chars; i++) {
    let v = 0
    for (let b = 0; b < 5; b++) {
      const bit = i * 5 + b
      const byte = bytes[bit >> 3] ?? 0
      v = (v << 1) | ((byte >> (7 - (bit & 7))) & 1)
    }
    out += ALPHABET[v]
  }
  return out
}

const decodeData = (text: string): Uint8Array | null => {
  const out = new Uint8Array(CODE_BYTES)
  for (let i = 0; i < DATA_CHARS; i++) {
    const v = ALPHABET.indexOf(text[i] ?? '')
    if (v < 0) return null
    for (let b = 0; b < 5; b++) {
      const bit = i * 5 + b
      if (bit >= CODE_BYTES * 8) {
        if ((v >> (4 - b)) & 1) return null // padding bits must be zero
        continue
      }
      if ((v >> (4 - b)) & 1) out[bit >> 3]! |= 1 << (7 - (bit & 7))
    }
  }
  return out
}

const checkChars = (bytes: Uint8Array): string => encodeBits(sha256(bytes), CHECK_CHARS)

export const formatCode = (bytes: Uint8Array): string => {
  const raw = encodeBits(bytes, DATA_CHARS) + checkChars(bytes)
  return raw.match(/.{1,4}/g)!.join('-')
}

export const newRecoveryCode = (): { code: string; bytes: Uint8Array } => {
  const bytes = nacl.randomBytes(CODE_BYTES)
  return { code: formatCode(bytes), bytes }
}

/**
 * Accepts what people actually type: any case, spaces or dashes anywhere, and the look-alikes
 * Crockford maps (O→0, I/L→1). Returns the 16 secret bytes, or null when the check fails.
 */
export const parseRecoveryCode = (input: string): Uint8Array | null => {
  const text = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
  if (text.length !== DATA_CHARS + CHECK_CHARS) return null
  const bytes = decodeData(text)
  if (!bytes) return null
  return text.slice(DATA_CHARS) === checkChars(bytes) ? bytes : null
}
