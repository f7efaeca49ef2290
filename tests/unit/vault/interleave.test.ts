// Issue 10, bug 4: one partner's write interleaved with the other partner's unlock, a lock, or a
// passphrase change, at every await point of the write (the fs call it is paused at). Before the
// fix a note queued behind B's unlock was acknowledged and lost, a generation was written twice,
// and a lock during a key change threw 'internal' or left both passphrases valid.
// Checks: no acknowledged write lost, none applied under the wrong partner, no generation written
// twice, the other partner's records untouched, exactly one passphrase valid.

import { rm } from 'node:fs/promises'
import { afterAll, describe, expect, it } from 'vitest'
import { parseManifest, openManifest } from '../../../electron/services/vault/manifest'
import type { Vault } from '../../../electron/services/vault/types'
import { codeOf, newVault, openVault, PASS_A, PASS_B } from './helpers'
import { pauseAt, simFs, type SimFs } from './platform-fs'
import { sharedKey } from './tamper'

const NEW_A = 'another passphrase for Sam'
const NEW_B = 'another passphrase for Rio'
const dirs: string[] = []
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true })
})

/** Generations of every manifest renamed into place, per file: none may appear twice. */
const generationsWritten = async (sim: SimFs, dir: string): Promise<Record<string, number[]>> => {
  const sk = await sharedKey(dir, 'B', (await codeOf(openVault(dir).unlock('B', PASS_B))) === 'ok' ? PASS_B : NEW_B)
  const out: Record<string, number[]> = {}
  for (const w of sim.manifestWrites) {
    const store = w.path.endsWith('boundaries.hearth') ? 'boundaries' : 'journal'
    const parsed = parseManifest(w.bytes, store)
    const inner = parsed.ok ? openManifest(parsed, sk) : null
    ;(out[store] ??= []).push(inner?.generation ?? -1)
  }
  return out
}

const twice = (gens: Record<string, number[]>): string[] =>
  Object.entries(gens).flatMap(([store, list]) => list.filter((g, i) => list.indexOf(g) !== i).map((g) => `${store} generation ${g} written twice`))

interface World {
  dir: string
  sim: SimFs
  vault: Vault
  bNote: string
}

/** A fresh couple: B has one private record; A is unlocked. */
const world = async (): Promise<World> => {
  const sim = simFs('linux')
  const { dir, vault } = await newVault(sim.options)
  dirs.push(dir)
  await vault.unlock('B', PASS_B)
  const bNote = (await vault.store('journal').put({ kind: 'draft', owner: 'B', body: 'B, half written' })).id
  await vault.unlock('A', PASS_A)
  return { dir, sim, vault, bNote }
}

/** How many fs calls `op` makes when nothing interleaves (the await points to pause at). */
const callsOf = async (op: (w: World) => Promise<unknown>): Promise<number> => {
  const w = await world()
  w.sim.counting = true
  await op(w)
  w.sim.counting = false
  return w.sim.calls.length
}

/** Reads the folder as a new process would, as `partner`, with whichever passphrase opens. */
const reader = async (dir: string, partner: 'A' | 'B'): Promise<{ v: Vault; opened: string[] }> => {
  const opened: string[] = []
  let found: Vault | null = null
  for (const pass of partner === 'A' ? [PASS_A, NEW_A] : [PASS_B, NEW_B]) {
    const v = openVault(dir)
    if ((await codeOf(v.unlock(partner, pass))) === 'ok') {
      opened.push(pass)
      found ??= v
    }
  }
  if (!found) throw new Error(`no passphrase of ${partner} opens`)
  return { v: found, opened }
}

const aWrite = (w: World) => w.vault.bindRequest(() => w.vault.store('journal').putMany([
  { kind: 'note', owner: 'shared', body: { from: 'A', text: 'written by A' } },
  { kind: 'entry', owner: 'A', body: 'private to A' },
]))

type Other = { name: string; run: (w: World) => Promise<string[]> }
const OTHERS: Other[] = [
  { name: "B's unlock", run: async (w) => [await codeOf(w.vault.bindRequest(() => w.vault.unlock('B', PASS_B)))] },
  { name: 'a lock', run: async (w) => [await codeOf(async () => w.vault.lock('user'))] },
  {
    name: "B's unlock and passphrase change",
    run: async (w) => {
      const unlocked = await codeOf(w.vault.bindRequest(() => w.vault.unlock('B', PASS_B)))
      return [unlocked, await codeOf(w.vault.bindRequest(() => w.vault.changePassphrase(PASS_B, NEW_B)))]
    },
  },
]

describe("A's write paused at every fs call while the other partner acts", () => {
  it.each(OTHERS.map((o) => [o.name, o] as const))('%s', { timeout: 60_000 }, async (_, other) => {
    const n = await callsOf(aWrite)
    const problems: string[] = []
    for (let k = -1; k < n; k++) {
      const w = await world()
      w.sim.counting = true
      const gate = k >= 0 ? pauseAt(w.sim, k) : null
      const write = codeOf(aWrite(w))
      if (gate) await gate.reached
      const others = other.run(w)
      gate?.resume()
      const [answer, otherAnswers] = await Promise.all([write, others])
      w.sim.counting = false
      const at = `k=${k}`
      if (answer !== 'ok' && answer !== 'locked') problems.push(`${at}: A's write answered ${answer}`)
      if (otherAnswers.some((a) => a !== 'ok')) problems.push(`${at}: the other answered ${otherAnswers.join(", ")}`)
      const a = await reader(w.dir, 'A')
      const notes = a.v.store('journal').list<{ from: string }>('note')
      const mine = a.v.store('journal').list('entry')
      if (answer === 'ok' && (notes.length !== 1 || mine.length !== 1 || mine[0]!.owner !== 'A')) problems.push(`${at}: acknowledged write lost (${notes.length} notes, ${mine.length} entries)`)
      if (answer !== 'ok' && (notes.length || mine.length)) problems.push(`${at}: refused write is on disk`)
      if (a.v.status().unreadableRecords || a.v.status().notices.length) problems.push(`${at}: A sees ${JSON.stringify(a.v.status().notices)} / ${a.v.status().unreadableRecords} unreadable`)
      const b = await reader(w.dir, 'B')
      if (b.v.store('journal').get(w.bNote)?.body !== 'B, half written') problems.push(`${at}: B's draft was touched`)
      if (b.v.store('journal').list('entry').length) problems.push(`${at}: B can read A's private entry`)
      if (b.v.status().unreadableRecords !== 0 || b.v.status().notices.length) problems.push(`${at}: B sees ${JSON.stringify(b.v.status())}`)
      if (b.opened.length !== 1) problems.push(`${at}: ${b.opened.length} passphrases of B open`)
      problems.push(...twice(await generationsWritten(w.sim, w.dir)).map((p) => `${at}: ${p}`))
    }
    expect(problems).toEqual([])
  })
})

describe("A's passphrase change paused at every fs call", () => {
  const change = (w: World) => w.vault.bindRequest(() => w.vault.changePassphrase(PASS_A, NEW_A))
  const interrupts: Other[] = [OTHERS[0]!, OTHERS[1]!]
  it.each(interrupts.map((o) => [o.name, o] as const))('interrupted by %s: never internal, exactly one passphrase opens', { timeout: 60_000 }, async (_, other) => {
    const n = await callsOf(change)
    const problems: string[] = []
    for (let k = -1; k < n; k++) {
      const w = await world()
      w.sim.counting = true
      const gate = k >= 0 ? pauseAt(w.sim, k) : null
      const answer = codeOf(change(w))
      if (gate) await gate.reached
      const others = other.run(w)
      gate?.resume()
      const [changed, otherAnswers] = await Promise.all([answer, others])
      w.sim.counting = false
      if (changed !== 'ok' && changed !== 'locked') problems.push(`k=${k}: the change answered ${changed}`)
      if (otherAnswers.some((x) => x !== 'ok')) problems.push(`k=${k}: the other answered ${otherAnswers.join(", ")}`)
      const a = await reader(w.dir, 'A')
      if (a.opened.length !== 1) problems.push(`k=${k}: ${a.opened.length} passphrases of A open`)
      if (a.opened[0] !== (changed === 'ok' ? NEW_A : PASS_A)) problems.push(`k=${k}: answered ${changed} but ${a.opened[0]} opens`)
      if ((await reader(w.dir, 'B')).v.store('journal').get(w.bNote)?.body !== 'B, half written') problems.push(`k=${k}: B's draft was touched`)
      problems.push(...twice(await generationsWritten(w.sim, w.dir)).map((p) => `k=${k}: ${p}`))
    }
    expect(problems).toEqual([])
  })
})

describe("B's unlock paused at every fs call while A's request (from before) writes", () => {
  it("A's write is refused as locked, never written with B's keys", { timeout: 60_000 }, async () => {
    const unlockB = (w: World) => w.vault.bindRequest(() => w.vault.unlock('B', PASS_B))
    const n = await callsOf(unlockB)
    const problems: string[] = []
    for (let k = 0; k < n; k++) {
      const w = await world()
      w.sim.counting = true
      const gate = pauseAt(w.sim, k)
      // A's request arrives while A's session is open, then waits for its turn behind B's unlock.
      const write = w.vault.bindRequest(async () => {
        await gate.reached
        return codeOf(() => w.vault.store('journal').put({ kind: 'entry', owner: 'shared', body: 'A, late' }))
      })
      const unlocked = codeOf(unlockB(w))
      await gate.reached
      gate.resume()
      const [answer, b] = await Promise.all([write, unlocked])
      if (b !== 'ok') problems.push(`k=${k}: B's unlock answered ${b}`)
      if (answer !== 'locked') problems.push(`k=${k}: A's late write answered ${answer}`)
      const fresh = (await reader(w.dir, 'B')).v
      if (fresh.store('journal').list('entry').length) problems.push(`k=${k}: A's late write is on disk`)
      if (w.vault.status().active !== 'B') problems.push(`k=${k}: active is ${w.vault.status().active}`)
    }
    expect(problems).toEqual([])
  })
})
