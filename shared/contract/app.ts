import { z } from 'zod'
import { channel } from './define'

export const appChannels = {
  /** Version and platform for the About line; no secrets. */
  'app:info': channel(z.object({}).strict()).returns<{ name: string; version: string; platform: string }>(),
  /** The renderer reports that the user is active, for the idle auto-lock. */
  'app:activity': channel(z.object({}).strict()).returns<null>(),
}
