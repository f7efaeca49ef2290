// The remembered signature checks must answer exactly as a fresh check would.
import nacl from 'tweetnacl'
import { describe, expect, it } from 'vitest'
import { createVerifier } from '../../../electron/services/boundaries/chain'

describe('threat: a remembered signature check is reused for edited text or another signer', () => {
  it('answers true for the signed bytes and false for edited bytes, a moved signature or another key', () => {
    const sam = nacl.sign.keyPair()
    const rio = nacl.sign.keyPair()
    const verify = createVerifier()
    const message = new TextEncoder().encode('revision 3: we keep Sunday mornings slow')
    const edited = new TextEncoder().encode('revision 3: we keep Sunday mornings busy')
    const signature = nacl.sign.detached(message, sam.secretKey)
    expect(verify(message, signature, sam.publicKey)).toBe(true)
    expect(verify(message, signature, sam.publicKey)).toBe(true)
    expect(verify(edited, signature, sam.publicKey)).toBe(false)
    expect(verify(message, signature, rio.publicKey)).toBe(false)
    const other = nacl.sign.detached(edited, sam.secretKey)
    expect(verify(message, other, sam.publicKey)).toBe(false)
  })
})
