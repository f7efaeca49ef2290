import { describe, expect, it } from 'vitest'
import { formatClock, initialTimer, timerReducer, type TimerAction, type TimerState } from '../../../renderer/src/features/listening/timer'

const run = (state: TimerState, ...actions: TimerAction[]) => actions.reduce(timerReducer, state)

describe('the speaker/listener turn timer', () => {
  it('counts down while running and ends the turn when time is up', () => {
    const s = run(initialTimer(60_000, 'A'), { type: 'start', now: 0 }, { type: 'tick', now: 20_000 })
    expect(s).toMatchObject({ phase: 'running', remainingMs: 40_000, speaker: 'A' })
    const over = timerReducer(s, { type: 'tick', now: 61_000 })
    expect(over).toMatchObject({ phase: 'turn-over', remainingMs: 0, turnsDone: 1 })
    // A late tick after the turn ended changes nothing.
    expect(timerReducer(over, { type: 'tick', now: 90_000 })).toBe(over)
  })

  it('pausing keeps the time left, and resuming continues from it', () => {
    const paused = run(initialTimer(60_000), { type: 'start', now: 0 }, { type: 'pause', now: 15_000 })
    expect(paused).toMatchObject({ phase: 'paused', remainingMs: 45_000 })
    // Time passing while paused does not count.
    const resumed = run(paused, { type: 'tick', now: 500_000 }, { type: 'start', now: 500_000 }, { type: 'tick', now: 510_000 })
    expect(resumed).toMatchObject({ phase: 'running', remainingMs: 35_000 })
  })

  it('swapping hands the floor to the other partner with a full turn', () => {
    const over = run(initialTimer(5_000, 'A'), { type: 'start', now: 0 }, { type: 'tick', now: 5_000 })
    const swapped = timerReducer(over, { type: 'swap' })
    expect(swapped).toMatchObject({ phase: 'ready', speaker: 'B', remainingMs: 5_000, turnsDone: 1 })
  })

  it('passing the floor early still counts the turn; swapping before starting does not', () => {
    const early = run(initialTimer(60_000, 'B'), { type: 'start', now: 0 }, { type: 'tick', now: 1_000 }, { type: 'swap' })
    expect(early).toMatchObject({ speaker: 'A', turnsDone: 1 })
    expect(timerReducer(initialTimer(60_000, 'B'), { type: 'swap' })).toMatchObject({ speaker: 'A', turnsDone: 0 })
  })

  it('the turn length cannot change mid-turn, only between turns', () => {
    const running = run(initialTimer(60_000), { type: 'start', now: 0 })
    expect(timerReducer(running, { type: 'configure', turnMs: 1_000, speaker: 'A' })).toBe(running)
    expect(timerReducer(initialTimer(60_000), { type: 'configure', turnMs: 180_000, speaker: 'B' })).toMatchObject({ turnMs: 180_000, remainingMs: 180_000, speaker: 'B' })
  })

  it('shows the time left as minutes and seconds, rounding up', () => {
    expect(formatClock(65_000)).toBe('1:05')
    expect(formatClock(400)).toBe('0:01')
    expect(formatClock(0)).toBe('0:00')
  })
})
