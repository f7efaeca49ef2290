// Issue 10: recovering with the printed code (a new passphrase and a new code, pending), with
// every fs call failing once (ENOSPC, EIO) on each platform. "Not saved" must mean the old
// passphrase and the printed code still work and the new passphrase does not; 'ok' must mean the
// new passphrase opens and the printed code keeps working until the new one is confirmed.

import { cp, rm } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { passphraseBytes } from '../../../electron/services/vault/kdf'
import { codeOf, newVault, openVault, PASS_A, tempDir } from './helpers'
import { codeBytes, NEW_A, slotsOpening } from './fault-ops'
import { PLATFORMS, simFs, type Platform } from './platform-fs'

const dirs: string[] = []
let base = ''
let printed = ''
beforeAll(async () => {
  const made = await newVault()
  base = made.dir
  printed = made.codes.A
  dirs.push(base)
})
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true })
})

const attempt = async (platform: Platform, fault: { at: number; code: string } | null) => {
  const dir = await tempDir()
  dirs.push(dir)
  await cp(base, dir, { recursive: true })
  const sim = simFs(platform)
  const vault = openVault(dir, sim.options)
  await vault.load()
  sim.fault = fault
  sim.counting = true
  const answer = await codeOf(vault.recover('A', printed, NEW_A))
  sim.counting = false
  sim.fault = null
  return { dir, vault, answer, calls: sim.calls }
}

describe.each(PLATFORMS)('recovering with the printed code fails at one fs call, on %s', (platform) => {
  it('the answer says which passphrase opens; the printed code always still works', { timeout: 60_000 }, async () => {
    const { calls, answer: clean } = await attempt(platform, null)
    expect(clean).toBe('ok')
    const problems: string[] = []
    for (let at = 0; at < calls.length; at++) {
      for (const code of ['ENOSPC', 'EIO']) {
        const { dir, vault, answer } = await attempt(platform, { at, code })
        const where = `${at} (${calls[at]!.op}) / ${code}`
        const oldOpens = (await slotsOpening(dir, 'passphrase', passphraseBytes(PASS_A))).opening
        const newOpens = (await slotsOpening(dir, 'passphrase', passphraseBytes(NEW_A))).opening
        const printedOpens = (await slotsOpening(dir, 'recovery', codeBytes(printed))).opening
        if (printedOpens !== 1) problems.push(`${where}: the printed code opens ${printedOpens} slots`)
        if (answer === 'ok' && (newOpens !== 1 || oldOpens !== 0)) problems.push(`${where}: ok, but old opens ${oldOpens}, new ${newOpens}`)
        if (answer !== 'ok' && (newOpens !== 0 || oldOpens !== 1)) problems.push(`${where}: answered ${answer}, but old opens ${oldOpens}, new ${newOpens} (state ${vault.status().state})`)
        // 'corrupt': an EIO reading a segment reads as a damaged part of the journal (nothing written).
        if (answer !== 'ok' && answer !== 'disk' && !(answer === 'corrupt' && calls[at]!.op === 'readFile')) problems.push(`${where}: answered ${answer}`)
        if (answer !== 'ok' && (await codeOf(openVault(dir).recover('A', printed, NEW_A))) !== 'ok') problems.push(`${where}: a retry failed`)
      }
    }
    expect(problems).toEqual([])
  })
})
