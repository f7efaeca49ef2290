// Issue 10, bug 1's second half: a create that failed must leave the folder where it was ('none',
// create can be tried again), never stuck between "there is no journal" and "a journal already
// exists". Every fs call of a create fails once (ENOSPC, EIO) on each platform's file system.

import { rm } from 'node:fs/promises'
import { afterAll, describe, expect, it } from 'vitest'
import { codeOf, openVault, PASS_A, PASS_B, tempDir } from './helpers'
import { PLATFORMS, simFs, type Platform } from './platform-fs'

const dirs: string[] = []
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true })
})
const partners: [{ name: string; passphrase: string }, { name: string; passphrase: string }] = [
  { name: 'Sam', passphrase: PASS_A },
  { name: 'Rio', passphrase: PASS_B },
]

const createOnce = async (platform: Platform, fault: { at: number; code: string } | null) => {
  const dir = await tempDir()
  dirs.push(dir)
  const sim = simFs(platform)
  const vault = openVault(dir, sim.options)
  await vault.load()
  sim.fault = fault
  sim.counting = true
  const answer = await codeOf(vault.create({ partners }))
  sim.counting = false
  sim.fault = null
  return { dir, vault, answer, calls: sim.calls.length }
}

describe.each(PLATFORMS)('a create that fails on %s', (platform) => {
  it('at any fs call leaves the folder ready for another try, or is a working journal', { timeout: 60_000 }, async () => {
    const { calls } = await createOnce(platform, null)
    const problems: string[] = []
    for (let at = 0; at < calls; at++) {
      for (const code of ['ENOSPC', 'EIO']) {
        const { dir, vault, answer } = await createOnce(platform, { at, code })
        const fresh = openVault(dir, simFs(platform).options)
        const state = (await fresh.load()).state
        if (answer === 'ok') {
          if (state !== 'locked' || (await codeOf(fresh.unlock('B', PASS_B))) !== 'ok') problems.push(`${at}/${code}: 'ok' but the fresh state is ${state}`)
          continue
        }
        if (answer !== 'disk') problems.push(`${at}/${code}: answered ${answer}`)
        if (state !== 'none' || vault.status().state !== 'none') problems.push(`${at}/${code}: not created, yet the folder is ${state}`)
        const again = await codeOf(vault.create({ partners }))
        if (again !== 'ok') problems.push(`${at}/${code}: a second create answered ${again}`)
        else if ((await codeOf(openVault(dir).unlock('A', PASS_A))) !== 'ok') problems.push(`${at}/${code}: the second create does not unlock`)
      }
    }
    expect(problems).toEqual([])
  })
})
