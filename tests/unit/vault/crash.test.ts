// SQLite-style crash test: a child process saves in a loop and is SIGKILLed at random moments,
// at least 200 times. Every save whose put() returned (the child printed it) must survive, and
// the vault must open cleanly every time, with no unreadable records and no quarantine.

import { execFileSync, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { trackedTempDir } from '../temp-dirs'
import { newVault, openVault, PASS_A } from './helpers'

const FIXTURE = join(__dirname, 'fixtures', 'save-loop.ts')
const ESBUILD = join(__dirname, '..', '..', '..', 'node_modules', '.bin', 'esbuild')
/**
 * How the child starts. `node --import tsx` costs 0.4-3 s per start on a busy 2-core machine,
 * which would put 200 restarts far over a minute; so the same fixture is bundled once with the
 * esbuild that tsx itself ships and run as plain node. Falls back to tsx if esbuild is absent.
 */
let childArgs: string[] = ['--import', 'tsx', FIXTURE]

beforeAll(async () => {
  if (!existsSync(ESBUILD)) return
  const out = join(await trackedTempDir('hearth-crash-'), 'save-loop.cjs')
  execFileSync(ESBUILD, [FIXTURE, '--bundle', '--platform=node', '--format=cjs', `--outfile=${out}`, '--log-level=warning'])
  childArgs = [out]
})
const LANES = 2
const KILLS_PER_LANE = Number(process.env.HEARTH_KILLS ?? 100)

interface Printed {
  id: string
  rev: number
  body: unknown
}

/** Runs the child until it has printed at least one save, then kills it 0-60 ms later. */
const runAndKill = (dir: string, lane: number): Promise<Printed[]> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...childArgs, dir, String(lane)], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    let armed = false
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8')
      if (!armed && out.split('\n').length > 2) {
        armed = true
        setTimeout(() => child.kill('SIGKILL'), Math.random() * 60)
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`child exited on its own: ${err}`))
      // Only complete lines count: a line cut by the kill was never fully reported.
      const lines = out.split('\n').slice(0, -1).filter((l) => l.startsWith('{'))
      resolve(lines.map((l) => JSON.parse(l) as Printed))
    })
  })

const lane = async (lane: number): Promise<number> => {
  const { dir, vault } = await newVault()
  vault.lock('user')
  const expected = new Map<string, Printed>()
  let checked = 0
  for (let k = 0; k < KILLS_PER_LANE; k++) {
    const t0 = Date.now()
    const printed = await runAndKill(dir, lane)
    for (const p of printed) expected.set(p.id, p)
    const t1 = Date.now()
    const v = openVault(dir)
    await v.unlock('A', PASS_A)
    expect(v.status().unreadableRecords).toBe(0)
    const journal = v.store('journal')
    for (const p of expected.values()) {
      const got = journal.get(p.id)
      expect(got, `save ${p.id} rev ${p.rev} was reported but is missing`).toBeDefined()
      expect(got!.rev).toBeGreaterThanOrEqual(p.rev)
      if (got!.rev === p.rev) expect(got!.body).toEqual(p.body)
      checked++
    }
    v.lock('user')
    if (process.env.HEARTH_TRACE) console.info(`lane ${lane} kill ${k}: child ${t1 - t0} ms (${printed.length} saves), check ${Date.now() - t1} ms`)
  }
  expect((await readdir(dir)).filter((n) => n.includes('unreadable'))).toEqual([])
  return checked
}

describe('crash safety', () => {
  it(`every reported save survives ${LANES * KILLS_PER_LANE} SIGKILLs of a child mid-save`, { timeout: 600_000 }, async () => {
    const started = Date.now()
    const checked = await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i)))
    expect(checked.reduce((a, b) => a + b, 0)).toBeGreaterThan(LANES * KILLS_PER_LANE)
    console.info(`crash test: ${LANES * KILLS_PER_LANE} kills in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  })
})
