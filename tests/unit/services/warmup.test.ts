// Issue 15: the work an unlock leaves for later (search candidates first) runs in small slices
// between requests, stops at every lock, and never acts for a session other than its own.
import { describe, expect, it } from 'vitest'
import { createServices } from '../../../electron/services'
import { createWarmup } from '../../../electron/services/warmup'
import { trackedTempDir } from '../temp-dirs'

const turn = () => new Promise((resolve) => setImmediate(resolve))

/** A step that needs `n` slices, recording each call's deadline. */
const counting = (n: number) => {
  const calls: number[] = []
  return { calls, step: (deadline: number) => calls.push(deadline) >= n }
}

describe('the warm-up scheduler', () => {
  it('runs each step one slice per turn of the event loop until it is done, in order, then is idle', async () => {
    const warmup = createWarmup(5)
    const a = counting(3)
    const b = counting(2)
    warmup.add('a', a.step)
    warmup.add('b', b.step)
    await warmup.idle()
    const before = performance.now()
    warmup.start()
    // Nothing runs inside the request that started it.
    expect(a.calls).toHaveLength(0)
    let idle = false
    void warmup.idle().then(() => (idle = true))
    await turn()
    expect(a.calls).toHaveLength(1)
    await warmup.idle()
    expect(idle).toBe(true)
    expect([a.calls.length, b.calls.length]).toEqual([3, 2])
    // Each slice is told when to stop: its start plus the slice length.
    for (const deadline of [...a.calls, ...b.calls]) expect(deadline).toBeGreaterThan(before + 5)
  })

  it('a cancel stops the pass at once and releases whoever waits; a new start begins every step again', async () => {
    const warmup = createWarmup()
    const a = counting(100)
    warmup.add('a', a.step)
    warmup.start()
    await turn()
    await turn()
    const waiting = warmup.idle()
    warmup.cancel()
    await waiting
    const seen = a.calls.length
    for (let i = 0; i < 5; i++) await turn()
    expect(a.calls).toHaveLength(seen)
    warmup.start()
    await turn()
    expect(a.calls).toHaveLength(seen + 1)
    warmup.cancel()
  })

  it('a step that throws (locked since, say) is done for this pass; the others still run', async () => {
    const warmup = createWarmup()
    let thrown = 0
    warmup.add('broken', () => {
      thrown++
      throw new Error('locked')
    })
    const b = counting(2)
    warmup.add('b', b.step)
    warmup.start()
    await warmup.idle()
    expect(thrown).toBe(1)
    expect(b.calls).toHaveLength(2)
  })
})

describe('the warm-up as the composition root wires it', () => {
  const KDF = { alg: 'scrypt', logN: 10, r: 8, p: 1 } as const
  const PASS = { A: 'lantern over the harbour', B: 'kites above the orchard' }
  const setup = async () => {
    const services = await createServices({
      dataDir: await trackedTempDir('hearth-warmup-'),
      appInfo: { name: 'Hearth', version: 'test', platform: 'linux' },
      kdf: KDF,
      allowWeakKdf: true,
      emit: () => {},
    })
    const call = async (channel: string, payload: unknown = {}) => {
      const result = await services.dispatch(channel, payload)
      if (!result.ok) throw new Error(`${channel}: ${result.error.code}`)
      return result.value
    }
    await call('vault:create', { partners: [{ name: 'Sam', passphrase: PASS.A }, { name: 'Rio', passphrase: PASS.B }] })
    return { services, call }
  }

  it('after an unlock, idle() resolves once the background work is done, and the answers are as they would be without it', async () => {
    const { services, call } = await setup()
    await call('vault:unlock', { partner: 'A', passphrase: PASS.A })
    const entry = (await call('private:save', { text: 'The quince by the wall' })) as { id: string }
    await call('vault:lock')
    await call('vault:unlock', { partner: 'A', passphrase: PASS.A })
    await services.idle()
    expect(((await call('search:query', { q: 'quince' })) as { id: string }[]).map((h) => h.id)).toEqual([entry.id])
    services.dispose()
  })

  it('threat: a lock or a partner switch in the middle stops it; Rio’s search never gets Sam’s words', async () => {
    const { services, call } = await setup()
    await call('vault:unlock', { partner: 'A', passphrase: PASS.A })
    for (let i = 0; i < 5; i++) await call('private:save', { text: `Sam’s quince, ${i}` })
    await call('vault:lock')
    await call('vault:unlock', { partner: 'A', passphrase: PASS.A })
    await turn()
    await call('vault:lock')
    await services.idle()
    expect((await services.dispatch('search:query', { q: 'quince' })).ok).toBe(false)

    await call('vault:unlock', { partner: 'A', passphrase: PASS.A })
    await turn()
    await call('vault:unlock', { partner: 'B', passphrase: PASS.B })
    await services.idle()
    expect(await call('search:query', { q: 'quince' })).toEqual([])
    services.dispose()
  })
})
