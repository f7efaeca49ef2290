// The speaker/listener timer as a pure reducer: the component feeds it ticks with the current
// time, so tests can step through a session without waiting. Times are ms from any monotonic
// source (performance.now in the app).
import type { PartnerId } from '../../../../shared/domain'
import { otherPartner } from '../../../../shared/domain'

export type TimerPhase = 'ready' | 'running' | 'paused' | 'turn-over'

export interface TimerState {
  phase: TimerPhase
  speaker: PartnerId
  turnMs: number
  /** Time left in the current turn. */
  remainingMs: number
  /** When the current run started (running only). */
  startedAt: number | null
  /** Turns completed so far (a turn counts once its time ran out or the floor was passed). */
  turnsDone: number
}

export type TimerAction =
  | { type: 'configure'; turnMs: number; speaker: PartnerId }
  | { type: 'start'; now: number }
  | { type: 'pause'; now: number }
  | { type: 'tick'; now: number }
  | { type: 'swap' }
  | { type: 'reset' }

export const initialTimer = (turnMs: number, speaker: PartnerId = 'A'): TimerState => ({
  phase: 'ready',
  speaker,
  turnMs,
  remainingMs: turnMs,
  startedAt: null,
  turnsDone: 0,
})

const left = (s: TimerState, now: number) => Math.max(0, s.remainingMs - (now - (s.startedAt ?? now)))

export function timerReducer(state: TimerState, action: TimerAction): TimerState {
  switch (action.type) {
    case 'configure':
      // Changing the length only makes sense between sessions; mid-turn it would be confusing.
      return state.phase === 'running' ? state : initialTimer(action.turnMs, action.speaker)
    case 'start':
      if (state.phase === 'running' || state.phase === 'turn-over') return state
      return { ...state, phase: 'running', startedAt: action.now }
    case 'pause':
      if (state.phase !== 'running') return state
      return { ...state, phase: 'paused', remainingMs: left(state, action.now), startedAt: null }
    case 'tick': {
      if (state.phase !== 'running') return state
      const remainingMs = left(state, action.now)
      if (remainingMs > 0) return { ...state, remainingMs, startedAt: action.now }
      return { ...state, phase: 'turn-over', remainingMs: 0, startedAt: null, turnsDone: state.turnsDone + 1 }
    }
    case 'swap': {
      // Passing the floor early still counts the turn that was being spoken.
      const spoke = state.phase === 'running' || state.phase === 'paused' ? 1 : 0
      return { ...state, phase: 'ready', speaker: otherPartner(state.speaker), remainingMs: state.turnMs, startedAt: null, turnsDone: state.turnsDone + spoke }
    }
    case 'reset':
      return initialTimer(state.turnMs, state.speaker)
  }
}

/** "1:05" */
export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000)
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`
}
