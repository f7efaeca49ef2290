import { describe, expect, it } from 'vitest'
import { canonicalJson, canonicalRevisionBytes, sha256Hex, signatureFingerprint, SIGNING_DOMAIN } from '../../../electron/services/boundaries/canonical'
import type { BoundaryRevision } from '../../../shared/contract/boundaries'

const revision: BoundaryRevision = {
  number: 2,
  createdAt: '2026-03-02T10:00:00.000Z',
  author: 'A',
  sections: [{ id: 'space', title: 'Personal space and time alone', custom: false, needs: { A: 'Quiet mornings', B: '' } }],
  items: [{ id: 'i1', sectionId: 'space', text: 'Café first, talk later' }],
  reviewDate: null,
}
const context = { agreementId: 'agr-1', prevHash: 'a'.repeat(64) }

describe('canonical signing bytes', () => {
  it('sort keys and ignore the order an object was built in', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'] })).toBe('{"a":[true,null,"x"],"b":1}')
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }))
  })

  it('write composed and decomposed accents the same way (NFC), so the same words sign the same', () => {
    const composed = { ...revision, items: [{ id: 'i1', sectionId: 'space', text: 'Caf\u00e9 first, talk later' }] }
    const decomposed = { ...revision, items: [{ id: 'i1', sectionId: 'space', text: 'Cafe\u0301 first, talk later' }] }
    expect(canonicalRevisionBytes(context, composed)).toEqual(canonicalRevisionBytes(context, decomposed))
  })

  it('are stable: the exact bytes of a known revision never change between versions of Hearth', () => {
    const text = new TextDecoder().decode(canonicalRevisionBytes(context, revision))
    expect(text).toBe(
      SIGNING_DOMAIN +
        '{"agreementId":"agr-1","author":"A","createdAt":"2026-03-02T10:00:00.000Z","items":[{"id":"i1","sectionId":"space","text":"Café first, talk later"}],' +
        '"number":2,"prevHash":"' + 'a'.repeat(64) + '","reviewDate":null,' +
        '"sections":[{"custom":false,"id":"space","needs":{"A":"Quiet mornings","B":""},"title":"Personal space and time alone"}]}',
    )
    expect(sha256Hex(canonicalRevisionBytes(context, revision))).toBe(sha256Hex(canonicalRevisionBytes({ ...context }, structuredClone(revision))))
  })

  it('change when the number, the previous hash or the agreement changes (no replay, no moving)', () => {
    const base = sha256Hex(canonicalRevisionBytes(context, revision))
    expect(sha256Hex(canonicalRevisionBytes(context, { ...revision, number: 3 }))).not.toBe(base)
    expect(sha256Hex(canonicalRevisionBytes({ ...context, prevHash: 'b'.repeat(64) }, revision))).not.toBe(base)
    expect(sha256Hex(canonicalRevisionBytes({ ...context, agreementId: 'agr-2' }, revision))).not.toBe(base)
  })

  it('refuse values that have no single spelling (fractions, undefined-only shapes)', () => {
    expect(() => canonicalJson(1.5)).toThrow()
    expect(() => canonicalJson(Number.NaN)).toThrow()
    expect(() => canonicalJson(() => 1)).toThrow()
  })

  it('give a fingerprint of four groups of four hex digits', () => {
    expect(signatureFingerprint(new Uint8Array(64))).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/)
  })
})
