// The composition root of Hearth's services: plain Node, no electron. Main and the e2e harness
// both call createServices, so they serve the very same handlers.
import type { EventMap, EventName } from '../../shared/contract'
import { createDispatch, type Dispatch, type ErrorSink, type Handlers } from './router'
import { createVault } from './vault'
import { vaultHandlers } from './vault/vault.handlers'
import type { Clock, KdfParams, Vault } from './vault/types'
import { createSession, type Session } from './session.service'

export type Emit = <E extends EventName>(event: E, payload: EventMap[E]) => void

export interface ServicesOptions {
  dataDir: string
  appInfo: { name: string; version: string; platform: string }
  emit: Emit
  clock?: Clock
  kdf?: KdfParams
  allowWeakKdf?: boolean
  /** Auto-lock idle time in ms; defaults to the platform's default. */
  idleMs?: number
  onError?: ErrorSink
}

export interface Services {
  dispatch: Dispatch
  vault: Vault
  session: Session
  dispose(): void
}

export const createServices = async (options: ServicesOptions): Promise<Services> => {
  const clock = options.clock ?? { now: () => new Date() }
  const vault = createVault({ dataDir: options.dataDir, clock, kdf: options.kdf, allowWeakKdf: options.allowWeakKdf })
  await vault.load()
  const session = createSession({ vault, emit: options.emit, clock, idleMs: options.idleMs, platform: options.appInfo.platform })

  const handlers: Handlers = {
    'app:info': () => options.appInfo,
    'app:activity': () => {
      session.activity()
      return null
    },
    ...vaultHandlers(vault, session),
  }
  const onError: ErrorSink = options.onError ?? ((channel, error) => console.error(`[hearth] ${channel} failed`, error))
  return {
    dispatch: createDispatch(handlers, onError),
    vault,
    session,
    dispose: () => session.dispose(),
  }
}
