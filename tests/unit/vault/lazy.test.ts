// Version 3 opens records lazily, by kind, behind a sealed kind index per segment. These tests
// hold it to the promise that laziness is invisible: every list and get answers exactly what
// opening everything at unlock would, for each partner, whatever the files say; the other
// partner's private kinds are never learnt; and older files still open and are upgraded.

import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sha256B64, toB64 } from '../../../electron/services/vault/encoding'
import { decodeSegment, encodeSegment, indexInner, type SealedRecord } from '../../../electron/services/vault/format'
import { buildManifest } from '../../../electron/services/vault/manifest'
import { sealJsonBytes } from '../../../electron/services/vault/seal'
import type { HearthVault } from '../../../electron/services/vault/vault'
import type { Vault } from '../../../electron/services/vault/types'
import { newVault, openVault, PASS_A, PASS_B } from './helpers'
import { readStore, rewriteStore, sharedKey } from './tamper'

const KINDS = ['note', 'answers', 'entry', 'settings'] as const
const journalOf = (v: Vault) => (v as HearthVault).session!.stores.journal

/** Everything each kind lists and every id gets, for partner `p`. */
const view = async (dir: string, p: 'A' | 'B', ids: string[], open: (v: Vault) => void = () => {}) => {
  const v = openVault(dir)
  await v.unlock(p, p === 'A' ? PASS_A : PASS_B)
  open(v)
  const lists = Object.fromEntries(KINDS.map((k) => [k, v.store('journal').list(k).map((r) => [r.id, r.rev, r.body])]))
  const gets = ids.map((id) => v.store('journal').get(id)?.body ?? null)
  const unreadable = v.status().unreadableRecords
  v.lock('user')
  return { lists, gets, unreadable }
}

/** A journal of shared and private records of several kinds, written by both partners. */
const journal = async () => {
  const { dir, vault } = await newVault({ segmentBytes: 1500 })
  const ids: string[] = []
  for (const [p, pass] of [['A', PASS_A], ['B', PASS_B]] as const) {
    await vault.unlock(p, pass)
    for (let i = 0; i < 6; i++) {
      const kind = KINDS[i % KINDS.length]!
      ids.push((await vault.store('journal').put({ kind, owner: i % 2 ? p : 'shared', body: `${p} ${kind} ${i}` })).id)
    }
    vault.lock('user')
  }
  return { dir, vault, ids }
}

const eagerly = (v: Vault) => journalOf(v).openAll()

describe('unlock opens only what is asked for, and answers as if it had opened everything', () => {
  it('after unlock the records wait sealed; each list and get then answers exactly what opening all of them gives', async () => {
    const { dir, ids } = await journal()
    const v = openVault(dir)
    await v.unlock('A', PASS_A)
    // Only what unlock itself needs (the ledger) is open: A's 12 readable records wait.
    expect(journalOf(v).waitingCount).toBeGreaterThanOrEqual(9)
    v.store('journal').list('note')
    expect(journalOf(v).waitingCount).toBeLessThan(12)
    v.lock('user')
    for (const p of ['A', 'B'] as const) expect(await view(dir, p, ids)).toEqual(await view(dir, p, ids, eagerly))
  })

  it("a save by A keeps B's index box as it was: B's records still wait sealed at B's unlock, and A never opened them", async () => {
    const { dir, ids } = await journal()
    const v = openVault(dir)
    await v.unlock('A', PASS_A)
    // Edit every record A may edit: every segment holding A's records is written again by A.
    for (const id of ids) {
      const r = v.store('journal').get<string>(id)
      if (r) await v.store('journal').put({ id, kind: r.kind, owner: r.owner, body: `${r.body} (edited)` })
    }
    const rs = journalOf(v)
    // A's session holds no record of B's, opened or waiting.
    expect(ids.filter((id, i) => i >= 6 && i % 2 === 1).map((id) => rs.get(id))).toEqual([undefined, undefined, undefined])
    v.lock('user')
    const b = openVault(dir)
    await b.unlock('B', PASS_B)
    const bPrivate = ids.filter((_, i) => i >= 6 && i % 2 === 1)
    expect(journalOf(b).waitingCount).toBeGreaterThanOrEqual(bPrivate.length)
    expect(bPrivate.map((id) => b.store('journal').get(id)?.body)).toEqual(['B answers 1', 'B settings 3', 'B answers 5'])
    b.lock('user')
    expect(await view(dir, 'B', ids)).toEqual(await view(dir, 'B', ids, eagerly))
  })

  it('an index that lies about a kind (the shared-key holder rewrote it) is caught when a record opens: everything is opened, nothing is missed', async () => {
    const { dir, ids } = await journal()
    const expected = await view(dir, 'A', ids, eagerly)
    const sk = await sharedKey(dir, 'B', PASS_B)
    // One segment with every record, and a shared-key index that is true except for one
    // shared record (an 'entry') it calls a 'note'.
    const kinds = await kindsById(dir, ids)
    const { records } = await readStore(dir, 'journal', sk)
    const shared = records.filter((r) => r.owner === 'shared')
    const liar = shared.find((r) => kinds.get(r.id) === 'entry')!
    const box = { keyId: liar.keyId, ...sealJsonBytes(sk, indexInner('journal', shared.map((r) => (r === liar ? 'note' : kinds.get(r.id)!)))) }
    await writeSegment(dir, sk, records, [box])
    const v = openVault(dir)
    await v.unlock('A', PASS_A)
    expect(journalOf(v).waitingCount).toBeGreaterThan(0) // the forged index was taken at first
    // Listing notes opens the record that is not one: the index is distrusted and everything
    // opened (the records of other kinds no longer wait).
    v.store('journal').list('note')
    expect(journalOf(v).waitingCount).toBe(0)
    v.lock('user')
    expect(await view(dir, 'A', ids)).toEqual(expected)
  })

  it('a record that fails to open in the background is counted then, and the change is announced', async () => {
    const { dir, ids } = await journal()
    const sk = await sharedKey(dir, 'A', PASS_A)
    const { records } = await readStore(dir, 'journal', sk)
    const shared = records.filter((r) => r.owner === 'shared')
    // Two shared records' boxes swapped: each opens as the other's id, so neither is accepted.
    const [x, y] = shared
    const swapped = records.map((r) => (r === x ? { ...x, nonce: y!.nonce, box: y!.box } : r === y ? { ...y, nonce: x!.nonce, box: x!.box } : r))
    const kinds = await kindsById(dir, ids)
    const box = { keyId: x!.keyId, ...sealJsonBytes(sk, indexInner('journal', swapped.filter((r) => r.owner === 'shared').map((r) => kinds.get(r.id)!))) }
    await writeSegment(dir, sk, swapped, [box])
    const v = openVault(dir)
    const seen: number[] = []
    v.onChange((s) => seen.push(s.unreadableRecords))
    await v.unlock('A', PASS_A)
    expect(v.status().unreadableRecords).toBe(0) // not opened yet
    while (!v.warmStep(performance.now() + 5));
    expect(v.status().unreadableRecords).toBe(2)
    expect(seen).toContain(2)
  })

  it('locking stops the background work and drops what it opened', async () => {
    const { dir } = await journal()
    const v = openVault(dir)
    await v.unlock('A', PASS_A)
    const rs = journalOf(v)
    v.lock('user')
    expect(v.warmStep(performance.now() + 50)).toBe(true)
    await v.load() // the lock's wipe runs in the writer queue
    await (v as HearthVault).enqueue(async () => {})
    expect(rs.waitingCount).toBe(0)
    expect(() => rs.list('note')).toThrow()
  })
})

describe('older segments', () => {
  it('a version 2 segment (JSON, base64 boxes, no index) opens at unlock; the background upgrade writes it again with an index', async () => {
    const { dir, ids } = await journal()
    const expected = await view(dir, 'A', ids, eagerly)
    const sk = await sharedKey(dir, 'A', PASS_A)
    const { records } = await readStore(dir, 'journal', sk)
    const text = JSON.stringify(records.map((r) => ({ ...r, box: toB64(r.box) })))
    await writeSegment(dir, sk, null, [], text)
    const v = openVault(dir)
    await v.unlock('A', PASS_A)
    expect(journalOf(v).waitingCount).toBe(0) // nothing indexed: everything opened, as in version 2
    while (!v.warmStep(performance.now() + 5));
    await (v as HearthVault).enqueue(async () => {}) // the upgrade's save, queued by the last step
    v.lock('user')
    expect(await view(dir, 'A', ids)).toEqual(expected)
    const again = openVault(dir)
    await again.unlock('A', PASS_A)
    expect(journalOf(again).waitingCount).toBeGreaterThan(0)
    again.lock('user')
  })
})

/** Replaces the journal's segments with one segment (records + index boxes, or raw text). */
const writeSegment = async (dir: string, sk: Uint8Array, records: SealedRecord[] | null, index: Parameters<typeof encodeSegment>[0]['index'], raw?: string) => {
  await rewriteStore(dir, 'journal', sk, (rs) => rs)
  const { manifest, inner } = await readStore(dir, 'journal', sk)
  const bytes = raw !== undefined ? Buffer.from(raw) : encodeSegment({ records: records!, index })
  const name = `${inner.generation + 1}-0.json`
  await writeFile(join(dir, 'journal.seg', name), bytes)
  const next = buildManifest('journal', manifest.vaultId, manifest.header, { generation: inner.generation + 1, savedAt: inner.savedAt, signingPublicKeys: inner.signingPublicKeys, segments: [{ name, sha256: sha256B64(bytes) }] }, sk)
  await writeFile(join(dir, 'journal.hearth'), JSON.stringify(next))
  expect(decodeSegment(await readFile(join(dir, 'journal.seg', name)))).not.toBeNull()
}

const kindsById = async (dir: string, ids: string[]): Promise<Map<string, string>> => {
  const v = openVault(dir)
  await v.unlock('A', PASS_A)
  const out = new Map<string, string>()
  for (const id of ids) {
    const r = v.store('journal').get(id)
    if (r) out.set(id, r.kind)
  }
  v.lock('user')
  return out
}
