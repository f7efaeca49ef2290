import type { Clock, Vault, VaultOptions } from '../vault/types'
import type { FileHost } from './host'

export interface CarryDeps {
  dataDir: string
  vault: Vault
  /**
   * The vault's single writer queue (HearthVault.enqueue). File snapshots and installs run
   * inside it, so no save can run while the files are copied or replaced.
   */
  enqueue: <T>(task: () => Promise<T>) => Promise<T>
  clock: Clock
  appVersion: string
  /** The system dialogs; absent where there are none, and then each flow says so. */
  host?: FileHost
  /** Used to open a copy in a temp folder with the same KDF rules as the journal itself. */
  vaultOptions: Pick<VaultOptions, 'kdf' | 'allowWeakKdf'>
}
