// Stories: "a dead disk does not end our journal" (a backup copy on another disk, verified) and
// "we moved to a new laptop" (restore it, both of us unlock to the same journal). Threat: a copy
// that is cut short, changed by one byte, from a newer Hearth, not ours or hostile changes nothing.

import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { unzipSync, zipSync } from 'fflate'
import { afterEach, describe, expect, it } from 'vitest'
import { snapshot } from '../vault/helpers'
import { CMSG } from '../../../electron/services/carry/messages'
import { PASS, cleanUp, coupleWithJournal, startApp, tempFolder, whatPartnerSees } from './helpers'

afterEach(cleanUp)

const makeCopy = async () => {
  const couple = await coupleWithJournal()
  const out = await tempFolder('hearth-usb-')
  await couple.as('A')
  couple.files.nextSave(join(out, 'Hearth backup 2026-12-02'))
  const result = await couple.call('carry:backup', {})
  await couple.call('vault:lock', {})
  return { couple, path: join(out, 'Hearth backup 2026-12-02.hearthbackup'), result, out }
}

describe('backup copy', () => {
  it('holds every vault file, still sealed, with an index of sizes and SHA-256 that match', async () => {
    const { couple, path, result } = await makeCopy()
    expect(result).toMatchObject({ saved: true, fileName: 'Hearth backup 2026-12-02.hearthbackup' })
    expect(couple.files.asked[0]).toMatchObject({ kind: 'save', suggestedName: 'Hearth backup 2026-12-02.hearthbackup' })
    const zip = unzipSync(await readFile(path))
    const index = JSON.parse(new TextDecoder().decode(zip['hearth-backup.json'])) as { format: string; version: number; appVersion: string; files: { path: string; size: number }[] }
    expect(index).toMatchObject({ format: 'hearth-backup', version: 1, appVersion: '1.2.3' })
    const paths = index.files.map((f) => f.path)
    expect(paths).toContain('journal.hearth')
    expect(paths).toContain('boundaries.hearth')
    expect(paths.some((p) => p.startsWith('journal.seg/'))).toBe(true)
    expect(paths.some((p) => p.startsWith('journal.backups/'))).toBe(true)
    // Exactly the bytes on disk (at the moment of the copy), and no clear text of anyone's words.
    for (const f of index.files) expect(f.size).toBe(zip[f.path]?.length)
    expect(Buffer.from(await readFile(path)).toString('latin1')).not.toContain('lighthouse')
  })

  it('says when it was last copied, and reminds after the chosen number of weeks (or never)', async () => {
    const { couple } = await makeCopy()
    await couple.as('A')
    expect(await couple.call('carry:status', {})).toMatchObject({ lastCopiedAt: '2026-12-02T10:00:00.000Z', daysAgo: 0, remindWeeks: 4, reminderDue: false })
    expect(await couple.call('carry:set-reminder', { weeks: null })).toMatchObject({ remindWeeks: null, reminderDue: false })
  })

  it('a cancelled dialog writes nothing', async () => {
    const couple = await coupleWithJournal()
    await couple.as('A')
    const before = await snapshot(couple.dir)
    expect(await couple.call('carry:backup', {})).toEqual({ saved: false })
    expect(await snapshot(couple.dir)).toEqual(before)
  })

  it('only an unlocked partner can make one', async () => {
    const couple = await coupleWithJournal()
    expect((await couple.refuse('carry:backup', {})).code).toBe('locked')
  })
})

describe('restore on a new laptop', () => {
  it('a fresh data folder restores the copy and both partners see the same journal, record by record', async () => {
    const { couple, path } = await makeCopy()
    const seenA = await whatPartnerSees(couple, 'A')
    const seenB = await whatPartnerSees(couple, 'B')
    const fresh = await startApp(await tempFolder())
    fresh.files.nextOpen(path)
    const preview = await fresh.call('carry:restore-open', {})
    expect(preview).toMatchObject({ replacesJournal: false, partners: [{ id: 'A', name: 'Sam' }, { id: 'B', name: 'Rio' }] })
    const done = await fresh.call('carry:restore', { token: preview?.token ?? '', partner: 'B', passphrase: PASS.B })
    expect(done.status.state).toBe('locked')
    expect(done.setAside).toBeNull()
    expect(await whatPartnerSees(fresh, 'A')).toEqual(seenA)
    expect(await whatPartnerSees(fresh, 'B')).toEqual(seenB)
  })

  it('a recovery code opens the copy too, sets a new passphrase and hands back a fresh code', async () => {
    const { couple, path } = await makeCopy()
    const fresh = await startApp(await tempFolder())
    fresh.files.nextOpen(path)
    const preview = await fresh.call('carry:restore-open', {})
    const done = await fresh.call('carry:restore', { token: preview?.token ?? '', partner: 'A', code: couple.codes.A, next: 'a brand new passphrase' })
    expect(done.recoveryCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){6}$/)
    await fresh.call('vault:unlock', { partner: 'A', passphrase: 'a brand new passphrase' })
    expect((await fresh.call('private:list', {})).map((e) => e.title)).toEqual(['Sam alone'])
  })

  it('a wrong passphrase writes nothing, here or beside the data folder', async () => {
    const { path } = await makeCopy()
    const dir = await tempFolder()
    const fresh = await startApp(dir)
    fresh.files.nextOpen(path)
    const preview = await fresh.call('carry:restore-open', {})
    const around = await readdir(join(dir, '..'))
    const failure = await fresh.refuse('carry:restore', { token: preview?.token ?? '', partner: 'A', passphrase: 'not the passphrase' })
    expect(failure.code).toBe('wrong-passphrase')
    expect(await readdir(dir)).toEqual([])
    expect(await readdir(join(dir, '..'))).toEqual(around)
  })

  it('restoring over an existing journal sets it aside, and it can be brought back', async () => {
    const { path } = await makeCopy()
    const other = await coupleWithJournal()
    const before = await snapshot(other.dir)
    other.files.nextOpen(path)
    const preview = await other.call('carry:restore-open', {})
    expect(preview?.replacesJournal).toBe(true)
    const done = await other.call('carry:restore', { token: preview?.token ?? '', partner: 'A', passphrase: PASS.A })
    expect(done.setAside).toBe('set-aside-2026-12-02T10-00-00 (before restore)')
    // The journal that was here is kept whole, byte for byte, in the set-aside folder.
    const aside = await snapshot(join(other.dir, done.setAside ?? ''))
    for (const [name, file] of Object.entries(before)) expect(aside[name]?.bytes).toBe(file.bytes)
    const list = await other.call('carry:set-asides', {})
    expect(list).toMatchObject([{ name: done.setAside, partners: ['Sam', 'Rio'] }])
    const back = await other.call('carry:bring-back', { name: done.setAside ?? '' })
    expect(back.status.state).toBe('locked')
    expect(back.setAside).toMatch(/\(before bringing back\)$/)
    const now = await snapshot(other.dir)
    for (const [name, file] of Object.entries(before)) expect(now[name]?.bytes).toBe(file.bytes)
  })

  it('refuses to replace the journal while someone has it open', async () => {
    const { couple, path } = await makeCopy()
    await couple.as('A')
    couple.files.nextOpen(path)
    expect(await couple.refuse('carry:restore-open', {})).toEqual({ code: 'conflict', message: CMSG.lockFirst })
  })
})

describe('a copy Hearth must refuse changes nothing', () => {
  const rezip = (files: Record<string, Uint8Array>) => zipSync(files, { level: 0 })

  const cases: [string, (copy: Uint8Array) => Uint8Array, string][] = [
    ['one flipped byte', (c) => flipInMiddleOfFile(c), CMSG.tampered],
    ['cut short', (c) => c.slice(0, Math.floor(c.length * 0.6)), CMSG.truncated],
    ['from a newer Hearth', (c) => withIndex(c, (i) => ({ ...i, version: 2 })), CMSG.newerFormat],
    ['not a Hearth backup (text)', () => new TextEncoder().encode('Dear diary, ...'), CMSG.notBackup],
    ['not a Hearth backup (another zip)', () => rezip({ 'photo.jpg': new Uint8Array(10) }), CMSG.notBackup],
    ['a name that climbs out of the folder', (c) => withExtra(c, '../escape.txt'), CMSG.hostile],
    ['an absolute path', (c) => withExtra(c, '/etc/hearth.txt'), CMSG.hostile],
    ['a name Windows cannot hold', (c) => withExtra(c, 'journal.seg/con.json'), CMSG.hostile],
    ['a file the index does not name', (c) => withExtra(c, 'journal.seg/extra.json'), CMSG.hostile],
    ['a zip bomb (declared size over the cap)', (c) => declareHuge(c), CMSG.tooLarge],
  ]

  it.each(cases)('%s', async (_name, damage, message) => {
    const { path, out } = await makeCopy()
    const bad = join(out, 'bad.hearthbackup')
    await writeFile(bad, damage(new Uint8Array(await readFile(path))))
    const here = await coupleWithJournal()
    const before = await snapshot(here.dir)
    const around = await readdir(join(here.dir, '..'))
    here.files.nextOpen(bad)
    expect((await here.refuse('carry:restore-open', {})).message).toBe(message)
    expect(await snapshot(here.dir)).toEqual(before)
    expect(await readdir(join(here.dir, '..'))).toEqual(around)
  })
})

// Helpers that damage a copy the way a bad disk, a hand or a hostile sender would.
function entries(copy: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(copy)
}
function flipInMiddleOfFile(copy: Uint8Array): Uint8Array {
  const files = entries(copy)
  const target = files['journal.hearth'] ?? new Uint8Array()
  const changed = new Uint8Array(target)
  const at = Math.floor(changed.length / 2)
  changed[at] = (changed[at] ?? 0) ^ 0x01
  return zipSync({ ...files, 'journal.hearth': changed }, { level: 0 })
}
function withIndex(copy: Uint8Array, change: (index: Record<string, unknown>) => Record<string, unknown>): Uint8Array {
  const files = entries(copy)
  const index = JSON.parse(new TextDecoder().decode(files['hearth-backup.json'])) as Record<string, unknown>
  return zipSync({ ...files, 'hearth-backup.json': new TextEncoder().encode(JSON.stringify(change(index))) }, { level: 0 })
}
function withExtra(copy: Uint8Array, name: string): Uint8Array {
  return zipSync({ ...entries(copy), [name]: new TextEncoder().encode('x') }, { level: 0 })
}
/** Rewrites the declared uncompressed size of the first entry to 3 GB in both headers. */
function declareHuge(copy: Uint8Array): Uint8Array {
  const out = new Uint8Array(copy)
  const view = new DataView(out.buffer)
  for (let i = 0; i < out.length - 4; i++) {
    const sig = view.getUint32(i, true)
    if (sig === 0x04034b50) view.setUint32(i + 22, 3_000_000_000, true)
    if (sig === 0x02014b50) view.setUint32(i + 24, 3_000_000_000, true)
  }
  return out
}
