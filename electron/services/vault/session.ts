// One unlocked session: whose keys, which stores. Every request is bound to the session that was
// open when it arrived (vault.ts), and every queued write checks that its session is still the
// open one when its turn comes: a write queued before a lock, an unlock or a partner switch is
// refused as 'locked', never carried out with the next partner's keys.

import { HearthError } from '../../../shared/result'
import type { Keyslot } from './format'
import { wipeKeyset, type Keyset } from './keyslots'
import { MSG } from './messages'
import type { SealedRecordStore } from './record-store'
import type { ActiveKeys } from './records'
import type { StoreName } from './types'

export class VaultSession {
  /** Set by lock(); from then on nothing of this session may write, whatever is queued. */
  closed = false
  stores: Record<StoreName, SealedRecordStore> = {} as Record<StoreName, SealedRecordStore>
  /** A recovery code shown but not yet confirmed: its slot is on disk beside the old code's. */
  pendingRecovery: { slotId: string; kek: Uint8Array; passKek: Uint8Array; passSlot: Keyslot } | null = null
  /** The background kind-index upgrade was queued for this session (vault.warmStep). */
  upgraded = false

  constructor(readonly keyset: Keyset) {}

  get partner() {
    return this.keyset.partner
  }

  /** The keys for a write; throws 'locked' once this session has ended. */
  keys(): ActiveKeys {
    if (this.closed) throw new HearthError('locked', MSG.locked)
    return { partner: this.keyset.partner, sk: this.keyset.sk, pk: this.keyset.pk }
  }

  /** Zeroes every key buffer; the best JavaScript offers (no mlock, GC may copy). */
  wipe(): void {
    wipeKeyset(this.keyset)
    this.pendingRecovery?.kek.fill(0)
    this.pendingRecovery?.passKek.fill(0)
    this.pendingRecovery = null
    for (const store of Object.values(this.stores)) store.clear()
  }
}
