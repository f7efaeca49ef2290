// The narrow surface that key management and damaged-file handling get from the vault, instead
// of the whole HearthVault (vault.ts, key-management.ts and recovery.ts used to import each other
// in a circle). Everything here is explicit: which files, which session, where warnings go.

import type { PartnerId } from '../../../shared/domain'
import type { Keyslot } from './format'
import type { Keyset } from './keyslots'
import type { EngineOptions } from './store-engine'
import type { StoreFiles } from './store-files'
import type { VaultSession } from './session'
import type { Disk, KdfParams, StoreName } from './types'

export interface FileHost {
  readonly kdf: KdfParams
  readonly allowWeak: boolean
  readonly fs: Disk
  readonly engineOptions: EngineOptions
  readonly files: Record<StoreName, StoreFiles>
}

export type OpenedSlot = { keyset: Keyset; kek: Uint8Array; slot: Keyslot; ledger: boolean }

export interface KeyHost extends FileHost {
  /** Tries every slot of `partner` and `type` (two can coexist while a new code is unconfirmed). */
  openSlots(vaultId: string, slots: Keyslot[], partner: PartnerId, type: Keyslot['type'], secret: Uint8Array): Promise<OpenedSlot | null>
  newSlot(session: VaultSession, type: Keyslot['type'], secret: Uint8Array): Promise<{ slot: Keyslot; kek: Uint8Array }>
  partnerName(partner: PartnerId): string
  /** A change landed but a step after its commit point did not finish. */
  warn(warnings: string[]): void
}
