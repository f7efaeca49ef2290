import { z } from 'zod'
import { channel } from './define'
import { TURN_HOLD_CAP_MS } from '../logic/autolock'

export const appChannels = {
  /** Version and platform for the About line; no secrets. */
  'app:info': channel(z.object({}).strict()).returns<{ name: string; version: string; platform: string }>(),
  /** The renderer reports that the user is active, for the idle auto-lock. */
  'app:activity': channel(z.object({}).strict()).returns<null>(),
  /**
   * A listening turn is running and ends in `endsInMs` (null: it ended or was paused). The idle
   * auto-lock waits for the turn instead of cutting the speaker off, within TURN_HOLD_CAP_MS.
   */
  'app:listening-turn': channel(z.object({ endsInMs: z.number().int().min(0).max(TURN_HOLD_CAP_MS).nullable() }).strict()).returns<null>(),
  /** Auto-lock after this many idle minutes (kept in the vault, so unlocked only). */
  'settings:get': channel(z.object({}).strict()).returns<AutoLockSettings>(),
  'settings:set-idle': channel(z.object({ minutes: z.number().int().min(1).max(60) }).strict()).returns<AutoLockSettings>(),
}

export interface AutoLockSettings {
  idleMinutes: number
  minMinutes: number
  maxMinutes: number
}
