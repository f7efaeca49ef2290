import type { LockReason, VaultStatus } from '../domain'
import type { MenuAction } from '../desktop/menu-actions'
import type { PreferencesView } from './desktop'

/** Events main pushes to the renderer. Payload types only: they come from our own process. */
export interface EventMap {
  /** The vault locked (by the user, idle timer, suspend...). Drop every decrypted thing. */
  'vault:locked': { reason: LockReason; status: VaultStatus }
  /** Status changed outside a request: a save landed but a later step left a warning. */
  'vault:changed': { status: VaultStatus }
  /** Main is about to lock: save drafts now. Main locks anyway after a short grace period. */
  'vault:will-lock': { reason: LockReason; graceMs: number }
  /** A menu item or shortcut was chosen: the renderer navigates or acts. */
  'menu:action': { action: MenuAction }
  /** The plain preferences changed (theme, text size...): apply them everywhere. */
  'prefs:changed': PreferencesView
  /** A .hearthbackup file was opened with Hearth: start the restore flow with it. */
  'backup:open-file': { path: string }
}

export type EventName = keyof EventMap
export const EVENT_NAMES = ['vault:locked', 'vault:will-lock', 'vault:changed', 'menu:action', 'prefs:changed', 'backup:open-file'] as const satisfies readonly EventName[]
