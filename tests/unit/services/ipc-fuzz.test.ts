// Threat: a compromised or buggy renderer sends odd payloads to every IPC channel. Each one must
// be answered, as bad-request or another clear error, never crash main, never come back as
// `internal`, never leak a stack trace, and never pollute a prototype. Runs the real composition
// root (router, services, vault on disk) in each state: no journal, locked, unlocked.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createServices, type Services } from '../../../electron/services'
import { channels } from '../../../shared/contract'
import { CHANNEL_NAME_LIST } from '../../../shared/contract/names'
import { ERROR_CODES } from '../../../shared/result'
import { trackedTempDir } from '../temp-dirs'

const KDF = { alg: 'scrypt', logN: 10, r: 8, p: 1 } as const
const PASS = { A: 'lantern over the harbour', B: 'kites above the orchard' }

const deep = (depth: number, wrap: (inner: unknown) => unknown): unknown => {
  let value: unknown = 'bottom'
  for (let i = 0; i < depth; i++) value = wrap(value)
  return value
}

/** Values of every shape a structured clone (Electron's IPC) or JSON (the harness) can carry. */
const ODD_VALUES: [string, unknown][] = [
  ['zero', 0],
  ['minus zero', -0],
  ['negative', -1],
  ['huge number', 1e308],
  ['NaN', NaN],
  ['Infinity', Infinity],
  ['unsafe integer', 2 ** 53 + 1],
  ['bigint', 10n],
  ['true', true],
  ['empty string', ''],
  ['NUL string', '\u0000'],
  ['lone surrogate', '\ud800'],
  ['huge string (1 MB)', 'x'.repeat(1_000_000)],
  ['empty array', []],
  ['array of junk', [1, 'a', null, {}, []]],
  ['sparse array', new Array(5)],
  ['long array', Array.from({ length: 100_000 }, (_, i) => i)],
  ['date', new Date(NaN)],
  ['map', new Map([['partner', 'A']])],
  ['set', new Set(['A'])],
  ['bytes', new Uint8Array(16)],
  ['regexp', /A/],
  ['null-prototype object', Object.assign(Object.create(null) as object, { partner: 'A' })],
  ['__proto__ key', JSON.parse('{"__proto__":{"polluted":"yes","isAdmin":true}}')],
  ['constructor.prototype', { constructor: { prototype: { polluted: 'yes' } } }],
  ['prototype key', { prototype: { polluted: 'yes' } }],
  ['objects nested 10,000 deep', deep(10_000, (inner) => ({ a: inner }))],
  ['arrays nested 10,000 deep', deep(10_000, (inner) => [inner])],
]

const WHOLE_PAYLOADS: [string, unknown][] = [['undefined', undefined], ['null', null], ...ODD_VALUES]

/** Each odd value put into each field the channel's schema names (and into a made-up one). */
const fieldPayloads = (channel: (typeof CHANNEL_NAME_LIST)[number]): [string, unknown][] => {
  const schema = channels[channel].request
  const keys = schema instanceof z.ZodObject ? Object.keys(schema.shape) : []
  return [...keys, '__proto__', 'constructor'].flatMap((key) =>
    ODD_VALUES.map(([label, value]): [string, unknown] => {
      const payload: Record<string, unknown> = {}
      Object.defineProperty(payload, key, { value, enumerable: true, writable: true, configurable: true })
      return [`${key} = ${label}`, payload]
    }),
  )
}

type State = 'none' | 'locked' | 'unlocked'
let services: Services
const unexpected: { channel: string; error: unknown }[] = []

const reach = async (state: State): Promise<void> => {
  const now = services.vault.status().state
  if (state === 'none') return
  if (now === 'unlocked' && state === 'locked') await services.dispatch('vault:lock', {})
  if (now !== 'unlocked' && state === 'unlocked') {
    const unlocked = await services.dispatch('vault:unlock', { partner: 'A', passphrase: PASS.A })
    expect(unlocked).toMatchObject({ ok: true })
  }
}

const fresh = async () => {
  services?.dispose()
  services = await createServices({
    dataDir: await trackedTempDir('hearth-fuzz-'),
    appInfo: { name: 'Hearth', version: 'test', platform: 'linux' },
    kdf: KDF,
    allowWeakKdf: true,
    emit: () => {},
    onError: (channel, error) => void unexpected.push({ channel, error }),
  })
}

beforeAll(fresh)
afterAll(() => services?.dispose())

const checkAnswer = (where: string, answer: unknown): void => {
  expect(answer, where).toMatchObject({ ok: expect.any(Boolean) })
  const result = answer as { ok: boolean; error?: { code: string; message: string } }
  if (result.ok) return
  expect(ERROR_CODES, where).toContain(result.error?.code)
  expect(result.error?.code, `${where}: ${result.error?.message}`).not.toBe('internal')
  expect(result.error?.message.length, where).toBeGreaterThan(10)
  expect(result.error?.message.length, where).toBeLessThan(400)
  expect(result.error?.message, where).not.toMatch(/\n\s+at |node_modules|\/work\/|TypeError|RangeError/)
}

describe('threat: a hostile renderer sends odd payloads to every channel', () => {
  for (const state of ['none', 'locked', 'unlocked'] as const) {
    it(`answers every channel with a clear result when the journal is ${state === 'none' ? 'not created yet' : state}`, async () => {
      if (state !== 'none' && services.vault.status().state === 'none') {
        const created = await services.dispatch('vault:create', { partners: [{ name: 'Sam', passphrase: PASS.A }, { name: 'Rio', passphrase: PASS.B }] })
        expect(created).toMatchObject({ ok: true })
      }
      let sent = 0
      for (const channel of CHANNEL_NAME_LIST) {
        for (const [label, payload] of [...WHOLE_PAYLOADS, ...fieldPayloads(channel)]) {
          await reach(state)
          const answer = await services.dispatch(channel, payload)
          checkAnswer(`${state} ${channel} ${label}`, answer)
          sent++
        }
      }
      expect(unexpected).toEqual([])
      expect(sent).toBeGreaterThan(CHANNEL_NAME_LIST.length * ODD_VALUES.length)
    })
  }

  it('left no prototype polluted and the journal still opens and answers', async () => {
    for (const proto of [Object.prototype, Array.prototype, Function.prototype]) {
      expect('polluted' in proto).toBe(false)
      expect('isAdmin' in proto).toBe(false)
    }
    await reach('unlocked')
    expect(await services.dispatch('vault:status', {})).toMatchObject({ ok: true, value: { state: 'unlocked' } })
    expect(await services.dispatch('private:list', {})).toMatchObject({ ok: true })
  })

  it('refuses odd channel names too, without touching a handler', async () => {
    for (const [label, name] of [...WHOLE_PAYLOADS, ['prototype name', '__proto__'], ['constructor name', 'constructor'], ['toString', 'toString'], ['hasOwnProperty', 'hasOwnProperty']]) {
      const answer = await services.dispatch(name, {})
      expect(answer, String(label)).toMatchObject({ ok: false, error: { code: 'bad-request' } })
    }
  })
})
