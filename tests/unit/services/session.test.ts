// Auto-lock as wired in the composition root: the idle timer, sleep, and the couple's setting,
// with the renderer warned (to save drafts) before the keys are wiped.
import { describe, expect, it } from 'vitest'
import { createServices } from '../../../electron/services'
import { trackedTempDir } from '../temp-dirs'

const KDF = { alg: 'scrypt', logN: 10, r: 8, p: 1 } as const
const PASS = { A: 'lantern over the harbour', B: 'kites above the orchard' }

const setup = async (idleMs?: number) => {
  const dataDir = await trackedTempDir('hearth-session-')
  const events: { event: string; payload: unknown }[] = []
  const make = () =>
    createServices({
      dataDir,
      appInfo: { name: 'Hearth', version: 'test', platform: 'linux' },
      kdf: KDF,
      allowWeakKdf: true,
      idleMs,
      emit: (event, payload) => events.push({ event, payload }),
    })
  const services = await make()
  const created = await services.dispatch('vault:create', {
    partners: [
      { name: 'Sam', passphrase: PASS.A },
      { name: 'Rio', passphrase: PASS.B },
    ],
  })
  expect(created.ok).toBe(true)
  return { services, events, make }
}

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms))

describe('auto-lock', () => {
  it('locks after the idle time, warning the renderer first so it can save a draft', async () => {
    const { services, events } = await setup(150)
    await services.dispatch('vault:unlock', { partner: 'A', passphrase: PASS.A })
    await wait(60)
    await services.dispatch('app:activity', {})
    await wait(120)
    expect(services.vault.status().state).toBe('unlocked')
    await wait(1400)
    expect(services.vault.status().state).toBe('locked')
    expect(events.map((e) => e.event)).toEqual(['vault:will-lock', 'vault:locked'])
    expect(events[1]?.payload).toMatchObject({ reason: 'idle', status: { state: 'locked', active: null } })
    services.dispose()
  })

  it('issue 11, deliver 4: a running listening turn is not cut off by the idle timer; the lock waits for the turn to end', async () => {
    const { services } = await setup(150)
    await services.dispatch('vault:unlock', { partner: 'A', passphrase: PASS.A })
    expect(await services.dispatch('app:listening-turn', { endsInMs: 700 })).toEqual({ ok: true, value: null })
    await wait(500)
    expect(services.vault.status().state).toBe('unlocked')
    // The turn ends at 700 ms; idle time runs from there (150 ms) plus the draft grace (1 s).
    await wait(1700)
    expect(services.vault.status().state).toBe('locked')
    services.dispose()
  })

  it('locks when the laptop goes to sleep', async () => {
    const { services, events } = await setup(60_000)
    await services.dispatch('vault:unlock', { partner: 'B', passphrase: PASS.B })
    services.session.power('suspend')
    await wait(500)
    expect(services.vault.status().state).toBe('locked')
    expect(events.at(-1)).toMatchObject({ event: 'vault:locked', payload: { reason: 'suspend' } })
    services.dispose()
  })

  it('keeps the couple’s idle setting in the vault and applies it at the next unlock', async () => {
    const { services, make } = await setup()
    await services.dispatch('vault:unlock', { partner: 'A', passphrase: PASS.A })
    expect(await services.dispatch('settings:get', {})).toMatchObject({ ok: true, value: { idleMinutes: 3 } })
    expect(await services.dispatch('settings:set-idle', { minutes: 12 })).toMatchObject({ ok: true, value: { idleMinutes: 12 } })
    expect(await services.dispatch('settings:set-idle', { minutes: 600 })).toMatchObject({ ok: false, error: { code: 'bad-request' } })
    services.dispose()
    const again = await make()
    await again.dispatch('vault:unlock', { partner: 'B', passphrase: PASS.B })
    expect(await again.dispatch('settings:get', {})).toMatchObject({ ok: true, value: { idleMinutes: 12 } })
    again.dispose()
  })

  it('refuses to read or change settings while locked', async () => {
    const { services } = await setup()
    expect(await services.dispatch('settings:get', {})).toMatchObject({ ok: false, error: { code: 'locked' } })
    services.dispose()
  })
})
