// The record and manifest boxes are tweetnacl's secretbox, made through its lowlevel functions
// for speed: files written by earlier builds must keep opening, and files written now must open
// in any secretbox implementation. A box has one spelling: anything else is refused, not opened.

import nacl from 'tweetnacl'
import { describe, expect, it } from 'vitest'
import { openBytes, openJson, sealBytes, sealJson } from '../../../electron/services/vault/seal'

const key = nacl.randomBytes(32)
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')
const sizes = [0, 1, 15, 16, 17, 31, 32, 33, 63, 64, 65, 1000, 4096, 70_000]

describe('record boxes stay byte-compatible with nacl.secretbox', () => {
  it('a box sealed by nacl.secretbox (every earlier build) opens, for messages of every size', () => {
    for (const n of sizes) {
      const value = { text: 'é'.repeat(n), n }
      const nonce = nacl.randomBytes(24)
      const box = nacl.secretbox(new TextEncoder().encode(JSON.stringify(value)), nonce, key)
      expect(openJson(key, { nonce: b64(nonce), box: b64(box) })).toEqual(value)
    }
  })

  it('a box sealed now is exactly what nacl.secretbox makes, and nacl.secretbox.open opens it', () => {
    for (const n of sizes) {
      const plain = nacl.randomBytes(n)
      const nonce = nacl.randomBytes(24)
      expect(b64(sealBytes(key, nonce, plain))).toBe(b64(nacl.secretbox(plain, nonce, key)))
      const sealed = sealJson(key, { n, bytes: b64(plain) })
      const opened = nacl.secretbox.open(Buffer.from(sealed.box, 'base64'), Buffer.from(sealed.nonce, 'base64'), key)
      expect(JSON.parse(new TextDecoder().decode(opened))).toEqual({ n, bytes: b64(plain) })
      expect(openBytes(key, sealed)).toEqual(new TextEncoder().encode(JSON.stringify({ n, bytes: b64(plain) })))
    }
  })
})

describe('a tampered or misspelled box is refused (threat: a damaged or edited file)', () => {
  const sealed = sealJson(key, { text: 'our words' })

  it('every flipped byte of box or nonce, a wrong key, a truncated box: null, never a throw', () => {
    const box = Buffer.from(sealed.box, 'base64')
    for (let i = 0; i < box.length; i++) {
      const bad = Buffer.from(box)
      bad[i]! ^= 1
      expect(openJson(key, { nonce: sealed.nonce, box: bad.toString('base64') })).toBeNull()
    }
    const nonce = Buffer.from(sealed.nonce, 'base64')
    nonce[3]! ^= 0x80
    expect(openJson(key, { nonce: nonce.toString('base64'), box: sealed.box })).toBeNull()
    expect(openJson(nacl.randomBytes(32), sealed)).toBeNull()
    expect(openJson(key, { nonce: sealed.nonce, box: b64(box.subarray(0, 15)) })).toBeNull()
    expect(openJson(key, { nonce: sealed.nonce, box: '' })).toBeNull()
    expect(openJson(key.subarray(0, 31), sealed)).toBeNull()
  })

  it('base64 that is not the one canonical spelling is refused', () => {
    const other = [
      sealed.box.replace(/=+$/, ''), // padding dropped
      ` ${sealed.box}`, // a space Buffer.from would skip
      sealed.box.slice(0, 8) + '\n' + sealed.box.slice(8),
      sealed.box.replace(/\+/g, '-').replace(/\//g, '_'), // the URL alphabet
    ].filter((s) => s !== sealed.box)
    for (const box of other) expect(openJson(key, { nonce: sealed.nonce, box })).toBeNull()
    // Unused low bits set in the last character: decodes to the same bytes, still refused.
    const box = Buffer.from(sealed.box, 'base64')
    const pad = sealed.box.endsWith('==') ? 2 : sealed.box.endsWith('=') ? 1 : 0
    if (pad) {
      const last = sealed.box.length - pad - 1
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
      const bumped = sealed.box.slice(0, last) + alphabet[alphabet.indexOf(sealed.box[last]!) + 1] + sealed.box.slice(last + 1)
      expect(Buffer.from(bumped, 'base64')).toEqual(box)
      expect(openJson(key, { nonce: sealed.nonce, box: bumped })).toBeNull()
    }
    expect(openJson(key, { nonce: 42, box: sealed.box })).toBeNull()
    expect(openJson(key, { nonce: sealed.nonce.slice(0, 31) + '=', box: sealed.box })).toBeNull()
  })
})
