import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { b64Bytes, decodeSlotJson, encodeSlotJson, fromB64Bytes } from '../../../electron/services/vault/slot-codec'

const SECRET = new Set(['sk'])
const dec = (b: Uint8Array) => new TextDecoder().decode(b)

describe('keyslot plaintext as bytes: keys never become JavaScript strings that outlive lock', () => {
  it('base64 bytes match Node for every length, and decode back (canonical only)', () => {
    for (let n = 0; n < 70; n++) {
      const data = new Uint8Array(randomBytes(n))
      const enc = b64Bytes(data)
      expect(dec(enc)).toBe(Buffer.from(data).toString('base64'))
      expect(fromB64Bytes(enc)).toEqual(data)
    }
    // Non-canonical padding bits, bad characters and bad lengths are refused.
    for (const bad of ['QR==', 'QUI=x', 'QU!=', 'QUJ', '====']) expect(fromB64Bytes(new TextEncoder().encode(bad))).toBeNull()
  })

  it('the compact JSON is ordinary JSON, and secrets come back as bytes, not strings', () => {
    const key = new Uint8Array(randomBytes(32))
    const bytes = encodeSlotJson([['vaultId', 'v1'], ['sk', key], ['note', undefined], ['ledger', true]])
    expect(JSON.parse(dec(bytes))).toEqual({ vaultId: 'v1', sk: Buffer.from(key).toString('base64'), ledger: true })
    const back = decodeSlotJson(bytes, SECRET)!
    expect(back.vaultId).toBe('v1')
    expect(back.sk).toBeInstanceOf(Uint8Array)
    expect(back.sk).toEqual(key)
    expect(back.ledger).toBe(true)
  })

  it('another layout (spaces, escapes) is not misread: the reader falls back to JSON.parse', () => {
    for (const text of ['{ "sk": "AAAA" }', '{"vaultId":"a\\"b","sk":"AAAA"}', '{"sk":"AAAA",}', '{"sk":12}', '["sk"]', '{"sk":"AA"}']) {
      expect(decodeSlotJson(new TextEncoder().encode(text), SECRET)).toBeNull()
    }
    expect(decodeSlotJson(new TextEncoder().encode('{}'), SECRET)).toEqual({})
  })
})
