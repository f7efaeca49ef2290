import type { LockReason, VaultStatus } from '../domain'

/** Events main pushes to the renderer. Payload types only: they come from our own process. */
export interface EventMap {
  /** The vault locked (by the user, idle timer, suspend...). Drop every decrypted thing. */
  'vault:locked': { reason: LockReason; status: VaultStatus }
  /** Status changed outside a request: a save landed but a later step left a warning. */
  'vault:changed': { status: VaultStatus }
  /** Main is about to lock: save drafts now. Main locks anyway after a short grace period. */
  'vault:will-lock': { reason: LockReason; graceMs: number }
}

export type EventName = keyof EventMap
export const EVENT_NAMES = ['vault:locked', 'vault:will-lock', 'vault:changed'] as const satisfies readonly EventName[]
