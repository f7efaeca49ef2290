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
import type { Clock, DurableFs, KdfParams, Vault } from './vault/types'
import { createSession, type Session } from './session.service'
import { createSettings } from './settings.service'
import { guidedHandlers } from './guided'
import type { VaultStatus } from '../../shared/domain'
import type { SpellcheckInfo } from '../../shared/contract/desktop'
import { createPreferences, type PreferencesService } from './preferences.service'
import { desktopHandlers, desktopView } from './desktop.handlers'
import { createReminderFeed, type ReminderSink } from './reminders.service'
import { HearthVault } from './vault/vault'
import { carryHandlers, createCarryServices, type FileHost } from './carry'
import { createWarmup } from './warmup'

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
  /** The shell's spell-check facts (absent in the harness: no checker there). */
  spellcheck?: () => SpellcheckInfo
  /** Receives the non-secret reminder times whenever they change (the shell's notifier). */
  reminders?: ReminderSink
  /** The system's save and open dialogs (backup copies, restore, export, import). */
  files?: FileHost
  /** Only for tests and the benchmark: the vault's injectable file-system hooks (VaultOptions.fs). */
  vaultFs?: Partial<DurableFs>
}

export interface Services {
  dispatch: Dispatch
  vault: Vault
  session: Session
  preferences: PreferencesService
  /** Resolves once the background work after an unlock is done (or cancelled by a lock). */
  idle(): Promise<void>
  dispose(): void
}

export const createServices = async (options: ServicesOptions): Promise<Services> => {
  const clock = options.clock ?? { now: () => new Date() }
  const vault = createVault({ dataDir: options.dataDir, clock, kdf: options.kdf, allowWeakKdf: options.allowWeakKdf, fs: options.vaultFs })
  await vault.load()
  const session = createSession({ vault, emit: options.emit, clock, idleMs: options.idleMs, platform: options.appInfo.platform })

  const preferences = createPreferences({ dataDir: options.dataDir, now: () => clock.now() })
  await preferences.load()
  const desktop = { preferences, spellcheck: options.spellcheck, about: { ...options.appInfo, dataDir: options.dataDir } }
  preferences.onChange(() => options.emit('prefs:changed', desktopView(desktop)))
  const reminders = createReminderFeed({ vault, clock, sink: options.reminders })

  const settings = createSettings(vault, session, options.idleMs !== undefined)
  // Work the first requests after an unlock would otherwise pay for, done in slices in between.
  const warmup = createWarmup()
  const stopWarmup = vault.onLock(() => warmup.cancel())
  // Whatever unlocked the vault (a passphrase, a recovery code, a restored backup) starts the
  // idle clock and applies the couple's settings.
  const afterUnlock = <T extends VaultStatus | { status: VaultStatus }>(result: T): T => {
    const status: VaultStatus = 'status' in result ? result.status : (result)
    if (status.state === 'unlocked') {
      session.unlocked()
      settings.apply()
      reminders.refresh()
      warmup.start()
    }
    return result
  }
  const vault$ = vaultHandlers(vault)
  const journal = createJournalServices({ vault, clock })
  // First the records the first screens did not open (and the format 3 upgrade), then search.
  warmup.add('records', (deadline) => vault.warmStep(deadline))
  warmup.add('search', journal.search.warm)
  const boundaries = createBoundariesService({ vault, clock })
  const worksheets$ = worksheetsHandlers({ vault, clock })
  const plans$ = plansHandlers(vault, clock)
  // The vault's single writer queue: carry snapshots and installs files inside it.
  const enqueue = <T,>(task: () => Promise<T>): Promise<T> => (vault instanceof HearthVault ? vault.enqueue(task) : task())
  const carry = createCarryServices({
    dataDir: options.dataDir,
    vault,
    enqueue,
    clock,
    appVersion: options.appInfo.version,
    host: options.files,
    vaultOptions: { kdf: options.kdf, allowWeakKdf: options.allowWeakKdf },
  })

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
    ...worksheets$,
    ...plans$,
    ...journalHandlers(journal),
    ...boundariesHandlers(boundaries, options.host),
    ...guidedHandlers({ vault, clock, journal, boundaries }),
    'vault:unlock': async (req) => afterUnlock(await vault$['vault:unlock'](req)),
    'vault:recover': async (req) => afterUnlock(await vault$['vault:recover'](req)),
    'vault:restore-backup': async (req) => afterUnlock(await vault$['vault:restore-backup'](req)),
    ...desktopHandlers(desktop),
    // A changed ritual changes its reminder times.
    'rituals:save': async (req) => {
      const saved = await worksheets$['rituals:save'](req)
      reminders.refresh()
      return saved
    },
    'rituals:delete': async (req) => {
      const done = await worksheets$['rituals:delete'](req)
      reminders.refresh()
      return done
    },
    // So do dated plans.
    'plans:save': async (req) => {
      const saved = await plans$['plans:save'](req)
      reminders.refresh()
      return saved
    },
    'plans:remove': async (req) => {
      const done = await plans$['plans:remove'](req)
      reminders.refresh()
      return done
    },
    ...carryHandlers(carry),
  }
  const onError: ErrorSink = options.onError ?? ((channel, error) => console.error(`[hearth] ${channel} failed`, error))
  const dispatch = createDispatch(handlers, onError)
  const stopChanges = vault.onChange((status) => options.emit('vault:changed', { status }))
  return {
    // Every request is bound to the session open when it arrived (see vault.ts).
    dispatch: (channel, payload) => vault.bindRequest(() => dispatch(channel, payload)),
    vault,
    session,
    preferences,
    idle: () => warmup.idle(),
    dispose: () => {
      stopChanges()
      stopWarmup()
      warmup.cancel()
      session.dispose()
    },
  }
}
