// Issue 10, bug 4's second half: a lock (or B's unlock) arriving while A's key operation is paused
// at any of its fs calls. Before the fix a lock during a key change threw 'internal' and once left
// both passphrases valid. For every key operation and every pause point: the answer is 'ok' or
// 'locked', the disk holds exactly the keys the answer says, A's private entry stays readable, and
// A's next session saves entries that a fresh process can read.

import { rm } from 'node:fs/promises'
import { afterAll, describe, expect, it } from 'vitest'
import { passphraseBytes } from '../../../electron/services/vault/kdf'
import type { Vault } from '../../../electron/services/vault/types'
import { codeOf, newVault, openVault, PASS_A, PASS_B } from './helpers'
import { codeBytes, NEW_A, slotsOpening } from './fault-ops'
import { pauseAt, simFs } from './platform-fs'

const dirs: string[] = []
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true })
})

interface KeyOp {
  name: string
  setup?: (v: Vault) => Promise<string | undefined>
  run: (v: Vault) => Promise<unknown>
  /** What the disk must hold for answer 'ok' (true) or 'locked' (false); a problem or null. */
  check: (dir: string, landed: boolean, codes: { A: string }, pending: string | undefined, pkBefore: string) => Promise<string | null>
}

const KEY_OPS: KeyOp[] = [
  {
    name: 'passphrase change',
    run: (v) => v.changePassphrase(PASS_A, NEW_A),
    check: async (dir, landed) => {
      const [old, next] = [await slotsOpening(dir, 'passphrase', passphraseBytes(PASS_A)), await slotsOpening(dir, 'passphrase', passphraseBytes(NEW_A))]
      return old.opening + next.opening === 1 && (next.opening === 1) === landed ? null : `old opens ${old.opening}, new ${next.opening}`
    },
  },
  {
    name: 'new recovery code',
    run: (v) => v.newRecoveryCode(PASS_A),
    check: async (dir, _landed, codes) => ((await slotsOpening(dir, 'recovery', codeBytes(codes.A))).opening === 1 ? null : 'the printed code stopped working'),
  },
  {
    name: 'recovery code confirm',
    setup: async (v) => (await v.newRecoveryCode(PASS_A)).recoveryCode,
    run: (v) => v.confirmRecoveryCode(),
    check: async (dir, landed, codes, pending) => {
      const old = (await slotsOpening(dir, 'recovery', codeBytes(codes.A))).opening
      const next = (await slotsOpening(dir, 'recovery', codeBytes(pending!))).opening
      if (next !== 1) return 'the new code, shown on screen, does not open'
      return (old === 0) === landed ? null : `answered ${landed ? 'ok' : 'locked'} but the old code opens ${old}`
    },
  },
  {
    name: 'key rotation',
    run: (v) => v.rotatePrivateKey(PASS_A),
    check: async (dir, landed, codes, _p, pkBefore) => {
      const pass = (await slotsOpening(dir, 'passphrase', passphraseBytes(PASS_A))).pkIds[0]
      const rec = (await slotsOpening(dir, 'recovery', codeBytes(codes.A))).pkIds[0]
      if (pass !== rec) return `passphrase slot pk ${pass} != recovery slot pk ${rec}`
      return (pass !== pkBefore) === landed ? null : `answered ${landed ? 'ok' : 'locked'}, pk ${pkBefore} -> ${pass}`
    },
  },
]

const interrupts = [
  { name: 'a lock', run: async (v: Vault) => codeOf(async () => v.lock('user')) },
  { name: "B's unlock", run: (v: Vault) => codeOf(v.bindRequest(() => v.unlock('B', PASS_B))) },
]

const world = async () => {
  const sim = simFs('linux')
  const { dir, vault, codes } = await newVault(sim.options)
  dirs.push(dir)
  await vault.unlock('A', PASS_A)
  const mine = (await vault.store('journal').put({ kind: 'entry', owner: 'A', body: 'only mine' })).id
  return { sim, dir, vault, codes, mine }
}

const cases = KEY_OPS.flatMap((op) => interrupts.map((i) => [`${op.name}, interrupted by ${i.name}`, op, i] as const))

describe("A's key operation paused at every fs call", () => {
  it.each(cases)('%s', { timeout: 90_000 }, async (_, op, interrupt) => {
    const probe = await world()
    await op.setup?.(probe.vault)
    probe.sim.counting = true
    await probe.vault.bindRequest(() => op.run(probe.vault))
    probe.sim.counting = false
    const n = probe.sim.calls.length
    const problems: string[] = []
    for (let k = -1; k < n; k++) {
      const w = await world()
      const pending = await op.setup?.(w.vault)
      const pkBefore = (await slotsOpening(w.dir, 'passphrase', passphraseBytes(PASS_A))).pkIds[0]!
      w.sim.counting = true
      const gate = k >= 0 ? pauseAt(w.sim, k) : null
      const answer = codeOf(w.vault.bindRequest(() => op.run(w.vault)))
      if (gate) await gate.reached
      const other = interrupt.run(w.vault)
      gate?.resume()
      const [a, o] = await Promise.all([answer, other])
      w.sim.counting = false
      if (a !== 'ok' && a !== 'locked') problems.push(`k=${k}: answered ${a}`)
      if (o !== 'ok') problems.push(`k=${k}: ${interrupt.name} answered ${o}`)
      const bad = await op.check(w.dir, a === 'ok', w.codes, pending, pkBefore)
      if (bad) problems.push(`k=${k}: ${bad}`)
      // A's next session: the private entry reads, and a new one saved now reads in a fresh process.
      const pass = (await slotsOpening(w.dir, 'passphrase', passphraseBytes(NEW_A))).opening ? NEW_A : PASS_A
      await w.vault.unlock('A', pass)
      if (w.vault.store('journal').get(w.mine)?.body !== 'only mine') problems.push(`k=${k}: A's private entry does not read`)
      const next = await w.vault.store('journal').put({ kind: 'entry', owner: 'A', body: 'next session' })
      const fresh = openVault(w.dir)
      await fresh.unlock('A', pass)
      if (fresh.store('journal').get(next.id)?.body !== 'next session' || fresh.status().unreadableRecords) problems.push(`k=${k}: the next session's entry is unreadable`)
      if (fresh.status().notices.length) problems.push(`k=${k}: notices ${JSON.stringify(fresh.status().notices)}`)
    }
    expect(problems).toEqual([])
  })
})
