// Issue 10, bugs 5 and 6: an older file put back is seen, never made permanent; a partner's own
// private entries removed or rolled back by the other partner (who holds the shared key) are
// named at the owner's unlock. Also the version 1 -> 2 upgrade that brought the ledger.

import { copyFile, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { sha256B64, toB64 } from '../../../electron/services/vault/encoding'
import { decodeSegment, VERSION, type Keyslot, type SealedRecord } from '../../../electron/services/vault/format'
import { passphraseBytes } from '../../../electron/services/vault/kdf'
import { openSlot } from '../../../electron/services/vault/keyslots'
import { buildManifest, manifestCheck, openManifest, parseManifest } from '../../../electron/services/vault/manifest'
import { sealJson } from '../../../electron/services/vault/seal'
import type { StoreName } from '../../../electron/services/vault/types'
import { when } from '../../../electron/services/vault/when'
import { newVault, openVault, PASS_A, PASS_B } from './helpers'
import { readJson, readStore, rewriteStore, sharedKey } from './tamper'

const dirs: string[] = []
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true })
})

/** A clock a day further on at every reading, so every save has its own date. */
const days = () => {
  let t = Date.UTC(2026, 4, 1, 12)
  return { now: () => new Date((t += 86_400_000)) }
}

const setup = async (keepGenerations = 10) => {
  const clock = days()
  const made = await newVault({ clock, keepGenerations })
  dirs.push(made.dir)
  return { ...made, clock, reopen: () => openVault(made.dir, { clock, keepGenerations }) }
}

const backupGens = async (dir: string, store: StoreName = 'journal') => (await readdir(join(dir, `${store}.backups`))).map((f) => parseInt(f)).sort((a, b) => a - b)

/** Every segment a backup generation names is still on disk (the backup still opens in full). */
const backupWhole = async (dir: string, gen: number, sk: Uint8Array): Promise<boolean> => {
  const parsed = parseManifest(await readFile(join(dir, 'journal.backups', `${gen}.hearth`), 'utf8'), 'journal')
  const inner = parsed.ok ? openManifest(parsed, sk) : null
  if (!inner) return false
  const segs = new Set(await readdir(join(dir, 'journal.seg')))
  return inner.segments.every((s) => segs.has(s.name))
}

describe('an older journal file put back over a newer one', () => {
  it('is named at unlock with both dates, the newer copy opens, and 20 saves never prune it', async () => {
    const { dir, vault, reopen } = await setup(3)
    await vault.unlock('A', PASS_A)
    for (let i = 0; i < 6; i++) await vault.store('journal').put({ kind: 'entry', owner: 'shared', body: `evening ${i}` })
    const newest = vault.status().generation!
    vault.lock('user')
    const [old] = await backupGens(dir)
    const oldSaved = (parseManifest(await readFile(join(dir, 'journal.backups', `${old}.hearth`), 'utf8'), 'journal') as { manifest: { header: { savedAt: string } } }).manifest.header.savedAt
    const newSaved = (await readJson(join(dir, 'journal.hearth'))).header as { savedAt: string }
    await copyFile(join(dir, 'journal.backups', `${old}.hearth`), join(dir, 'journal.hearth'))

    const v = reopen()
    await v.unlock('A', PASS_A)
    expect(v.status().generation).toBe(old)
    const notice = v.status().notices.find((n) => n.kind === 'rollback' && n.store === 'journal')!
    expect(notice.newer?.generation).toBe(newest)
    expect(notice.message).toContain(when(oldSaved).replace(/^on /, ''))
    expect(notice.message).toContain(when(newSaved.savedAt).replace(/^on /, ''))

    // Twenty ordinary saves on the older file (keeping 3 generations): the newer ones stay.
    const sk = await sharedKey(dir, 'A', PASS_A)
    const newer = (await backupGens(dir)).filter((g) => g > old!)
    for (let i = 0; i < 20; i++) await v.store('journal').put({ kind: 'entry', owner: 'A', body: `after the rollback ${i}` })
    for (const g of newer) expect(await backupWhole(dir, g, sk)).toBe(true)
    v.lock('user')
    await v.unlock('A', PASS_A)
    expect(v.status().notices.find((n) => n.kind === 'rollback')?.newer?.generation).toBe(newest)

    // The couple opens the newer copy: the present file is set aside, not overwritten.
    expect((await v.restoreBackup(newest)).state).toBe('locked')
    expect((await readdir(dir)).some((n) => n.startsWith('journal.hearth.set-aside-'))).toBe(true)
    await v.unlock('B', PASS_B)
    expect(v.status().generation).toBe(newest)
    expect(v.store('journal').list('entry').map((r) => r.body)).toEqual([0, 1, 2, 3, 4, 5].map((i) => `evening ${i}`))
  })

  it("keepCurrent('journal') lets the newer copies go: later saves may prune them", async () => {
    const { dir, vault, reopen } = await setup(3)
    await vault.unlock('A', PASS_A)
    for (let i = 0; i < 5; i++) await vault.store('journal').put({ kind: 'entry', owner: 'shared', body: i })
    vault.lock('user')
    const [old] = await backupGens(dir)
    const newer = (await backupGens(dir)).filter((g) => g > old!)
    await copyFile(join(dir, 'journal.backups', `${old}.hearth`), join(dir, 'journal.hearth'))
    const v = reopen()
    await v.unlock('A', PASS_A)
    expect(v.status().notices.map((n) => n.kind)).toEqual(['rollback'])
    expect((await v.keepCurrent('journal')).notices).toEqual([])
    for (let i = 0; i < 5; i++) await v.store('journal').put({ kind: 'entry', owner: 'shared', body: `kept ${i}` })
    const left = await backupGens(dir)
    expect(left).toHaveLength(3)
    expect(newer.some((g) => left.includes(g))).toBe(false)
    v.lock('user')
    await v.unlock('B', PASS_B)
    expect(v.status().notices).toEqual([])
  })

  it('a boundaries file put back raises a rollback notice for the agreement', async () => {
    const { dir, vault, reopen } = await setup()
    await vault.unlock('A', PASS_A)
    for (const line of ['we ask first', 'we take breaks', 'signed by both']) await vault.store('boundaries').put({ kind: 'line', owner: 'shared', body: line })
    vault.lock('user')
    const gens = await backupGens(dir, 'boundaries')
    await copyFile(join(dir, 'boundaries.backups', `${gens[1]}.hearth`), join(dir, 'boundaries.hearth'))
    const v = reopen()
    await v.unlock('B', PASS_B)
    const notice = v.status().notices.find((n) => n.store === 'boundaries')
    expect(notice).toMatchObject({ kind: 'rollback', newer: { generation: gens.at(-1) } })
    expect(notice!.message).toMatch(/agreement file was last saved/)
    await v.restoreBackup(gens.at(-1)!, 'boundaries')
    await v.unlock('B', PASS_B)
    expect(v.store('boundaries').list('line')).toHaveLength(3)
    expect(v.status().notices).toEqual([])
  })
})

describe("the other partner edits A's private entries with the shared key", () => {
  const withPrivate = async () => {
    const s = await setup()
    await s.vault.unlock('A', PASS_A)
    const j = s.vault.store('journal')
    const ids = []
    for (const body of ['first', 'second', 'third']) ids.push((await j.put({ kind: 'entry', owner: 'A', body })).id)
    await j.put({ id: ids[1], kind: 'entry', owner: 'A', body: 'second, edited', expectedRev: 1 })
    const gen = s.vault.status().generation!
    const savedAt = s.vault.status().lastSavedAt!
    s.vault.lock('user')
    return { ...s, ids, gen, savedAt, skB: await sharedKey(s.dir, 'B', PASS_B) }
  }

  it('a removed entry is named with the backup date that has it, and that backup brings it back', async () => {
    const { dir, reopen, ids, gen, savedAt, skB } = await withPrivate()
    await rewriteStore(dir, 'journal', skB, (records) => records.filter((r) => r.id !== ids[0]))
    const b = reopen()
    await b.unlock('B', PASS_B)
    expect(b.status().notices).toEqual([]) // B's own entries are all there
    b.lock('user')
    const v = reopen()
    await v.unlock('A', PASS_A)
    const [notice] = v.status().notices
    expect(notice).toMatchObject({ kind: 'private-missing', newer: { generation: gen } })
    expect(notice!.message).toContain('1 of your private entries is missing')
    expect(notice!.message).toContain(`The backup of ${when(savedAt).replace(/^on /, '')} has them`)
    expect(v.store('journal').get(ids[0]!)).toBeUndefined()
    await v.restoreBackup(gen)
    await v.unlock('A', PASS_A)
    expect(v.store('journal').get(ids[0]!)?.body).toBe('first')
    expect(v.status().notices).toEqual([])
  })

  it("an entry replaced by an older revision's ciphertext is named as older", async () => {
    const { dir, reopen, ids, skB } = await withPrivate()
    const segs = await readdir(join(dir, 'journal.seg'))
    let older: SealedRecord | undefined
    for (const s of segs) older ??= decodeSegment(await readFile(join(dir, 'journal.seg', s)))?.records.find((r) => r.id === ids[1] && r.rev === 1)
    expect(older).toBeDefined()
    await rewriteStore(dir, 'journal', skB, (records) => records.map((r) => (r.id === ids[1] ? older! : r)))
    const v = reopen()
    await v.unlock('A', PASS_A)
    expect(v.store('journal').get(ids[1]!)?.body).toBe('second')
    expect(v.status().notices[0]?.message).toMatch(/^1 is older than you last saved it\./)
  })

  it("A's ledger deleted: named at A's unlock", async () => {
    const { dir, reopen, skB } = await withPrivate()
    await rewriteStore(dir, 'journal', skB, (records) => records.filter((r) => r.id !== 'vault.ledger.A'))
    const v = reopen()
    await v.unlock('A', PASS_A)
    expect(v.status().notices).toEqual([expect.objectContaining({ kind: 'private-missing', message: expect.stringMatching(/list Hearth keeps of your own private entries is missing/) })])
  })
})

/** Writes `store` as version 1 would have: no ledgers, no `held`, slots without `ledger: true`. */
const downgrade = async (dir: string, store: StoreName, sk: Uint8Array) => {
  const { manifest, inner, records } = await readStore(dir, store, sk)
  // Version 1 segments are JSON arrays of records with base64 boxes.
  const text = JSON.stringify(records.filter((r) => !r.id.startsWith('vault.ledger.')).map((r) => ({ ...r, box: toB64(r.box) })))
  const name = `${inner.generation + 500}-0.json`
  await writeFile(join(dir, `${store}.seg`, name), text)
  const keyslots: Keyslot[] = []
  for (const slot of manifest.header.keyslots ?? []) {
    const pass = slot.partner === 'A' ? PASS_A : PASS_B
    const opened = slot.type === 'passphrase' ? await openSlot(manifest.vaultId, slot, passphraseBytes(pass), true) : null
    if (!opened) {
      keyslots.push(slot)
      continue
    }
    const k = opened.keyset
    const payload = { vaultId: manifest.vaultId, slotId: slot.id, partner: slot.partner, type: slot.type, skId: k.sk.id, sk: toB64(k.sk.key), pkId: k.pk.id, pk: toB64(k.pk.key), signSecretKey: toB64(k.signSecretKey), signPublicKey: toB64(k.signPublicKey), recoveryKek: k.recoveryKek ? toB64(k.recoveryKek) : undefined }
    keyslots.push({ id: slot.id, partner: slot.partner, type: slot.type, kdf: slot.kdf, ...sealJson(opened.kek, payload) })
  }
  const header = manifest.header.keyslots ? { ...manifest.header, keyslots } : manifest.header
  const v2 = buildManifest(store, manifest.vaultId, header, { generation: inner.generation + 500, savedAt: inner.savedAt, signingPublicKeys: inner.signingPublicKeys, segments: [{ name, sha256: sha256B64(text) }] }, sk)
  const v1: Record<string, unknown> = { ...v2, version: 1 }
  v1.check = manifestCheck(v1)
  await writeFile(join(dir, `${store}.hearth`), JSON.stringify(v1))
}

describe('a version 1 journal', () => {
  it('is upgraded at the first unlock, its manifest kept; no partner sees a notice then or later', async () => {
    const { dir, reopen } = await setup()
    const first = reopen()
    await first.unlock('A', PASS_A)
    const mine = await first.store('journal').put({ kind: 'entry', owner: 'A', body: 'from version 1' })
    first.lock('user')
    const sk = await sharedKey(dir, 'A', PASS_A)
    for (const store of ['journal', 'boundaries'] as const) await downgrade(dir, store, sk)
    expect((await readJson(join(dir, 'journal.hearth'))).version).toBe(1)

    const v = reopen()
    await v.unlock('A', PASS_A)
    expect(v.status().notices).toEqual([])
    expect(v.store('journal').get(mine.id)?.body).toBe('from version 1')
    expect((await readdir(dir)).filter((n) => n.startsWith('journal.hearth.v1-'))).toHaveLength(1)
    expect((await readJson(join(dir, 'journal.hearth'))).version).toBe(VERSION)
    expect((await readJson(join(dir, 'boundaries.hearth'))).version).toBe(VERSION)
    for (const [partner, pass] of [['B', PASS_B], ['A', PASS_A], ['B', PASS_B]] as const) {
      v.lock('user')
      await v.unlock(partner, pass)
      expect(v.status().notices).toEqual([])
      expect(v.status().warning).toBeNull()
    }
    expect((await readStore(dir, 'journal', sk)).records.filter((r) => r.id.startsWith('vault.ledger.')).map((r) => r.owner).sort()).toEqual(['A', 'B'])
  })
})
