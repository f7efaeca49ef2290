// The full composition root over a real vault on a temp dir (cheap KDF) and a clock the test
// moves: every request goes through the contract's schemas, exactly as the app sends it.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServices, type Services } from '../../../electron/services'
import type { ChannelName, Req, Res } from '../../../shared/contract'
import type { PartnerId } from '../../../shared/domain'

const KDF = { alg: 'scrypt', logN: 10, r: 8, p: 1 } as const
export const PASS = { A: 'lantern over the harbour', B: 'kites above the orchard' } as const

export interface GuidedCouple {
  services: Services
  dataDir: string
  setNow(iso: string): void
  as(partner: PartnerId): Promise<void>
  call<K extends ChannelName>(channel: K, request: Req<K>): Promise<Res<K>>
  /** The raw result (for failures). */
  raw(channel: string, request: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>
  close(): Promise<void>
}

export const setupGuided = async (start = '2026-11-26T19:00:00Z'): Promise<GuidedCouple> => {
  const dataDir = await mkdtemp(join(tmpdir(), 'hearth-guided-'))
  let now = new Date(start)
  const services = await createServices({
    dataDir,
    appInfo: { name: 'Hearth', version: 'test', platform: 'linux' },
    kdf: KDF,
    allowWeakKdf: true,
    clock: { now: () => new Date(now) },
    emit: () => {},
    onError: (channel, error) => {
      throw new Error(`${channel}: ${String(error)}`)
    },
  })
  const created = await services.dispatch('vault:create', { partners: [{ name: 'Sam', passphrase: PASS.A }, { name: 'Rio', passphrase: PASS.B }] })
  if (!created.ok) throw new Error(created.error.message)
  const raw = (channel: string, request: unknown) => services.dispatch(channel, request)
  return {
    services,
    dataDir,
    setNow: (iso) => {
      now = new Date(iso)
    },
    as: async (partner) => {
      await services.dispatch('vault:lock', {})
      const r = await services.dispatch('vault:unlock', { partner, passphrase: PASS[partner] })
      if (!r.ok) throw new Error(r.error.message)
    },
    call: async (channel, request) => {
      const r = await services.dispatch(channel, request)
      if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`)
      return r.value as never
    },
    raw,
    close: async () => {
      services.dispose()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}
