import { beforeEach, describe, expect, it } from 'vitest'
import { canonicalRevisionBytes, sha256Hex } from '../../../electron/services/boundaries/canonical'
import { REVISION_KIND, SIGNATURE_KIND, revisionRecordId, signatureRecordId, type RevisionBody, type SignatureBody } from '../../../electron/services/boundaries/records'
import { channels } from '../../../shared/contract'
import { PASS_A, PASS_B, codeOf, firstDraft, newCouple, type Couple } from './helpers'

let c: Couple
beforeEach(async () => {
  c = await newCouple()
})

/** Sam writes and signs revision 1, then Rio signs it. */
const agreeFirst = async () => {
  await c.as('A')
  await c.service.save(firstDraft())
  await c.service.sign(1, PASS_A)
  await c.as('B')
  return c.service.sign(1, PASS_B)
}

const body = <T>(id: string): T => c.vault.store('boundaries').get<T>(id)!.body
const putRaw = (id: string, kind: string, value: unknown) => c.vault.store('boundaries').put({ id, kind, owner: 'shared', body: value })

describe('a couple agrees their boundaries and each signs with their own passphrase', () => {
  it('is agreed once both signatures verify, with a readable fingerprint for each', async () => {
    const view = await agreeFirst()
    expect(view.latest?.agreed).toBe(true)
    expect(view.lastAgreed).toBe(1)
    expect(view.latest?.signatures.map((s) => s.state)).toEqual(['valid', 'valid'])
    expect(view.latest?.signatures[0]?.fingerprint).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/)
    // Still agreed for a fresh process reading the files.
    await c.reopen()
    await c.as('A')
    expect(c.service.view().latest?.agreed).toBe(true)
  })

  it('one signature is not agreement', async () => {
    await c.as('A')
    await c.service.save(firstDraft())
    const view = await c.service.sign(1, PASS_A)
    expect(view.latest?.signatures.map((s) => s.state)).toEqual(['valid', 'unsigned'])
    expect(view.latest?.agreed).toBe(false)
  })

  it('every change makes a new revision that needs both signatures again', async () => {
    await agreeFirst()
    const next = await c.service.save(firstDraft({ basedOn: 1, reviewDate: '2026-12-01' }))
    expect(next.latest?.number).toBe(2)
    expect(next.latest?.author).toBe('B')
    expect(next.latest?.agreed).toBe(false)
    expect(next.lastAgreed).toBe(1)
    expect(next.latest?.chainOk).toBe(true)
  })
})

describe('threat: one partner signs for the other', () => {
  it('the other partner’s passphrase does not sign, and nothing is written', async () => {
    await c.as('A')
    await c.service.save(firstDraft())
    expect(await codeOf(() => c.service.sign(1, PASS_B))).toBe('wrong-passphrase')
    expect(c.vault.store('boundaries').list(SIGNATURE_KIND)).toHaveLength(0)
  })

  it('a sign request cannot name a signer: the contract refuses the field', () => {
    const parsed = channels['boundaries:sign'].request.safeParse({ revision: 1, passphrase: PASS_A, signer: 'B' })
    expect(parsed.success).toBe(false)
  })

  it('a signature record claiming to be Rio’s but made with Sam’s key does not verify (wrong signer)', async () => {
    await c.as('A')
    await c.service.save(firstDraft())
    await c.service.sign(1, PASS_A)
    const samsSignature = body<SignatureBody>(signatureRecordId(1, 'A'))
    await putRaw(signatureRecordId(1, 'B'), SIGNATURE_KIND, { ...samsSignature, signer: 'B' })
    const view = c.service.view()
    expect(view.latest?.signatures.find((s) => s.partner === 'B')?.state).toBe('mismatch')
    expect(view.latest?.agreed).toBe(false)
  })

  it('signing twice is refused', async () => {
    await c.as('A')
    await c.service.save(firstDraft())
    await c.service.sign(1, PASS_A)
    expect(await codeOf(() => c.service.sign(1, PASS_A))).toBe('conflict')
  })
})

describe('threat: signed text is edited afterwards', () => {
  it('an agreed item edited in the file no longer verifies: "signature no longer matches"', async () => {
    await agreeFirst()
    const rev = body<RevisionBody>(revisionRecordId(1))
    await putRaw(revisionRecordId(1), REVISION_KIND, { ...rev, items: rev.items.map((i) => (i.id === 'i1' ? { ...i, text: 'We each get one evening a month alone.' } : i)) })
    const view = c.service.view()
    expect(view.latest?.signatures.map((s) => s.state)).toEqual(['mismatch', 'mismatch'])
    expect(view.latest?.agreed).toBe(false)
    expect(view.lastAgreed).toBeNull()
  })

  it('an edited "what I need" note or review date also breaks the signatures', async () => {
    await agreeFirst()
    const rev = body<RevisionBody>(revisionRecordId(1))
    await putRaw(revisionRecordId(1), REVISION_KIND, { ...rev, reviewDate: '2030-01-01' })
    expect(c.service.view().latest?.agreed).toBe(false)
  })
})

describe('threat: an old revision is replayed or a signature moved', () => {
  it('an old agreed revision replayed as the newest, with its signatures copied, is not agreed', async () => {
    await agreeFirst()
    await c.service.save(firstDraft({ basedOn: 1, items: [] }))
    const old = body<RevisionBody>(revisionRecordId(1))
    expect(c.service.view().latest?.number).toBe(2)
    // The replay claims to be revision 3 and to follow revision 2.
    const rev2 = body<RevisionBody>(revisionRecordId(2))
    await putRaw(revisionRecordId(3), REVISION_KIND, { ...old, number: 3, prevHash: sha256Hex(canonicalRevisionBytes(rev2, rev2)) })
    for (const p of ['A', 'B'] as const) {
      await putRaw(signatureRecordId(3, p), SIGNATURE_KIND, { ...body<SignatureBody>(signatureRecordId(1, p)), revision: 3 })
    }
    const view = c.service.view()
    expect(view.latest?.number).toBe(3)
    expect(view.latest?.chainOk).toBe(true)
    expect(view.latest?.signatures.map((s) => s.state)).toEqual(['mismatch', 'mismatch'])
    expect(view.lastAgreed).toBe(1)
  })

  it('an old revision put back under a newer number without changes is ignored, and a broken chain cannot be signed', async () => {
    await agreeFirst()
    await c.service.save(firstDraft({ basedOn: 1, items: [] }))
    // Revision 1 copied verbatim to revision 3's place: its own number disagrees with its place.
    await putRaw(revisionRecordId(3), REVISION_KIND, body(revisionRecordId(1)))
    expect(c.service.view().latest?.number).toBe(2)
    // Revision 3 that claims to follow revision 1 (skipping 2) breaks the chain.
    const old = body<RevisionBody>(revisionRecordId(1))
    await putRaw(revisionRecordId(3), REVISION_KIND, { ...old, number: 3 })
    const view = c.service.view()
    expect(view.latest?.chainOk).toBe(false)
    expect(view.latest?.agreed).toBe(false)
    expect(await codeOf(() => c.service.sign(3, PASS_B))).toBe('corrupt')
  })

  it('a signature moved from revision 1 to revision 2 does not verify there', async () => {
    await agreeFirst()
    await c.service.save(firstDraft({ basedOn: 1, reviewDate: null }))
    for (const p of ['A', 'B'] as const) {
      await putRaw(signatureRecordId(2, p), SIGNATURE_KIND, { ...body<SignatureBody>(signatureRecordId(1, p)), revision: 2 })
    }
    const view = c.service.view()
    expect(view.latest?.signatures.map((s) => s.state)).toEqual(['mismatch', 'mismatch'])
    expect(view.latest?.agreed).toBe(false)
    expect(view.lastAgreed).toBe(1)
  })

  it('only the newest revision can be signed', async () => {
    await agreeFirst()
    await c.service.save(firstDraft({ basedOn: 1, reviewDate: null }))
    await c.as('A')
    expect(await codeOf(() => c.service.sign(1, PASS_A))).toBe('conflict')
  })
})

describe('writing the agreement together', () => {
  it('each partner writes only their own "what I need": the other’s words are kept', async () => {
    await c.as('A')
    await c.service.save(firstDraft())
    await c.as('B')
    const view = await c.service.save(firstDraft({ basedOn: 1, sections: [{ id: 'space', title: '', myNeed: 'A walk on Sundays.' }] }))
    const space = view.latest?.sections.find((s) => s.id === 'space')
    expect(space?.needs).toEqual({ A: 'An evening to myself most weeks.', B: 'A walk on Sundays.' })
  })

  it('a save based on an older revision is refused, so nobody overwrites their partner unseen', async () => {
    await c.as('A')
    await c.service.save(firstDraft())
    expect(await codeOf(() => c.service.save(firstDraft({ basedOn: 0 })))).toBe('conflict')
  })

  it('saving unchanged words makes no new revision and keeps the signatures', async () => {
    await agreeFirst()
    const view = await c.service.save(firstDraft({ basedOn: 1, sections: [{ id: 'space', title: '', myNeed: '' }] }))
    // Rio's empty note is unchanged, so nothing changed at all.
    expect(view.latest?.number).toBe(1)
    expect(view.latest?.agreed).toBe(true)
  })

  it('keeps every built-in section, adds the couple’s own, and refuses items in a missing section', async () => {
    await c.as('A')
    const view = await c.service.save(
      firstDraft({
        sections: [{ id: 'custom-chores', title: 'Chores', myNeed: '' }],
        items: [{ id: 'c1', sectionId: 'custom-chores', text: 'Whoever cooks does not wash up.' }],
      }),
    )
    expect(view.latest?.sections.map((s) => s.id)).toEqual(['space', 'privacy', 'friendships', 'interests', 'family', 'social-media', 'money', 'custom-chores'])
    expect(await codeOf(() => c.service.save(firstDraft({ basedOn: 1, items: [{ id: 'x', sectionId: 'custom-gone', text: 'x' }] })))).toBe('bad-request')
    expect(await codeOf(() => c.service.save(firstDraft({ basedOn: 1, sections: [{ id: 'nonsense', title: 'x', myNeed: '' }] })))).toBe('bad-request')
    expect(await codeOf(() => c.service.save(firstDraft({ basedOn: 1, reviewDate: '2026-02-30' })))).toBe('bad-request')
  })

  it('reminds them when the review date has come', async () => {
    await c.as('A')
    expect((await c.service.save(firstDraft({ reviewDate: '2026-03-10' }))).reviewDue).toBe(false)
    c.clock.set('2026-03-10T09:00:00')
    expect(c.service.view().reviewDue).toBe(true)
  })

  it('history compares two revisions item by item', async () => {
    await c.as('A')
    await c.service.save(firstDraft())
    await c.service.save(firstDraft({ basedOn: 1, items: [{ id: 'i1', sectionId: 'space', text: 'Two evenings a week alone.' }, { id: 'i3', sectionId: 'family', text: 'Holidays alternate.' }] }))
    const diff = c.service.compare(1, 2)
    const bySection = Object.fromEntries(diff.sections.map((s) => [s.sectionId, s.items.map((i) => i.kind)]))
    expect(bySection).toEqual({ space: ['changed'], family: ['added'], money: ['removed'] })
  })
})
