// A couple on the real composition root (createServices) over a temp data folder, with the
// harness's path-taking stand-in for the system dialogs, so every carry flow runs exactly as the
// app dispatches it.

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServices, type Services } from '../../../electron/services'
import { createPathFileHost, type PathFileHost } from '../../harness/file-host'
import type { ChannelName, Req, Res } from '../../../shared/contract'
import type { PartnerId } from '../../../shared/domain'

export const PASS = { A: 'correct horse battery A', B: 'tulip lantern river B' } as const

export interface App {
  dir: string
  services: Services
  files: PathFileHost
  call<K extends ChannelName>(channel: K, request: Req<K>): Promise<Res<K>>
  /** The failure of a call that must fail: its code and message. */
  refuse<K extends ChannelName>(channel: K, request: Req<K>): Promise<{ code: string; message: string }>
  as(partner: PartnerId): Promise<void>
}

const made: string[] = []

export const tempFolder = async (prefix = 'hearth-carry-'): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

export const cleanUp = async (): Promise<void> => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true })
}

export const startApp = async (dir: string, now = () => new Date('2026-12-02T10:00:00Z')): Promise<App> => {
  const files = createPathFileHost()
  const services = await createServices({
    dataDir: dir,
    appInfo: { name: 'Hearth', version: '1.2.3', platform: 'linux' },
    emit: () => {},
    clock: { now },
    kdf: { alg: 'scrypt', logN: 10, r: 8, p: 1 },
    allowWeakKdf: true,
    files,
    onError: (channel, error) => console.error(channel, error),
  })
  const call = async <K extends ChannelName>(channel: K, request: Req<K>): Promise<Res<K>> => {
    const result = await services.dispatch(channel, request)
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`)
    return result.value as Res<K>
  }
  const refuse = async <K extends ChannelName>(channel: K, request: Req<K>) => {
    const result = await services.dispatch(channel, request)
    if (result.ok) throw new Error(`${channel} was expected to fail`)
    return result.error
  }
  return {
    dir,
    services,
    files,
    call,
    refuse,
    as: async (partner) => {
      if (services.vault.status().state === 'unlocked') await call('vault:lock', {})
      await call('vault:unlock', { partner, passphrase: PASS[partner] })
    },
  }
}

/** Sam (A) and Rio (B) with a little of everything: private entries each, a note, a week, an agreement. */
export const coupleWithJournal = async (dir?: string): Promise<App & { codes: { A: string; B: string } }> => {
  const app = await startApp(dir ?? (await tempFolder()))
  const { recoveryCodes } = await app.call('vault:create', { partners: [{ name: 'Sam', passphrase: PASS.A }, { name: 'Rio', passphrase: PASS.B }] })
  await app.call('vault:lock', {})
  await app.as('A')
  await app.call('private:save', { title: 'Sam alone', text: 'Only Sam may read this: the lighthouse.' })
  await app.call('reflection:save-draft', { week: '2026-W49', answers: { connected: 'Our walk by the river' } })
  await app.call('notes:send', { text: 'Thank you for the soup, Rio.' })
  await app.call('boundaries:save', { basedOn: 0, sections: [], items: [{ id: 'i1', sectionId: 'space', text: 'Phones away at dinner.' }], reviewDate: null })
  await app.as('B')
  await app.call('private:save', { title: 'Rio alone', text: 'Only Rio may read this: the marmalade.' })
  await app.call('notes:send', { text: 'Thank you for the walk, Sam.' })
  await app.call('vault:lock', {})
  return { ...app, codes: recoveryCodes }
}

/** What a partner sees, channel by channel: two journals are "the same" when these match. */
export const whatPartnerSees = async (app: App, partner: PartnerId) => {
  await app.as(partner)
  const entries = await app.call('private:list', {})
  const full = await Promise.all(entries.map((e) => app.call('private:get', { id: e.id })))
  const seen = {
    entries: full,
    notes: await app.call('notes:list', {}),
    week: await app.call('reflection:get', { week: '2026-W49' }),
    agreement: await app.call('boundaries:get', {}),
  }
  await app.call('vault:lock', {})
  return seen
}
