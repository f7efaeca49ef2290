// Issue 10, bug 4 through the composition root: requests go through createServices(...).dispatch,
// which binds each one to the session open when it arrived. A's 'notes:send' (or draft save, or
// passphrase change) is issued, then after 0..n turns of the event loop B's 'vault:unlock' or a
// 'vault:lock' arrives, so the second request lands at every await point of the first.
// The story: a note "from" A is never written with B's keys or lost after "sent"; B's half-written
// note is never touched by A's request; a lock during a passphrase change leaves exactly one
// passphrase working and never answers 'internal'.

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServices, type Services } from '../../../electron/services'
import { CHEAP } from './helpers'

const pass = { A: 'lantern over the harbour', B: 'kites above the orchard' }
const NEXT_A = 'a passphrase Sam chose later'
let services: Services
let dataDir = ''

type Answer = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } }
const call = async (channel: string, payload: unknown = {}): Promise<Answer> => await services.dispatch(channel, payload)
const codeOf = (a: Answer) => (a.ok ? 'ok' : a.error.code)
const value = async <T>(channel: string, payload: unknown = {}): Promise<T> => {
  const a = await call(channel, payload)
  if (!a.ok) throw new Error(`${channel}: ${a.error.code} ${a.error.message}`)
  return a.value as T
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'hearth-interleave-'))
  services = await createServices({ dataDir, appInfo: { name: 'Hearth', version: 'test', platform: 'linux' }, kdf: CHEAP, allowWeakKdf: true, emit: () => {} })
  await value('vault:create', { partners: [{ name: 'Sam', passphrase: pass.A }, { name: 'Rio', passphrase: pass.B }] })
  await value('vault:unlock', { partner: 'B', passphrase: pass.B })
  await value('notes:save-draft', { text: 'B, half written' })
})
afterAll(async () => {
  services.dispose()
  await rm(dataDir, { recursive: true, force: true })
})

/** 0..5 microtask turns, then 1..6 full event-loop turns (which let file I/O finish). */
const GAPS = [...Array.from({ length: 6 }, (_, i) => ({ micro: i, macro: 0 })), ...Array.from({ length: 6 }, (_, i) => ({ micro: 0, macro: i + 1 }))]
const gap = async ({ micro, macro }: { micro: number; macro: number }) => {
  for (let i = 0; i < micro; i++) await Promise.resolve()
  for (let i = 0; i < macro; i++) await new Promise((r) => setImmediate(r))
}

const asA = async () => {
  await value('vault:unlock', { partner: 'A', passphrase: pass.A })
  await value('notes:save-draft', { text: 'A, half written' })
}
type NoteView = { from: string; to: string; text: string }
const notesWith = async (text: string) => (await value<{ notes: NoteView[] }>('notes:list')).notes.filter((n) => n.text === text)
const draftText = async () => (await value<{ text: string } | null>('notes:draft'))?.text ?? null

describe('requests bound to their session, through dispatch', () => {
  const second = [
    { name: "B's unlock", req: () => call('vault:unlock', { partner: 'B', passphrase: pass.B }) },
    { name: 'a lock', req: () => call('vault:lock') },
  ]
  it.each(second.map((s) => [s.name, s] as const))("A's notes:send, then %s at every gap", { timeout: 60_000 }, async (_, other) => {
    const problems: string[] = []
    for (const [i, g] of GAPS.entries()) {
      await asA()
      const text = `a note from A, case ${other.name} ${i}`
      const sent = call('notes:send', { text })
      await gap(g)
      const [s, o] = await Promise.all([sent, other.req()])
      const at = `gap ${JSON.stringify(g)}`
      if (codeOf(o) !== 'ok') problems.push(`${at}: ${other.name} answered ${codeOf(o)}`)
      if (!['ok', 'locked'].includes(codeOf(s))) problems.push(`${at}: send answered ${codeOf(s)}`)
      await value('vault:unlock', { partner: 'B', passphrase: pass.B })
      const found = await notesWith(text)
      if (codeOf(s) === 'ok' && (found.length !== 1 || found[0]!.from !== 'A' || found[0]!.to !== 'B')) problems.push(`${at}: "sent" but B finds ${JSON.stringify(found)}`)
      // An answer other than "sent" must mean the note is not on disk (a retry would send it twice).
      if (codeOf(s) !== 'ok' && found.length > 0) problems.push(`${at}: answered ${codeOf(s)} and the note is on disk ${found.length} times`)
      if ((await draftText()) !== 'B, half written') problems.push(`${at}: B's draft is now ${await draftText()}`)
      await value('vault:unlock', { partner: 'A', passphrase: pass.A })
      // A draft may outlive a send that a lock interrupted (it stays A's alone, to discard); it is
      // never anything but A's own words.
      const draft = await draftText()
      if (draft !== null && draft !== 'A, half written') problems.push(`${at}: A's draft is now ${draft}`)
    }
    expect(problems).toEqual([])
  })

  it("A's notes:save-draft, then B's unlock at every gap: B's draft is never touched", { timeout: 60_000 }, async () => {
    const problems: string[] = []
    for (const [i, g] of GAPS.entries()) {
      await asA()
      const saving = call('notes:save-draft', { text: `A, more words ${i}` })
      await gap(g)
      const [s, o] = await Promise.all([saving, call('vault:unlock', { partner: 'B', passphrase: pass.B })])
      if (codeOf(o) !== 'ok' || !['ok', 'locked'].includes(codeOf(s))) problems.push(`gap ${i}: answers ${codeOf(s)} / ${codeOf(o)}`)
      if ((await draftText()) !== 'B, half written') problems.push(`gap ${i}: B's draft is now ${await draftText()}`)
      await value('vault:unlock', { partner: 'A', passphrase: pass.A })
      const expected = codeOf(s) === 'ok' ? `A, more words ${i}` : 'A, half written'
      if ((await draftText()) !== expected) problems.push(`gap ${i}: answered ${codeOf(s)}, A's draft is ${await draftText()}`)
    }
    expect(problems).toEqual([])
  })

  it("A's passphrase change, then a lock at every gap: never internal, exactly one passphrase opens", { timeout: 60_000 }, async () => {
    const problems: string[] = []
    for (const [i, g] of GAPS.entries()) {
      await value('vault:unlock', { partner: 'A', passphrase: pass.A })
      const next = `${NEXT_A} ${i}`
      const changing = call('vault:change-passphrase', { current: pass.A, next })
      await gap(g)
      const [c, l] = await Promise.all([changing, call('vault:lock')])
      if (codeOf(l) !== 'ok' || !['ok', 'locked'].includes(codeOf(c))) problems.push(`gap ${i}: answers ${codeOf(c)} / ${codeOf(l)}`)
      const opens = [codeOf(await call('vault:unlock', { partner: 'A', passphrase: pass.A })), codeOf(await call('vault:unlock', { partner: 'A', passphrase: next }))]
      const want = codeOf(c) === 'ok' ? ['wrong-passphrase', 'ok'] : ['ok', 'wrong-passphrase']
      if (JSON.stringify(opens) !== JSON.stringify(want)) problems.push(`gap ${i}: answered ${codeOf(c)}; old/new unlock ${opens.join(', ')}`)
      if (codeOf(c) === 'ok') pass.A = next
    }
    expect(problems).toEqual([])
  })
})
