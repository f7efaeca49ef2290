// Issue 10: opening the newer copy a rollback notice offered (restoreBackup while unlocked), with
// every fs call failing once (ENOSPC, EIO) on each platform. "Not restored" must mean the journal
// on disk is the one that was open (a fresh process unlocks it, the offer still stands, a retry
// works); "restored" must mean a fresh process opens the newer copy, with the older file kept.

import { copyFile, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { codeOf, newVault, openVault, PASS_A } from './helpers'
import { PLATFORMS, simFs, type Platform } from './platform-fs'

const dirs: string[] = []
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true })
})

/** A journal rolled back to an older backup, unlocked by A, who is offered the newer copy. */
const rolledBack = async (platform: Platform) => {
  const sim = simFs(platform)
  const { dir, vault } = await newVault(sim.options)
  dirs.push(dir)
  await vault.unlock('A', PASS_A)
  for (let i = 0; i < 4; i++) await vault.store('journal').put({ kind: 'entry', owner: 'shared', body: i })
  const newest = vault.status().generation!
  vault.lock('user')
  const old = Math.min(...(await readdir(join(dir, 'journal.backups'))).map((f) => parseInt(f)))
  await copyFile(join(dir, 'journal.backups', `${old}.hearth`), join(dir, 'journal.hearth'))
  await vault.unlock('A', PASS_A)
  return { sim, dir, vault, newest, old }
}

describe.each(PLATFORMS)('opening the offered newer copy fails at one fs call, on %s', (platform) => {
  it('the answer matches the disk, and "not restored" leaves the open journal in place', { timeout: 60_000 }, async () => {
    const probe = await rolledBack(platform)
    probe.sim.counting = true
    expect(await codeOf(probe.vault.restoreBackup(probe.newest))).toBe('ok')
    probe.sim.counting = false
    const problems: string[] = []
    for (let at = 0; at < probe.sim.calls.length; at++) {
      for (const code of ['ENOSPC', 'EIO']) {
        const { sim, dir, vault, newest, old } = await rolledBack(platform)
        sim.fault = { at, code }
        sim.counting = true
        const answer = await codeOf(vault.restoreBackup(newest))
        sim.counting = false
        sim.fault = null
        const fresh = openVault(dir, simFs(platform).options)
        const unlocked = await codeOf(fresh.unlock('A', PASS_A))
        const where = `${at} (${sim.calls[at]?.op}) / ${code}`
        if (unlocked !== 'ok') {
          problems.push(`${where}: answered ${answer}, a fresh unlock answers ${unlocked}: ${fresh.status().recovery?.reason}`)
          continue
        }
        const generation = fresh.status().generation
        if (answer === 'ok' && generation !== newest) problems.push(`${where}: restored, but the fresh generation is ${generation}`)
        if (answer !== 'ok') {
          if (answer !== 'disk') problems.push(`${where}: answered ${answer}`)
          if (generation !== old) problems.push(`${where}: not restored, but the fresh generation is ${generation}`)
          if (vault.status().state !== 'unlocked' || vault.status().generation !== old) problems.push(`${where}: memory says ${vault.status().state} ${vault.status().generation}`)
          const again = await codeOf(vault.restoreBackup(newest))
          if (again !== 'ok') problems.push(`${where}: the retry answered ${again}`)
        }
      }
    }
    expect(problems).toEqual([])
  })
})
