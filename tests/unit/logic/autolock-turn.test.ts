// Issue 11, deliver 4: the idle auto-lock and a running listening turn. Nobody touches the
// keyboard while a speaker talks; the idle timer must not cut them off mid-turn, yet a timer left
// running by mistake must not keep the journal open for ever.
import { describe, expect, it } from 'vitest'
import { TURN_HOLD_CAP_MS, autoLockReducer, createAutoLockState, nextDeadline, type AutoLockState } from '../../../shared/logic/autolock'

const MIN = 60_000
const T0 = Date.UTC(2026, 0, 10, 9, 0, 0)
const IDLE = 3 * MIN
const unlocked = (): AutoLockState => autoLockReducer(createAutoLockState(T0, IDLE), { type: 'unlock', now: T0 }).state

describe('a running listening turn and the idle lock', () => {
  it('a ten-minute turn is not cut off by a three-minute idle timer', () => {
    const held = autoLockReducer(unlocked(), { type: 'hold', now: T0, until: T0 + 10 * MIN }).state
    for (const at of [3, 5, 9.9]) expect(autoLockReducer(held, { type: 'tick', now: T0 + at * MIN }).lock).toBeUndefined()
    expect(nextDeadline(held)).toBe(T0 + 10 * MIN + IDLE)
  })

  it('after the turn ends, the ordinary idle time runs from the end of the turn, then locks', () => {
    const held = autoLockReducer(unlocked(), { type: 'hold', now: T0, until: T0 + 10 * MIN }).state
    expect(autoLockReducer(held, { type: 'tick', now: T0 + 12 * MIN }).lock).toBeUndefined()
    expect(autoLockReducer(held, { type: 'tick', now: T0 + 13 * MIN }).lock).toBe('idle')
  })

  it('pausing lets go: the idle time counts from the pause', () => {
    let s = autoLockReducer(unlocked(), { type: 'hold', now: T0, until: T0 + 10 * MIN }).state
    s = autoLockReducer(s, { type: 'hold', now: T0 + 2 * MIN, until: null }).state
    expect(autoLockReducer(s, { type: 'tick', now: T0 + 4.9 * MIN }).lock).toBeUndefined()
    expect(autoLockReducer(s, { type: 'tick', now: T0 + 5 * MIN }).lock).toBe('idle')
  })

  it('threat: a turn cannot hold the lock off beyond the cap', () => {
    const held = autoLockReducer(unlocked(), { type: 'hold', now: T0, until: T0 + 10 * 60 * MIN }).state
    expect(autoLockReducer(held, { type: 'tick', now: T0 + TURN_HOLD_CAP_MS + IDLE }).lock).toBe('idle')
  })

  it('threat: closing the laptop still locks at once, turn or no turn', () => {
    const held = autoLockReducer(unlocked(), { type: 'hold', now: T0, until: T0 + 10 * MIN }).state
    expect(autoLockReducer(held, { type: 'suspend', now: T0 + MIN }).lock).toBe('suspend')
    expect(autoLockReducer(held, { type: 'lock-screen', now: T0 + MIN }).lock).toBe('lock-screen')
  })

  it('a hold that arrives after the idle time ran out does not rescue the session', () => {
    expect(autoLockReducer(unlocked(), { type: 'hold', now: T0 + IDLE, until: T0 + IDLE + MIN }).lock).toBe('idle')
  })
})
