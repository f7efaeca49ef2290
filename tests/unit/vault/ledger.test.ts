// Issue 15: the private ledger in two parts. Each partner vouches for their own records under
// their own key (ledger.ts); at twenty years that list is ~200 KB, and resealing it at every save
// was most of a save's work. Now a save rewrites only the recent part (the records changed since
// the base), and the base is rewritten when a record is removed or the recent part grows past
// RECENT_LIMIT. These tests hold the two parts to the promises of the single ledger: the partner
// who holds only the shared key cannot remove, roll back or mix parts unnoticed, and the base
// alone (all that an older Hearth reads) never names a record that is gone.

import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { decodeSegment } from '../../../electron/services/vault/format'
import { passphraseBytes } from '../../../electron/services/vault/kdf'
import { openSlot } from '../../../electron/services/vault/keyslots'
import { parseManifest } from '../../../electron/services/vault/manifest'
import { checkLedger, LEDGER_KIND, RECENT_LIMIT, isLedgerBody, isRecentBody, ledgerId, recentId, type LedgerBody, type RecentBody } from '../../../electron/services/vault/ledger'
import { openRecord, sealRecord, type ActiveKeys } from '../../../electron/services/vault/records'
import type { StoredRecord } from '../../../electron/services/vault/types'
import { newVault, openVault, PASS_A, PASS_B } from './helpers'
import { readStore, rewriteStore, sharedKey } from './tamper'

const dirs: string[] = []
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true })
})

/** A's keys, opened from A's passphrase slot on disk (what the test needs to read A's ledger). */
const keysOfA = async (dir: string): Promise<ActiveKeys> => {
  const parsed = parseManifest(await readFile(join(dir, 'journal.hearth'), 'utf8'), 'journal')
  if (!parsed.ok) throw new Error('bad manifest')
  for (const slot of parsed.manifest.header.keyslots ?? []) {
    if (slot.partner !== 'A' || slot.type !== 'passphrase') continue
    const opened = await openSlot(parsed.manifest.vaultId, slot, passphraseBytes(PASS_A), true)
    if (opened) return { partner: 'A', sk: opened.keyset.sk, pk: opened.keyset.pk }
  }
  throw new Error('no slot of A opened')
}

/** A's two ledger records as the file holds them (sealed, and opened with A's key). */
const ledgerOnDisk = async (dir: string) => {
  const keys = await keysOfA(dir)
  const { records, inner } = await readStore(dir, 'journal', keys.sk.key)
  const open = (id: string): StoredRecord | undefined => {
    const sealed = records.find((r) => r.id === id)
    const opened = sealed ? openRecord('journal', keys, sealed) : null
    return opened?.kind === 'ok' ? opened.record : undefined
  }
  const base = open(ledgerId('A'))
  const recent = open(recentId('A'))
  return {
    keys,
    records,
    inner,
    base: base as StoredRecord<LedgerBody> | undefined,
    recent: recent as StoredRecord<RecentBody> | undefined,
    sealedBase: records.find((r) => r.id === ledgerId('A'))!,
    sealedRecent: records.find((r) => r.id === recentId('A')),
  }
}

const setup = async (extra: Parameters<typeof newVault>[0] = {}) => {
  const made = await newVault(extra)
  dirs.push(made.dir)
  await made.vault.unlock('A', PASS_A)
  const j = made.vault.store('journal')
  const ids: string[] = []
  for (const body of ['first', 'second', 'third']) ids.push((await j.put({ kind: 'entry', owner: 'A', body })).id)
  return { ...made, j, ids, reopen: () => openVault(made.dir, extra) }
}

const noticesOfA = async (dir: string) => {
  const v = openVault(dir)
  await v.unlock('A', PASS_A)
  return v.status().notices
}

describe('a save rewrites only the recent part of the ledger', () => {
  it('an edit reseals the small recent part; the base keeps its revision until a removal folds it in', async () => {
    const { dir, j, ids } = await setup()
    const before = await ledgerOnDisk(dir)
    expect(before.base?.body.recent).toBe(true)
    expect(before.recent?.body.base).toBe(before.base?.rev)

    await j.put({ id: ids[1], kind: 'entry', owner: 'A', body: 'second, edited', expectedRev: 1 })
    const edited = await ledgerOnDisk(dir)
    expect(edited.sealedBase).toEqual(before.sealedBase) // not even resealed
    expect(edited.recent!.rev).toBe(before.recent!.rev + 1)
    expect(edited.recent!.body.entries[ids[1]!]?.[0]).toBe(2)

    await j.remove(ids[2]!)
    const removed = await ledgerOnDisk(dir)
    expect(removed.base!.rev).toBe(before.base!.rev + 1)
    expect(removed.recent!.body).toEqual({ base: removed.base!.rev, entries: {} })
    expect(Object.keys(removed.base!.body.entries).sort()).toEqual([ids[0], ids[1]].sort())
    expect(removed.base!.body.entries[ids[1]!]?.[0]).toBe(2)
    expect(await noticesOfA(dir)).toEqual([])
  })

  it(`past ${RECENT_LIMIT} records the recent part is folded into the base, in the same save`, async () => {
    const { dir, j } = await setup()
    const base = (await ledgerOnDisk(dir)).base!.rev
    const many = await j.putMany(Array.from({ length: RECENT_LIMIT + 1 }, (_, i) => ({ kind: 'entry', owner: 'A' as const, body: `entry ${i}` })))
    const folded = await ledgerOnDisk(dir)
    expect(folded.base!.rev).toBe(base + 1)
    expect(folded.recent!.body.entries).toEqual({})
    for (const r of many) expect(folded.base!.body.entries[r.id]).toEqual([1, r.createdAt])
    await j.put({ kind: 'entry', owner: 'A', body: 'one more' })
    const after = await ledgerOnDisk(dir)
    expect(after.base!.rev).toBe(base + 1)
    expect(Object.keys(after.recent!.body.entries)).toHaveLength(1)
  })

  it('the recent part stays in the newest segment, next to the records being written', async () => {
    const { dir, j } = await setup({ segmentBytes: 1500 })
    for (let i = 0; i < 12; i++) {
      await j.put({ kind: 'entry', owner: 'A', body: `an entry of some length, number ${i}: ${'words '.repeat(30)}` })
      const { inner } = await ledgerOnDisk(dir)
      const newest = decodeSegment(await readFile(join(dir, 'journal.seg', inner.segments.at(-1)!.name)))!.records
      expect(newest.some((r) => r.id === recentId('A'))).toBe(true)
    }
    expect((await ledgerOnDisk(dir)).inner.segments.length).toBeGreaterThan(3)
    expect(await noticesOfA(dir)).toEqual([])
  })

  it('a key rotation reseals both parts under the new key; A is told of nothing', async () => {
    const { dir, vault, j, ids } = await setup()
    await j.put({ id: ids[0], kind: 'entry', owner: 'A', body: 'edited before the rotation', expectedRev: 1 })
    await vault.rotatePrivateKey(PASS_A)
    const after = await ledgerOnDisk(dir)
    expect(after.base && after.recent).toBeTruthy()
    expect(after.recent!.body.base).toBe(after.base!.rev)
    expect(await noticesOfA(dir)).toEqual([])
  })
})

describe('threat: the partner with the shared key edits the file', () => {
  it("an entry named only in the recent part, removed: named at A's unlock", async () => {
    const { dir, vault, ids } = await setup()
    vault.lock('user')
    expect((await ledgerOnDisk(dir)).base!.body.entries[ids[2]!]).toBeUndefined()
    const skB = await sharedKey(dir, 'B', PASS_B)
    await rewriteStore(dir, 'journal', skB, (records) => records.filter((r) => r.id !== ids[2]))
    const [notice] = await noticesOfA(dir)
    expect(notice).toMatchObject({ kind: 'private-missing' })
    expect(notice!.message).toContain('1 of your private entries is missing')
  })

  it("the recent part removed: named at A's unlock (the base promises it)", async () => {
    const { dir, vault } = await setup()
    vault.lock('user')
    const skB = await sharedKey(dir, 'B', PASS_B)
    await rewriteStore(dir, 'journal', skB, (records) => records.filter((r) => r.id !== recentId('A')))
    expect(await noticesOfA(dir)).toEqual([expect.objectContaining({ kind: 'private-missing', message: expect.stringMatching(/Part of the list Hearth keeps/) })])
  })

  it("the recent part swapped for one written for an older base: named at A's unlock", async () => {
    const { dir, vault, j, ids } = await setup()
    const older = (await ledgerOnDisk(dir)).sealedRecent!
    await j.remove(ids[0]!) // folds the recent part into a new base
    vault.lock('user')
    const skB = await sharedKey(dir, 'B', PASS_B)
    await rewriteStore(dir, 'journal', skB, (records) => records.map((r) => (r.id === recentId('A') ? older : r)))
    expect(await noticesOfA(dir)).toEqual([expect.objectContaining({ kind: 'private-missing', message: expect.stringMatching(/Part of the list Hearth keeps/) })])
  })
})

describe('what an older Hearth reads: the base alone', () => {
  it('never names a record that is gone, nor a newer revision than the file holds', async () => {
    const { dir, j, ids } = await setup()
    await j.put({ id: ids[0], kind: 'entry', owner: 'A', body: 'first, edited', expectedRev: 1 })
    await j.remove(ids[1]!)
    await j.put({ kind: 'entry', owner: 'A', body: 'fourth' })
    const { base, records } = await ledgerOnDisk(dir)
    expect(isLedgerBody(base!.body)).toBe(true)
    const check = checkLedger(base!.body, (id) => records.find((r) => r.id === id)?.rev)
    expect(check).toEqual({ missing: [], older: [] })
  })

  it('a save by an older Hearth (a whole base, the recent part left stale) raises no notice, and the next save splits it again', async () => {
    const { dir, vault } = await setup()
    vault.lock('user')
    const { keys, base, recent } = await ledgerOnDisk(dir)
    // What an older build writes: the whole list in one record, its revision one up, nothing else.
    const whole = { ...base!, rev: base!.rev + 1, body: { entries: { ...base!.body.entries, ...recent!.body.entries } } }
    const skB = await sharedKey(dir, 'B', PASS_B)
    await rewriteStore(dir, 'journal', skB, (records) => records.map((r) => (r.id === ledgerId('A') ? sealRecord('journal', keys, whole) : r)))
    expect(await noticesOfA(dir)).toEqual([])

    const v = openVault(dir)
    await v.unlock('A', PASS_A)
    await v.store('journal').put({ kind: 'entry', owner: 'A', body: 'after the older build' })
    const after = await ledgerOnDisk(dir)
    expect(after.base!.kind).toBe(LEDGER_KIND)
    expect(after.base!.body.recent).toBe(true)
    expect(isRecentBody(after.recent!.body) && after.recent!.body.base).toBe(after.base!.rev)
    expect(await noticesOfA(dir)).toEqual([])
  })
})
