import { readdir, writeFile } from 'node:fs/promises'
import * as nodeFs from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DurableFs } from '../../../electron/services/vault/types'
import { codeOf, newVault, openVault, PASS_A, PASS_B } from './helpers'
import { editClear } from './tamper'

const errno = (code: string) => Object.assign(new Error(code), { code })

/** A fs whose failure can be switched on: "the disk fills up / becomes read-only now". */
const faultyFs = () => {
  const state = { fail: null as null | 'ENOSPC' | 'EPERM' }
  const fs: Partial<DurableFs> = {
    open: async (path, flags) => {
      const h = await nodeFs.open(path, flags)
      return {
        sync: () => h.sync(),
        close: () => h.close(),
        writeFile: async (data) => {
          if (state.fail === 'ENOSPC') {
            await h.writeFile(typeof data === 'string' ? data.slice(0, 10) : data.subarray(0, 10))
            throw errno('ENOSPC')
          }
          return h.writeFile(data)
        },
      }
    },
    rename: async (from, to) => {
      if (state.fail === 'EPERM') throw errno('EPERM')
      return nodeFs.rename(from, to)
    },
  }
  return { state, fs }
}

describe('the disk refuses a write', () => {
  for (const fault of ['ENOSPC', 'EPERM'] as const) {
    it(`${fault} during a save loses nothing, says 'disk', and the next save works`, async () => {
      const { state, fs } = faultyFs()
      const { dir, vault } = await newVault({ fs })
      await vault.unlock('A', PASS_A)
      const kept = await vault.store('journal').put({ kind: 'entry', owner: 'A', body: 'saved before' })
      const generation = vault.status().generation
      state.fail = fault
      expect(await codeOf(vault.store('journal').put({ kind: 'entry', owner: 'A', body: 'lost?' }))).toBe('disk')
      expect(await codeOf(vault.store('journal').put({ id: kept.id, kind: 'entry', owner: 'A', body: 'edit' }))).toBe('disk')
      expect(vault.store('journal').list('entry').map((r) => r.body)).toEqual(['saved before'])
      expect(vault.status().generation).toBe(generation)
      expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([])

      const fresh = openVault(dir)
      await fresh.unlock('A', PASS_A)
      expect(fresh.store('journal').list('entry').map((r) => r.body)).toEqual(['saved before'])

      state.fail = null
      await vault.store('journal').put({ id: kept.id, kind: 'entry', owner: 'A', body: 'edited later' })
      const again = openVault(dir)
      await again.unlock('A', PASS_A)
      expect(again.store('journal').get(kept.id)?.body).toBe('edited later')
    })
  }
})

describe('backups', () => {
  it('a save the disk garbles after the rename is reported as saved with a warning, and no backup is rotated in', async () => {
    let lie = false
    const fs: Partial<DurableFs> = {
      rename: async (from, to) => {
        await nodeFs.rename(from, to)
        // A disk that acknowledges the write but returns garbage on read.
        if (lie && to.endsWith('journal.hearth')) await writeFile(to, Buffer.alloc(100))
      },
    }
    const { vault } = await newVault({ fs })
    await vault.unlock('A', PASS_A)
    await vault.store('journal').put({ kind: 'e', owner: 'A', body: 1 })
    const before = await vault.backups()
    lie = true
    // Past the rename the save has happened: the answer must not say "not saved" (a retry would
    // write it twice); the warning says the read-back failed and the older backups were kept.
    expect(await codeOf(vault.store('journal').put({ kind: 'e', owner: 'A', body: 2 }))).toBe('ok')
    expect(vault.status().warning).toMatch(/could not read it back/)
    lie = false
    expect(await vault.backups()).toEqual(before)
  })

  it('keeps the last N generations and removes segments only they referenced', async () => {
    const { dir, vault } = await newVault({ keepGenerations: 3, segmentBytes: 300 })
    await vault.unlock('A', PASS_A)
    for (let i = 0; i < 12; i++) await vault.store('journal').put({ kind: 'e', owner: 'shared', body: { i, pad: 'x'.repeat(80) } })
    const gens = (await readdir(join(dir, 'journal.backups'))).map((f) => parseInt(f)).sort((a, b) => a - b)
    expect(gens).toHaveLength(3)
    vault.lock('user')
    // Every retained generation still opens fully (its segments were kept).
    for (const g of gens.slice(0, -1)) {
      const v = openVault(dir)
      await nodeFs.rename(join(dir, 'journal.hearth'), join(dir, 'current.tmp'))
      await nodeFs.copyFile(join(dir, 'journal.backups', `${g}.hearth`), join(dir, 'journal.hearth'))
      await v.unlock('B', PASS_B)
      expect(v.status().generation).toBe(g)
      v.lock('user')
      await nodeFs.rename(join(dir, 'current.tmp'), join(dir, 'journal.hearth'))
    }
    const segs = await readdir(join(dir, 'journal.seg'))
    expect(segs.every((s) => parseInt(s) >= gens[0]! - 12)).toBe(true)
  })

  it('segments left by a crashed save are collected on the next unlock', async () => {
    const { dir, vault } = await newVault()
    await vault.unlock('A', PASS_A)
    await vault.store('journal').put({ kind: 'e', owner: 'A', body: 1 })
    vault.lock('user')
    await writeFile(join(dir, 'journal.seg', '999-0.json'), '[]')
    await vault.unlock('A', PASS_A)
    expect(await readdir(join(dir, 'journal.seg'))).not.toContain('999-0.json')
    const saved = await vault.store('journal').put({ kind: 'e', owner: 'A', body: 2 })
    expect(vault.status().generation).toBeGreaterThan(999)
    expect(saved.rev).toBe(1)
  })
})

describe('quarantine and restore', () => {
  it('a damaged journal file is set aside; the newest good generation is offered and restored', async () => {
    const { dir, vault } = await newVault()
    await vault.unlock('A', PASS_A)
    const r = await vault.store('journal').put({ kind: 'entry', owner: 'shared', body: 'keep me' })
    const gen = vault.status().generation
    vault.lock('user')
    await writeFile(join(dir, 'journal.hearth'), '{"format":"hearth", trunc')
    const v = openVault(dir)
    const status = await v.load()
    expect(status.state).toBe('needs-recovery')
    expect(status.recovery?.newestGood?.generation).toBe(gen)
    expect((await v.backups())[0]?.generation).toBe(gen)
    expect(await codeOf(v.restoreBackup(12345))).toBe('not-found')
    expect((await v.restoreBackup(gen!)).state).toBe('locked')
    await v.unlock('B', PASS_B)
    expect(v.store('journal').get(r.id)?.body).toBe('keep me')
    expect((await readdir(dir)).some((n) => n.startsWith('journal.hearth.unreadable-'))).toBe(true)
  })

  it('partner names swapped in the clear header (checksum recomputed) fail to authenticate at unlock', async () => {
    const { dir, vault } = await newVault()
    await editClear(join(dir, 'journal.hearth'), (m) => {
      m.header.partners[0].name = 'Rio'
      m.header.partners[1].name = 'Sam'
    })
    expect((await vault.load()).partners[0]?.name).toBe('Rio')
    expect(await codeOf(vault.unlock('A', PASS_A))).toBe('corrupt')
    const status = vault.status()
    expect(status.state).toBe('needs-recovery')
    expect(status.recovery?.quarantinedAs).toMatch(/unreadable/)
    await vault.restoreBackup(status.recovery!.newestGood!.generation)
    await vault.unlock('A', PASS_A)
    expect(vault.status().partners.map((p) => p.name)).toEqual(['Sam', 'Rio'])
  })

  it('a damaged boundaries file does not block the journal: it is set aside and a backup loaded', async () => {
    const { dir, vault } = await newVault()
    await vault.unlock('A', PASS_A)
    await vault.store('boundaries').put({ kind: 'line', owner: 'shared', body: 'kind words' })
    expect(await codeOf(vault.store('boundaries').put({ kind: 'line', owner: 'A', body: 'x' }))).toBe('forbidden')
    vault.lock('user')
    await writeFile(join(dir, 'boundaries.hearth'), '')
    await vault.unlock('B', PASS_B)
    expect(vault.store('boundaries').list('line').map((r) => r.body)).toEqual(['kind words'])
    expect(vault.status().recovery?.quarantinedAs).toMatch(/boundaries\.hearth\.unreadable-/)
  })
})
