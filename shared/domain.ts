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
}

export const PASSPHRASE_MIN_LENGTH = 10
export const NAME_MAX_LENGTH = 40
