// Issue 15, the save path: fewer steps one after another, the same promises. A save writes its
// new segments straight to their fresh names (nothing references them until the manifest does),
// fsyncs their folder at the same time as the files, writes the manifest and its backup copy to
// temp files beside them, renames the manifest (the commit point), flushes its folder and reads
// it back, and only then puts the backup copy under its name. These tests pin that order on each
// platform, stop a save at every file-system call to see what a crash there leaves, and check the
// answers when a name is taken, the backup copy cannot be written or the disk garbles a read.

import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import * as nodeFs from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DurableFs } from '../../../electron/services/vault/types'
import { codeOf, newVault, openVault, PASS_A, tempDir } from './helpers'
import { PLATFORMS, pauseAt, simFs, type Platform } from './platform-fs'

const dirs: string[] = []
let base = ''
let mine = ''

beforeAll(async () => {
  const made = await newVault()
  base = made.dir
  dirs.push(base)
  await made.vault.unlock('A', PASS_A)
  mine = (await made.vault.store('journal').put({ kind: 'entry', owner: 'A', body: 'before' })).id
  made.vault.lock('user')
})

afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true })
})

/** A copy of the seeded journal, unlocked as A on the simulated file system of `platform`. */
const unlocked = async (platform: Platform) => {
  const dir = await tempDir()
  dirs.push(dir)
  await cp(base, dir, { recursive: true })
  const sim = simFs(platform)
  const vault = openVault(dir, sim.options)
  await vault.unlock('A', PASS_A)
  return { dir, sim, vault }
}

const edit = (vault: ReturnType<typeof openVault>, body: string) => vault.store('journal').put({ id: mine, kind: 'entry', owner: 'A', body })

describe.each(PLATFORMS)('the order of one save on %s', (platform) => {
  it('segments durable under their new names, then the manifest renamed, then its folder, then the backup', async () => {
    const { dir, sim, vault } = await unlocked(platform)
    sim.counting = true
    await edit(vault, 'after')
    sim.counting = false
    const gen = vault.status().generation!
    const calls = sim.calls
    const at = (test: (c: (typeof calls)[number]) => boolean) => calls.findIndex(test)
    const segDir = join(dir, 'journal.seg')
    const manifest = join(dir, 'journal.hearth')

    // New segments: opened 'wx' at their final names (never over a file), never renamed.
    const segOpens = calls.map((c, i) => [c, i] as const).filter(([c]) => c.op === 'open' && c.path.startsWith(`${segDir}/`))
    expect(segOpens.length).toBeGreaterThan(0)
    for (const [c] of segOpens) {
      expect(c.flags).toBe('wx')
      expect(c.path).toMatch(new RegExp(`/${gen}-\\d+\\.json$`))
    }
    expect(calls.filter((c) => c.op === 'rename' && c.path.startsWith(segDir))).toEqual([])

    const commit = at((c) => c.op === 'rename' && c.path === manifest)
    expect(commit).toBeGreaterThan(0)
    for (const [c] of segOpens) expect(at((x) => x.op === 'sync' && x.path === c.path)).toBeLessThan(commit)
    const backup = join(dir, 'journal.backups', `${gen}.hearth`)
    const published = at((c) => c.op === 'rename' && c.path === backup)
    // The read-back of the manifest comes after its rename and before the backup is put in place.
    const readBack = calls.findIndex((c, i) => i > commit && c.op === 'readFile' && c.path === manifest)
    expect(readBack).toBeGreaterThan(commit)
    expect(published).toBeGreaterThan(readBack)

    if (platform === 'win32') {
      expect(sim.dirSyncs).toEqual([]) // NTFS journals metadata: never flushed
    } else {
      // The segment folder is flushed after the new names exist and before the commit point;
      // the data folder after it and before the backup copy is put under its name.
      const segDirSync = at((c) => c.op === 'sync' && c.path === segDir)
      expect(segDirSync).toBeGreaterThan(Math.max(...segOpens.map(([, i]) => i)))
      expect(segDirSync).toBeLessThan(commit)
      const dataDirSync = at((c) => c.op === 'sync' && c.path === dir)
      expect(dataDirSync).toBeGreaterThan(commit)
      expect(published).toBeGreaterThan(dataDirSync)
    }
    // The backup copy's temp file was fsynced before the commit point, like the manifest's.
    const backupTemp = calls.find((c) => c.op === 'sync' && c.path.startsWith(join(dir, 'journal.backups', `.${gen}.hearth.`)))
    expect(backupTemp).toBeDefined()
    expect(calls.indexOf(backupTemp!)).toBeLessThan(commit)
    expect(await readFile(backup, 'utf8')).toBe(await readFile(manifest, 'utf8'))
  })
})

describe('a save stopped at each of its file-system calls (what a crash there leaves)', () => {
  it('a fresh process opens the old or the new entry, nothing unreadable, and unlock removes what the save left', { timeout: 120_000 }, async () => {
    const clean = await unlocked('linux')
    clean.sim.counting = true
    await edit(clean.vault, 'after')
    clean.sim.counting = false
    const problems: string[] = []
    for (let k = 0; k < clean.sim.calls.length; k++) {
      const { dir, sim, vault } = await unlocked('linux')
      sim.counting = true
      const gate = pauseAt(sim, k)
      const saving = codeOf(edit(vault, 'after'))
      await gate.reached
      // The folder as it is at this moment, as a killed process would leave it (copied again
      // if a file the save is removing goes away under the copy).
      const snap = await tempDir()
      dirs.push(snap)
      for (let tries = 0; ; tries++) {
        try {
          await cp(dir, snap, { recursive: true, force: true })
          break
        } catch (error) {
          if (tries >= 3) throw error
        }
      }
      gate.resume()
      expect(await saving).toBe('ok')

      const fresh = openVault(snap)
      const code = await codeOf(fresh.unlock('A', PASS_A))
      const where = `stopped at call ${k} (${clean.sim.calls[k]!.op} ${clean.sim.calls[k]!.path.slice(dir.length)})`
      if (code !== 'ok') {
        problems.push(`${where}: unlock answered ${code}`)
        continue
      }
      const body = fresh.store('journal').get(mine)?.body
      if (body !== 'before' && body !== 'after') problems.push(`${where}: the entry reads ${String(body)}`)
      if (fresh.status().unreadableRecords !== 0) problems.push(`${where}: ${fresh.status().unreadableRecords} unreadable`)
      // Nothing half-written stays behind: temp files are gone, and a segment of the stopped
      // save that the opened manifest does not name was collected.
      const opened = fresh.status().generation!
      const segs = await readdir(join(snap, 'journal.seg'))
      const stray = segs.filter((n) => n.startsWith('.') || Number(n.split('-')[0]) > opened)
      if (stray.length) problems.push(`${where}: left ${stray.join(', ')}`)
      const temps = [...(await readdir(snap)), ...(await readdir(join(snap, 'journal.backups')))].filter((n) => n.endsWith('.tmp'))
      if (temps.length) problems.push(`${where}: left ${temps.join(', ')}`)
      if ((await codeOf(edit(fresh, 'once more'))) !== 'ok') problems.push(`${where}: the next save failed`)
      fresh.lock('user')
    }
    expect(problems).toEqual([])
  })
})

describe('when a save cannot go as planned', () => {
  it('a file already at a new segment name is never written over: the save lands under the next generation', async () => {
    const { dir, vault } = await unlocked('linux')
    const next = vault.status().generation! + 1
    const planted = join(dir, 'journal.seg', `${next}-0.json`)
    await writeFile(planted, 'not ours')
    expect(await codeOf(edit(vault, 'after'))).toBe('ok')
    expect(await readFile(planted, 'utf8')).toBe('not ours')
    expect(vault.status().generation).toBeGreaterThan(next)
    const fresh = openVault(dir)
    await fresh.unlock('A', PASS_A)
    expect(fresh.store('journal').get(mine)?.body).toBe('after')
  })

  it('a backup copy the disk refuses: saved with a warning, no temp file left, and the next save has its backup', async () => {
    let refuse = true
    const fs: Partial<DurableFs> = {
      open: async (path, flags) => {
        if (refuse && path.includes('journal.backups')) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })
        const h = await nodeFs.open(path, flags)
        return { sync: () => h.sync(), close: () => h.close(), writeFile: (data) => h.writeFile(data) }
      },
    }
    const { dir, vault } = await newVault({ fs })
    dirs.push(dir)
    await vault.unlock('A', PASS_A)
    const saved = await vault.store('journal').put({ kind: 'entry', owner: 'A', body: 'no backup yet' })
    const gen = vault.status().generation!
    expect(vault.status().warning).toMatch(/backup copy did not finish/)
    expect(await readdir(join(dir, 'journal.backups'))).not.toContain(`${gen}.hearth`)
    const fresh = openVault(dir)
    await fresh.unlock('A', PASS_A)
    expect(fresh.store('journal').get(saved.id)?.body).toBe('no backup yet')

    refuse = false
    await vault.store('journal').put({ id: saved.id, kind: 'entry', owner: 'A', body: 'and now a backup', expectedRev: 1 })
    expect(vault.status().warning).toBeNull()
    const names = await readdir(join(dir, 'journal.backups'))
    expect(names).toContain(`${vault.status().generation}.hearth`)
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it('a manifest the disk garbles after its rename: saved with a warning, and its backup copy is thrown away, not put in place', async () => {
    let lie = false
    const fs: Partial<DurableFs> = {
      rename: async (from, to) => {
        await nodeFs.rename(from, to)
        if (lie && to.endsWith('journal.hearth')) await writeFile(to, Buffer.alloc(100))
      },
    }
    const { dir, vault } = await newVault({ fs })
    dirs.push(dir)
    await vault.unlock('A', PASS_A)
    await vault.store('journal').put({ kind: 'entry', owner: 'A', body: 1 })
    const before = await readdir(join(dir, 'journal.backups'))
    lie = true
    expect(await codeOf(vault.store('journal').put({ kind: 'entry', owner: 'A', body: 2 }))).toBe('ok')
    expect(vault.status().warning).toMatch(/could not read it back/)
    expect(await readdir(join(dir, 'journal.backups'))).toEqual(before)
  })
})
