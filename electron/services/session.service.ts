// The session: who is unlocked, and when to lock. Decisions come from the pure auto-lock reducer
// in shared/logic/autolock.ts; this file only keeps its state, one timer, and the lock sequence
// (warn the renderer so it saves drafts, wait a moment, wipe keys, tell the renderer).
import {
  autoLockReducer,
  clampIdleMs,
  createAutoLockState,
  defaultIdleMs,
  nextDeadline,
  type AutoLockEvent,
  type AutoLockReason,
  type AutoLockState,
} from '../../shared/logic/autolock'
import type { EventMap, EventName } from '../../shared/contract'
import type { Clock, Vault } from './vault/types'

type Emit = <E extends EventName>(event: E, payload: EventMap[E]) => void

/** How long the renderer gets to save a draft before the keys are wiped, by reason. */
export const LOCK_GRACE_MS: Record<AutoLockReason, number> = { idle: 1000, suspend: 300, 'lock-screen': 300, resume: 0 }

export interface Session {
  activity(): void
  /** A listening turn runs for `endsInMs` more (null: it ended or paused); idle time waits for it. */
  listeningTurn(endsInMs: number | null): void
  power(kind: 'suspend' | 'resume' | 'lock-screen'): void
  /** The vault was just unlocked: start the idle clock. */
  unlocked(): void
  lockNow(reason: AutoLockReason | 'user'): void
  idleMs(): number
  setIdleMs(ms: number): number
  dispose(): void
}

export interface SessionOptions {
  vault: Vault
  emit: Emit
  clock: Clock
  platform: string
  idleMs?: number
  /** Tests pass fake timers; defaults to the global ones. */
  timers?: { setTimeout: typeof setTimeout; clearTimeout: typeof clearTimeout }
}

export const createSession = (options: SessionOptions): Session => {
  const { vault, emit, clock } = options
  const timers = options.timers ?? { setTimeout, clearTimeout }
  const now = () => clock.now().getTime()
  // An explicit idleMs (the harness, tests) is taken as given; user settings are clamped.
  let state: AutoLockState = { ...createAutoLockState(now(), defaultIdleMs(options.platform)), ...(options.idleMs ? { idleMs: options.idleMs } : {}) }
  let timer: ReturnType<typeof setTimeout> | null = null
  let pending: ReturnType<typeof setTimeout> | null = null

  const clear = () => {
    if (timer) timers.clearTimeout(timer)
    timer = null
  }
  const arm = () => {
    clear()
    const deadline = nextDeadline(state)
    if (deadline === null) return
    timer = timers.setTimeout(() => {
      timer = null
      step({ type: 'tick', now: now() })
    }, Math.max(0, deadline - now()))
  }

  const beginLock = (reason: AutoLockReason | 'user') => {
    if (pending || vault.status().state !== 'unlocked') return
    const graceMs = reason === 'user' ? 0 : LOCK_GRACE_MS[reason]
    emit('vault:will-lock', { reason, graceMs })
    pending = timers.setTimeout(() => {
      pending = null
      if (vault.status().state === 'unlocked') vault.lock(reason)
    }, graceMs)
  }

  const step = (event: AutoLockEvent) => {
    const result = autoLockReducer(state, event)
    state = result.state
    if (result.lock) beginLock(result.lock)
    // Re-arm only when the timer is not running or has just fired; activity does not move it.
    if (!timer) arm()
  }

  // Every lock, whoever asked for it, ends here: stop timing and tell the renderer.
  const stopListening = vault.onLock((reason) => {
    state = { ...state, locked: true }
    clear()
    emit('vault:locked', { reason, status: vault.status() })
  })

  return {
    activity: () => step({ type: 'activity', now: now() }),
    listeningTurn: (endsInMs) => step({ type: 'hold', now: now(), until: endsInMs === null ? null : now() + endsInMs }),
    power: (kind) => step({ type: kind, now: now() }),
    unlocked: () => {
      clear()
      step({ type: 'unlock', now: now() })
    },
    lockNow: (reason) => beginLock(reason),
    idleMs: () => state.idleMs,
    setIdleMs: (ms) => {
      step({ type: 'setIdle', now: now(), idleMs: clampIdleMs(ms, state.idleMs) })
      clear()
      arm()
      return state.idleMs
    },
    dispose: () => {
      clear()
      if (pending) timers.clearTimeout(pending)
      stopListening()
    },
  }
}
