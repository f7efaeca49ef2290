import { describe, expect, it } from 'vitest'
import {
  IDLE_DEFAULT_LINUX_MS,
  IDLE_DEFAULT_MS,
  IDLE_MAX_MS,
  IDLE_MIN_MS,
  autoLockReducer,
  clampIdleMs,
  createAutoLockState,
  defaultIdleMs,
  nextDeadline,
  type AutoLockEvent,
  type AutoLockResult,
  type AutoLockState,
} from '../../../shared/logic/autolock'

// Threat: the laptop is left open, or closed and reopened later, and someone other than the
// partner who unlocked it reads their journal.

const MIN = 60_000
const T0 = Date.UTC(2026, 0, 10, 9, 0, 0)

function unlocked(idleMs = IDLE_DEFAULT_MS): AutoLockState {
  return autoLockReducer(createAutoLockState(T0, idleMs), { type: 'unlock', now: T0 }).state
}

/** Runs events in order, returning every result. */
function run(state: AutoLockState, events: AutoLockEvent[]): AutoLockResult[] {
  const out: AutoLockResult[] = []
  let s = state
  for (const e of events) {
    const r = autoLockReducer(s, e)
    out.push(r)
    s = r.state
  }
  return out
}

describe('defaults and bounds', () => {
  it('defaults to 5 minutes, and 3 on Linux where no lock-screen event arrives', () => {
    expect(IDLE_DEFAULT_MS).toBe(5 * MIN)
    expect(defaultIdleMs('darwin')).toBe(5 * MIN)
    expect(defaultIdleMs('win32')).toBe(5 * MIN)
    expect(defaultIdleMs('linux')).toBe(IDLE_DEFAULT_LINUX_MS)
    expect(IDLE_DEFAULT_LINUX_MS).toBeLessThan(IDLE_DEFAULT_MS)
  })

  it('clamps a user-set timeout to 1–60 minutes and rejects non-numbers', () => {
    expect([IDLE_MIN_MS, IDLE_MAX_MS]).toEqual([1 * MIN, 60 * MIN])
    expect(clampIdleMs(10)).toBe(IDLE_MIN_MS)
    expect(clampIdleMs(24 * 60 * MIN)).toBe(IDLE_MAX_MS)
    expect(clampIdleMs(Number.NaN)).toBe(IDLE_DEFAULT_MS)
    expect(clampIdleMs(Number.POSITIVE_INFINITY, 2 * MIN)).toBe(2 * MIN)
    expect(clampIdleMs(7 * MIN)).toBe(7 * MIN)
  })

  it('starts locked with no deadline', () => {
    const s = createAutoLockState(T0)
    expect(s.locked).toBe(true)
    expect(nextDeadline(s)).toBeNull()
  })
})

describe('idle timeout', () => {
  it('locks on the tick at the deadline and not a millisecond before', () => {
    const s = unlocked()
    expect(nextDeadline(s)).toBe(T0 + 5 * MIN)
    expect(autoLockReducer(s, { type: 'tick', now: T0 + 5 * MIN - 1 }).lock).toBeUndefined()
    const r = autoLockReducer(s, { type: 'tick', now: T0 + 5 * MIN })
    expect(r.lock).toBe('idle')
    expect(r.state.locked).toBe(true)
    expect(nextDeadline(r.state)).toBeNull()
  })

  it('activity pushes the deadline back', () => {
    const [, r] = run(unlocked(), [
      { type: 'activity', now: T0 + 4 * MIN },
      { type: 'tick', now: T0 + 6 * MIN },
    ])
    expect(r?.lock).toBeUndefined()
    expect(nextDeadline(r!.state)).toBe(T0 + 9 * MIN)
  })

  it('a late keystroke after the deadline locks instead of extending (missed timer)', () => {
    const r = autoLockReducer(unlocked(), { type: 'activity', now: T0 + 20 * MIN })
    expect(r.lock).toBe('idle')
  })

  it('does not report a second lock once locked', () => {
    const [first, second] = run(unlocked(), [
      { type: 'tick', now: T0 + 5 * MIN },
      { type: 'tick', now: T0 + 50 * MIN },
    ])
    expect(first?.lock).toBe('idle')
    expect(second?.lock).toBeUndefined()
  })

  it('ignores activity while locked: only unlock restarts the clock', () => {
    const locked = createAutoLockState(T0)
    const r = autoLockReducer(locked, { type: 'activity', now: T0 + MIN })
    expect(r.state).toEqual(locked)
  })

  it('restarts the idle period if the wall clock jumps backwards', () => {
    const r = autoLockReducer(unlocked(), { type: 'tick', now: T0 - 60 * MIN })
    expect(r.lock).toBeUndefined()
    expect(nextDeadline(r.state)).toBe(T0 - 55 * MIN)
  })
})

describe('suspend, resume and lock screen', () => {
  it('locks when the laptop goes to sleep', () => {
    const r = autoLockReducer(unlocked(), { type: 'suspend', now: T0 + MIN })
    expect(r.lock).toBe('suspend')
    expect(r.state.suspendedAt).toBe(T0 + MIN)
  })

  it('locks when the system lock screen comes on', () => {
    expect(autoLockReducer(unlocked(), { type: 'lock-screen', now: T0 + MIN }).lock).toBe('lock-screen')
  })

  it('locks on resume when the idle time ran out while asleep, even if the suspend event was missed', () => {
    // Regression for the KeePassXC-style bug: no suspend event, no tick during sleep.
    const r = autoLockReducer(unlocked(), { type: 'resume', now: T0 + 2 * 60 * MIN })
    expect(r.lock).toBe('resume')
    expect(r.state.suspendedAt).toBeNull()
  })

  it('does not lock on a short resume that stayed within the idle time', () => {
    const r = autoLockReducer(unlocked(), { type: 'resume', now: T0 + MIN })
    expect(r.lock).toBeUndefined()
    expect(r.state.locked).toBe(false)
  })

  it('stays locked through sleep and resume and reports no extra lock', () => {
    const results = run(unlocked(), [
      { type: 'suspend', now: T0 + MIN },
      { type: 'resume', now: T0 + 90 * MIN },
    ])
    expect(results.map((r) => r.lock)).toEqual(['suspend', undefined])
    expect(results[1]?.state).toMatchObject({ locked: true, suspendedAt: null })
  })

  it('unlock clears the sleep mark and restarts the clock', () => {
    const [, r] = run(unlocked(), [
      { type: 'suspend', now: T0 + MIN },
      { type: 'unlock', now: T0 + 30 * MIN },
    ])
    expect(r?.state).toEqual({
      idleMs: IDLE_DEFAULT_MS,
      lastActivityAt: T0 + 30 * MIN,
      suspendedAt: null,
      locked: false,
    })
  })
})

describe('changing the idle setting', () => {
  it('clamps the new value and counts as activity', () => {
    const r = autoLockReducer(unlocked(), { type: 'setIdle', now: T0 + 2 * MIN, idleMs: 0 })
    expect(r.state.idleMs).toBe(IDLE_MIN_MS)
    expect(nextDeadline(r.state)).toBe(T0 + 3 * MIN)
  })

  it('keeps the old value when given garbage', () => {
    const r = autoLockReducer(unlocked(10 * MIN), { type: 'setIdle', now: T0, idleMs: Number.NaN })
    expect(r.state.idleMs).toBe(10 * MIN)
  })

  it('does not rescue a session whose time already ran out', () => {
    expect(autoLockReducer(unlocked(), { type: 'setIdle', now: T0 + 6 * MIN, idleMs: 30 * MIN }).lock).toBe('idle')
  })

  it('never mutates the given state', () => {
    const s = Object.freeze(unlocked())
    expect(() => autoLockReducer(s, { type: 'activity', now: T0 + 1 })).not.toThrow()
    expect(s.lastActivityAt).toBe(T0)
  })
})
