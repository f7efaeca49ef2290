// scrypt key derivation for keyslots. Parameters travel in the clear slot header, so the reader
// must bound them: a ceiling so a tampered header cannot make the app allocate gigabytes or hang,
// and a floor so nobody can quietly downgrade a slot to cheap parameters.

import { scrypt } from 'node:crypto'
import type { KdfParams } from './types'
import { MSG, fail } from './messages'

export const DEFAULT_KDF: KdfParams = { alg: 'scrypt', logN: 17, r: 8, p: 1 }
export const KDF_CEILING = { logN: 20, r: 16, p: 4 } as const
/** scrypt needs 128 * r * 2^logN bytes; no slot may ask for more than this (4x today's default). */
export const KDF_MAX_BYTES = 512 * 1024 * 1024
export const KDF_FLOOR = { logN: 17, r: 8, p: 1 } as const
export const KEK_BYTES = 32
export const SALT_MIN = 16
export const SALT_MAX = 32

export interface SlotKdf extends KdfParams {
  salt: string
}

/** Throws 'unsupported' for parameters outside [floor, ceiling] (floor waived by allowWeakKdf). */
export const checkKdf = (kdf: KdfParams, allowWeak: boolean): void => {
  const ints = [kdf.logN, kdf.r, kdf.p].every((n) => Number.isSafeInteger(n) && n >= 1)
  if (kdf.alg !== 'scrypt' || !ints) fail('unsupported', MSG.kdfTooStrong)
  if (kdf.logN > KDF_CEILING.logN || kdf.r > KDF_CEILING.r || kdf.p > KDF_CEILING.p) fail('unsupported', MSG.kdfTooStrong)
  // Each bound alone would still allow logN 20 with r 16: 2 GiB. Memory is bounded as a whole.
  if (128 * kdf.r * 2 ** kdf.logN > KDF_MAX_BYTES) fail('unsupported', MSG.kdfTooStrong)
  if (!allowWeak && (kdf.logN < KDF_FLOOR.logN || kdf.r < KDF_FLOOR.r || kdf.p < KDF_FLOOR.p)) fail('unsupported', MSG.kdfTooWeak)
}

export const isBelow = (kdf: KdfParams, target: KdfParams): boolean =>
  kdf.logN < target.logN || kdf.r < target.r || kdf.p < target.p

/** Passphrases are normalised to Unicode NFC so the same words typed on another keyboard match. */
export const passphraseBytes = (passphrase: string): Uint8Array => new Uint8Array(Buffer.from(passphrase.normalize('NFC'), 'utf8'))

/** Async so the main process keeps answering while scrypt runs on the libuv pool. */
export const deriveKek = (secret: Uint8Array, salt: Uint8Array, kdf: KdfParams): Promise<Uint8Array> => {
  const N = 2 ** kdf.logN
  // Node's default maxmem (32 MiB) rejects N=2^17, r=8 (128 MiB); allow twice the need.
  const maxmem = 256 * N * kdf.r + 1024 * 1024
  return new Promise((resolve, reject) => {
    scrypt(secret, salt, KEK_BYTES, { N, r: kdf.r, p: kdf.p, maxmem }, (error, key) => {
      if (error) reject(error)
      else resolve(new Uint8Array(key.buffer, key.byteOffset, key.byteLength))
    })
  })
}
