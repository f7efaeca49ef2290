// The auto-lock policy as a pure reducer. The host (main process) feeds it events with the
// current wall-clock time and locks the vault whenever a result carries `lock`.
//
// Why wall-clock time: a monotonic clock stops while the laptop sleeps on some systems, so a
// sleep of an hour would look like a second. KeePassXC once kept a database open across sleep
// for this reason; here `resume` (and any late event) compares wall-clock time with the last
// activity and locks if the idle time ran out while the machine was asleep.

import type { LockReason } from '../domain'

export type AutoLockReason = Extract<LockReason, 'idle' | 'suspend' | 'lock-screen' | 'resume'>

export interface AutoLockState {
  /** Lock after this long without activity. Always within IDLE_MIN_MS..IDLE_MAX_MS. */
  idleMs: number
  /** Wall-clock ms of the last user activity (or of the unlock). */
  lastActivityAt: number
  /** Wall-clock ms when the system went to sleep, until it resumes. */
  suspendedAt: number | null
  /**
   * Wall-clock ms when a running listening turn ends, or null. Until then the idle timer does not
   * run: a speaker talking for ten minutes is not idle, and must not be cut off mid-turn.
   */
  holdUntil?: number | null
  locked: boolean
}

export type AutoLockEvent =
  | { type: 'activity'; now: number }
  | { type: 'tick'; now: number }
  | { type: 'suspend'; now: number }
  | { type: 'resume'; now: number }
  | { type: 'lock-screen'; now: number }
  | { type: 'unlock'; now: number }
  | { type: 'setIdle'; now: number; idleMs: number }
  /** A listening turn is running and ends at `until`; null: it ended or was paused. */
  | { type: 'hold'; now: number; until: number | null }

export interface AutoLockResult {
  state: AutoLockState
  /** Present when the host must lock now, with the reason to show the user. */
  lock?: AutoLockReason
}

const MINUTE = 60_000
export const IDLE_MIN_MS = 1 * MINUTE
export const IDLE_MAX_MS = 60 * MINUTE
export const IDLE_DEFAULT_MS = 5 * MINUTE
/**
 * Linux desktops do not reliably report that the screen was locked, so the lock-screen event
 * we rely on elsewhere may never come; a shorter idle timeout narrows that gap.
 */
export const IDLE_DEFAULT_LINUX_MS = 3 * MINUTE

/** Default idle timeout for a platform name as Node reports it ('linux', 'darwin', 'win32'…). */
export function defaultIdleMs(platform: string): number {
  return platform === 'linux' ? IDLE_DEFAULT_LINUX_MS : IDLE_DEFAULT_MS
}

/** Keeps a user-chosen timeout within bounds; anything that is not a finite number → default. */
export function clampIdleMs(ms: number, fallback: number = IDLE_DEFAULT_MS): number {
  if (!Number.isFinite(ms)) return fallback
  return Math.min(IDLE_MAX_MS, Math.max(IDLE_MIN_MS, Math.round(ms)))
}

/**
 * The longest a running turn can hold the idle lock off, counted from when it asked: a timer left
 * running by mistake still locks Hearth. Longer than any turn the listening page offers.
 */
export const TURN_HOLD_CAP_MS = 30 * MINUTE

/** Start state. The vault starts locked; unlocking starts the idle clock. */
export function createAutoLockState(now: number, idleMs: number = IDLE_DEFAULT_MS, locked = true): AutoLockState {
  return { idleMs: clampIdleMs(idleMs), lastActivityAt: now, suspendedAt: null, locked }
}

/** When the host should next send a `tick`, or null while locked (nothing to time). */
export function nextDeadline(state: AutoLockState): number | null {
  return state.locked ? null : idleSince(state, Number.POSITIVE_INFINITY) + state.idleMs
}

/** Where the idle period starts: the last activity, or the end of a turn that ran after it. */
function idleSince(state: AutoLockState, now: number): number {
  const hold = state.holdUntil ?? null
  return hold === null ? state.lastActivityAt : Math.max(state.lastActivityAt, Math.min(hold, now))
}

function idleExpired(state: AutoLockState, now: number): boolean {
  return !state.locked && now - idleSince(state, now) >= state.idleMs
}

function lockWith(state: AutoLockState, reason: AutoLockReason, patch: Partial<AutoLockState> = {}): AutoLockResult {
  return { state: { ...withoutHold(state), ...patch, locked: true }, lock: reason }
}

/** The state with no turn holding the lock off (the field is left out, not set to null). */
function withoutHold(state: AutoLockState): AutoLockState {
  const { holdUntil: _held, ...rest } = state
  return rest
}

/** Applies one event. Never mutates `state`. */
export function autoLockReducer(state: AutoLockState, event: AutoLockEvent): AutoLockResult {
  const { now } = event
  switch (event.type) {
    case 'activity':
      if (state.locked) return { state }
      // A timer that fired late (busy event loop, a sleep we were not told about) must not be
      // rescued by the next keystroke: if the time already ran out, lock first.
      if (idleExpired(state, now)) return lockWith(state, 'idle')
      return { state: { ...state, lastActivityAt: now } }

    case 'tick':
      if (idleExpired(state, now)) return lockWith(state, 'idle')
      // The wall clock moved backwards (manual change, time sync): restart the idle period
      // from now so the deadline is never further away than idleMs.
      if (!state.locked && now < state.lastActivityAt) return { state: { ...state, lastActivityAt: now } }
      return { state }

    case 'suspend':
      if (state.locked) return { state: { ...state, suspendedAt: now } }
      return lockWith(state, 'suspend', { suspendedAt: now })

    case 'resume': {
      const resumed = { ...state, suspendedAt: null }
      if (idleExpired(resumed, now)) return lockWith(resumed, 'resume')
      return { state: resumed }
    }

    case 'lock-screen':
      if (state.locked) return { state }
      return lockWith(state, 'lock-screen')

    case 'unlock':
      return { state: { ...withoutHold(state), locked: false, lastActivityAt: now, suspendedAt: null } }

    case 'hold':
      if (state.locked) return { state }
      if (idleExpired(state, now)) return lockWith(state, 'idle')
      // Starting, pausing or ending a turn is someone at the laptop: the idle period restarts.
      if (event.until === null) return { state: { ...withoutHold(state), lastActivityAt: now } }
      return { state: { ...state, lastActivityAt: now, holdUntil: Math.min(event.until, now + TURN_HOLD_CAP_MS) } }

    case 'setIdle':
      if (idleExpired(state, now)) return lockWith(state, 'idle')
      // Changing the setting is itself activity: the user is at the keyboard.
      return {
        state: {
          ...state,
          idleMs: clampIdleMs(event.idleMs, state.idleMs),
          lastActivityAt: state.locked ? state.lastActivityAt : now,
        },
      }
  }
}
