// Issue 10, list 7: the smaller promises. Temp files of crashed saves are removed at the next
// unlock (and nothing that is not Hearth's); a planted segment name past 2^40 cannot stop saves;
// after a quarantine, every later unlock still names the file that was set aside; a new journal
// raises no notice; a crash after a new recovery code was saved but before it was shown leaves
// the printed code working.

import { readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { codeOf, newVault, openVault, PASS_A, PASS_B } from './helpers'

const dirs: string[] = []
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true })
})
const make = async () => {
  const made = await newVault()
  dirs.push(made.dir)
  return made
}

describe('what crashed saves leave behind', () => {
  it("stale temp files are removed at unlock; another program's files are left alone", async () => {
    const { dir, vault } = await make()
    const planted = [
      '.journal.hearth.a1b2c3d4.tmp',
      '.boundaries.hearth.zz99.tmp',
      'journal.seg/.12-0.json.q1w2e3.tmp',
      'journal.backups/.4.hearth.r5t6.tmp',
      'boundaries.seg/.3-0.json.y7u8.tmp',
    ]
    for (const p of planted) await writeFile(join(dir, p), 'half a save')
    await writeFile(join(dir, '.someone-else.tmp'), 'not ours')
    await vault.unlock('B', PASS_B)
    const all = [...(await readdir(dir)), ...(await readdir(join(dir, 'journal.seg'))), ...(await readdir(join(dir, 'journal.backups'))), ...(await readdir(join(dir, 'boundaries.seg')))]
    expect(all.filter((n) => n.endsWith('.tmp'))).toEqual(['.someone-else.tmp'])
    expect(vault.status()).toMatchObject({ state: 'unlocked', notices: [], warning: null })
  })

  it('a planted 9007199254740991-0.json (and 2^40) in journal.seg does not stop saves', async () => {
    const { dir, vault } = await make()
    await writeFile(join(dir, 'journal.seg', '9007199254740991-0.json'), '')
    await writeFile(join(dir, 'journal.seg', `${2 ** 40}-0.json`), '[]')
    await vault.unlock('A', PASS_A)
    const saved = await vault.store('journal').put({ kind: 'entry', owner: 'A', body: 'still saving' })
    expect(vault.status().generation).toBeLessThan(2 ** 40)
    await vault.store('journal').put({ id: saved.id, kind: 'entry', owner: 'A', body: 'and editing', expectedRev: 1 })
    const fresh = openVault(dir)
    await fresh.unlock('A', PASS_A)
    expect(fresh.store('journal').get(saved.id)).toMatchObject({ rev: 2, body: 'and editing' })
    expect(fresh.status().unreadableRecords).toBe(0)
  })
})

describe('after a quarantine', () => {
  it('a second unlock attempt, by a new process too, still names the set-aside file', async () => {
    const { dir, vault } = await make()
    await writeFile(join(dir, 'journal.hearth'), '{"format":"hearth", "version": 2, cut')
    expect(await codeOf(vault.unlock('A', PASS_A))).toBe('corrupt')
    const first = vault.status().recovery!
    expect(first.quarantinedAs).toMatch(/journal\.hearth\.unreadable-/)
    expect(await codeOf(vault.unlock('A', PASS_A))).toBe('corrupt')
    expect(vault.status().recovery).toMatchObject({ quarantinedAs: first.quarantinedAs, reason: first.reason })
    const again = openVault(dir)
    expect((await again.load()).recovery?.quarantinedAs).toBe(first.quarantinedAs)
    expect(await codeOf(again.unlock('B', PASS_B))).toBe('corrupt')
    expect(again.status().recovery?.reason).not.toMatch(/missing/)
    expect(again.status().recovery?.newestGood).not.toBeNull()
  })
})

describe('a new journal', () => {
  it('raises no notice for either partner at their first unlocks (their ledgers start empty, not missing)', async () => {
    const { vault } = await make()
    for (const [partner, pass] of [['A', PASS_A], ['B', PASS_B], ['A', PASS_A]] as const) {
      await vault.unlock(partner, pass)
      expect(vault.status()).toMatchObject({ notices: [], warning: null, unreadableRecords: 0 })
    }
  })
})

describe('a crash between saving a new recovery code and showing it', () => {
  it('leaves the printed code working (the new one was never seen)', async () => {
    const { dir, vault, codes } = await make()
    await vault.unlock('A', PASS_A)
    await vault.newRecoveryCode(PASS_A) // saved, then the process dies before the screen shows it
    const afterCrash = openVault(dir)
    const { status } = await afterCrash.recover('A', codes.A, 'a passphrase after the crash')
    expect(status).toMatchObject({ state: 'unlocked', active: 'A' })
  })
})
