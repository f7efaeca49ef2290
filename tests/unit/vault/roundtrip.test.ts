import { describe, expect, it } from 'vitest'
import { newVault, openVault, PASS_A, PASS_B, codeOf, snapshot } from './helpers'

describe('vault round trips', () => {
  it('a couple creates a journal, each partner writes, and both read what they may after relock', async () => {
    const { dir, vault } = await newVault()
    expect(vault.status()).toMatchObject({ state: 'locked', partners: [{ id: 'A', name: 'Sam' }, { id: 'B', name: 'Rio' }] })

    await vault.unlock('A', PASS_A)
    const journal = vault.store('journal')
    const shared = await journal.put({ kind: 'entry', owner: 'shared', body: { text: 'our trip' } })
    const mine = await journal.put({ kind: 'entry', owner: 'A', body: { text: 'just for me' } })
    const edited = await journal.put({ id: shared.id, kind: 'entry', owner: 'shared', body: { text: 'our trip!' }, expectedRev: 1 })
    expect(edited.rev).toBe(2)
    expect(journal.list('entry').map((r) => r.id)).toEqual([shared.id, mine.id])
    vault.lock('user')
    expect(vault.status().state).toBe('locked')
    expect(await codeOf(() => journal.list('entry'))).toBe('locked')

    const again = openVault(dir)
    await again.load()
    await again.unlock('B', PASS_B)
    const seen = again.store('journal').list<{ text: string }>('entry')
    expect(seen.map((r) => r.body.text)).toEqual(['our trip!'])
    expect(again.store('journal').get(mine.id)).toBeUndefined()
    await again.store('journal').remove(shared.id)
    again.lock('user')

    await again.unlock('A', PASS_A)
    expect(again.store('journal').list('entry').map((r) => r.id)).toEqual([mine.id])
    expect(again.status()).toMatchObject({ state: 'unlocked', active: 'A', unreadableRecords: 0 })
    expect((await snapshot(dir))['journal.hearth']).toBeDefined()
  })

  it('a stale write (expectedRev) is refused with conflict and nothing changes', async () => {
    const { vault } = await newVault()
    await vault.unlock('A', PASS_A)
    const r = await vault.store('journal').put({ kind: 'note', owner: 'A', body: 1 })
    await vault.store('journal').put({ id: r.id, kind: 'note', owner: 'A', body: 2 })
    expect(await codeOf(vault.store('journal').put({ id: r.id, kind: 'note', owner: 'A', body: 3, expectedRev: 1 }))).toBe('conflict')
    expect(vault.store('journal').get(r.id)?.body).toBe(2)
  })

  it('putMany is all or nothing: one forbidden input saves none', async () => {
    const { vault } = await newVault()
    await vault.unlock('A', PASS_A)
    const before = vault.status().generation
    const code = await codeOf(vault.store('journal').putMany([{ kind: 'x', owner: 'shared', body: 1 }, { kind: 'x', owner: 'B', body: 2 }]))
    expect(code).toBe('forbidden')
    expect(vault.store('journal').list('x')).toEqual([])
    expect(vault.status().generation).toBe(before)
  })

  it('signing: each partner signs with their own key, verifiable with the published public key', async () => {
    const nacl = (await import('tweetnacl')).default
    const { vault } = await newVault()
    await vault.unlock('B', PASS_B)
    const msg = new TextEncoder().encode('we agree')
    const sig = vault.sign(msg)
    const keys = vault.signingPublicKeys()
    expect(nacl.sign.detached.verify(msg, sig, keys.B)).toBe(true)
    expect(nacl.sign.detached.verify(msg, sig, keys.A)).toBe(false)
    expect(await vault.verifyPassphrase(PASS_B)).toBe(true)
    expect(await vault.verifyPassphrase(PASS_A)).toBe(false)
  })

  it('lock zeroes keys, drops records and tells listeners', async () => {
    const { vault } = await newVault()
    await vault.unlock('A', PASS_A)
    const reasons: string[] = []
    vault.onLock((r) => reasons.push(r))
    const store = vault.store('journal')
    await store.put({ kind: 'e', owner: 'A', body: 'x' })
    vault.lock('idle')
    expect(reasons).toEqual(['idle'])
    expect(await codeOf(() => vault.sign(new Uint8Array(1)))).toBe('locked')
    expect(await codeOf(store.put({ kind: 'e', owner: 'A', body: 'y' }))).toBe('locked')
  })

  it('the journal survives many saves across segment boundaries', async () => {
    const { dir, vault } = await newVault({ segmentBytes: 2000 })
    await vault.unlock('A', PASS_A)
    const ids: string[] = []
    for (let i = 0; i < 60; i++) ids.push((await vault.store('journal').put({ kind: 'e', owner: i % 2 ? 'A' : 'shared', body: { i, pad: 'x'.repeat(100) } })).id)
    await vault.store('journal').put({ id: ids[3], kind: 'e', owner: 'A', body: { i: 3, edited: true } })
    await vault.store('journal').remove(ids[10]!)
    const files = Object.keys(await snapshot(dir)).filter((f) => f.startsWith('journal.seg/'))
    expect(files.length).toBeGreaterThan(3)
    const again = openVault(dir)
    await again.unlock('A', PASS_A)
    const list = again.store('journal').list<{ i: number; edited?: boolean }>('e')
    expect(list).toHaveLength(59)
    expect(list.find((r) => r.id === ids[3])?.body.edited).toBe(true)
  })
})
