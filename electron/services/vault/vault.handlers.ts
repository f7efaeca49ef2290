// IPC handlers for the 'vault:*' channels: each parses nothing (the router already did) and
// calls the vault. After a lock, `onLocked` lets the session layer tell the renderer.

import type { LockReason } from '../../../shared/domain'
import type { vaultChannels } from '../../../shared/contract/vault'
import type { Handlers } from '../router'
import type { Vault } from './types'

export type VaultChannel = keyof typeof vaultChannels

/** Either a plain callback or an object with one (the session service passes itself). */
export type LockSink = ((reason: LockReason) => void) | { locked(reason: LockReason): void }

export const vaultHandlers = (vault: Vault, onLocked: LockSink): Pick<Handlers, VaultChannel> => {
  const notify = (reason: LockReason) => (typeof onLocked === 'function' ? onLocked(reason) : onLocked.locked(reason))
  return {
    'vault:status': () => vault.status(),
    'vault:create': (req) => vault.create(req),
    'vault:unlock': (req) => vault.unlock(req.partner, req.passphrase),
    'vault:lock': () => {
      const status = vault.lock('user')
      notify('user')
      return status
    },
    'vault:change-passphrase': (req) => vault.changePassphrase(req.current, req.next),
    'vault:recover': (req) => vault.recover(req.partner, req.code, req.next),
    'vault:new-recovery-code': (req) => vault.newRecoveryCode(req.passphrase),
    'vault:rotate-private-key': (req) => vault.rotatePrivateKey(req.passphrase),
    'vault:backups': () => vault.backups(),
    'vault:restore-backup': (req) => vault.restoreBackup(req.generation),
  }
}
