// Domain types shared by main and renderer. Plain data only.

export type PartnerId = 'A' | 'B'
/** Who can open a record: both partners (the shared key) or one partner (their private key). */
export type Owner = 'shared' | PartnerId

export const PARTNER_IDS: readonly PartnerId[] = ['A', 'B']
export const otherPartner = (p: PartnerId): PartnerId => (p === 'A' ? 'B' : 'A')

export interface PartnerInfo {
  id: PartnerId
  name: string
}

export type LockReason = 'user' | 'idle' | 'suspend' | 'lock-screen' | 'resume' | 'switch'

export interface RecoveryOffer {
  /** Plain words for the user: what happened to which file. */
  reason: string
  /** The unreadable file was moved here; it is never deleted by Hearth. */
  quarantinedAs: string | null
  /** Newest generation that reads back and authenticates, if any. */
  newestGood: { generation: number; savedAt: string } | null
}

/**
 * Something the vault noticed about the files it opened that the couple should know: an older
 * file put back over a newer one (rollback), or a partner's own private entries missing or older
 * than that partner last saved them. Plain words, with what can be done.
 */
export interface IntegrityNotice {
  store: 'journal' | 'boundaries'
  kind: 'rollback' | 'private-missing'
  message: string
  /** A newer authenticated copy beside the file, which restoreBackup(generation) can open. */
  newer: { generation: number; savedAt: string } | null
}

export interface VaultStatus {
  /** none: first run; locked/unlocked: normal; needs-recovery: the journal file could not be read. */
  state: 'none' | 'locked' | 'unlocked' | 'needs-recovery'
  partners: PartnerInfo[]
  active: PartnerId | null
  lastSavedAt: string | null
  generation: number | null
  recovery: RecoveryOffer | null
  /** Records that failed to open and are carried as ciphertext (shown as a gentle warning). */
  unreadableRecords: number
  /**
   * A change was saved, but a step after its commit point (a backup copy, pruning, flushing the
   * folder) did not finish. Never means "not saved". Cleared by the next save that finishes.
   */
  warning: string | null
  /** What the vault noticed at unlock: rollback, or the active partner's entries missing. */
  notices: IntegrityNotice[]
  /** The active partner has a new recovery code that they have not yet confirmed saving. */
  recoveryCodePending: boolean
}

export const PASSPHRASE_MIN_LENGTH = 10
export const NAME_MAX_LENGTH = 40
