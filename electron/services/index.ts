// The composition root of Hearth's services: plain Node, no electron. Main and the e2e harness
// both call createServices, so they serve the very same handlers.
import type { EventMap, EventName } from '../../shared/contract'
import { createDispatch, type Dispatch, type ErrorSink, type Handlers } from './router'
import { createVault } from './vault'
import { vaultHandlers } from './vault/vault.handlers'
import { worksheetsHandlers } from './worksheets'
import { plansHandlers } from './worksheets/plans.service'
import { createJournalServices, journalHandlers } from './journal'
import { boundariesHandlers, createBoundariesService, type PrintHost } from './boundaries'
import type { Clock, KdfParams, Vault } from './vault/types'
import { createSession, type Session } from './session.service'
import { createSettings } from './settings.service'
import type { VaultStatus } from '../../shared/domain'

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
  /** What only the Electron shell can do (saving a PDF through the system dialog). Absent in the harness. */
  host?: PrintHost
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

  const settings = createSettings(vault, session, options.idleMs !== undefined)
  // Whatever unlocked the vault (a passphrase, a recovery code, a restored backup) starts the
  // idle clock and applies the couple's settings.
  const afterUnlock = <T extends VaultStatus | { status: VaultStatus }>(result: T): T => {
    const status: VaultStatus = 'status' in result ? result.status : (result)
    if (status.state === 'unlocked') {
      session.unlocked()
      settings.apply()
    }
    return result
  }
  const vault$ = vaultHandlers(vault)

  const handlers: Handlers = {
    'app:info': () => options.appInfo,
    'app:activity': () => {
      session.activity()
      return null
    },
    'app:listening-turn': (req) => {
      session.listeningTurn(req.endsInMs)
      return null
    },
    'settings:get': () => settings.get(),
    'settings:set-idle': (req) => settings.setIdle(req.minutes),
    ...vault$,
    ...worksheetsHandlers({ vault, clock }),
    ...plansHandlers(vault, clock),
    ...journalHandlers(createJournalServices({ vault, clock })),
    ...boundariesHandlers(createBoundariesService({ vault, clock }), options.host),
    'vault:unlock': async (req) => afterUnlock(await vault$['vault:unlock'](req)),
    'vault:recover': async (req) => afterUnlock(await vault$['vault:recover'](req)),
    'vault:restore-backup': async (req) => afterUnlock(await vault$['vault:restore-backup'](req)),
  }
  const onError: ErrorSink = options.onError ?? ((channel, error) => console.error(`[hearth] ${channel} failed`, error))
  return {
    dispatch: createDispatch(handlers, onError),
    vault,
    session,
    dispose: () => session.dispose(),
  }
}
