import { createContext, useContext } from 'react'
import type { PartnerInfo, VaultStatus } from '../../../shared/domain'

/** What every screen behind the lock can rely on: the open vault and who opened it. */
export interface Session {
  status: VaultStatus
  partner: PartnerInfo
  /** The other partner, for copy like "hand the laptop to Robin". */
  other: PartnerInfo | null
  /** Replace the status after a call that returns one (change passphrase, rotate key...). */
  setStatus: (status: VaultStatus) => void
  /** Saves drafts (useBeforeLock), then locks. */
  lock: () => Promise<void>
  /** Locks and opens the Unlock screen with the other partner already chosen. */
  switchPartner: () => Promise<void>
  locking: boolean
  lockError: string | null
}

export const SessionContext = createContext<Session | null>(null)

export function useSession(): Session {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useSession is only available while the vault is open.')
  return session
}
