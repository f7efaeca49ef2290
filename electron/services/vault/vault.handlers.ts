// IPC handlers for the 'vault:*' channels: each parses nothing (the router already did) and
// calls the vault.

import type { vaultChannels } from '../../../shared/contract/vault'
import type { Handlers } from '../router'
import type { Vault } from './types'

export type VaultChannel = keyof typeof vaultChannels

// Every lock, whoever asks for it, reaches the session through vault.onLock; nothing to notify here.
export const vaultHandlers = (vault: Vault): Pick<Handlers, VaultChannel> => {
  return {
    'vault:status': () => vault.status(),
    'vault:create': (req) => vault.create(req),
    'vault:unlock': (req) => vault.unlock(req.partner, req.passphrase),
    'vault:lock': () => vault.lock('user'),
    'vault:change-passphrase': (req) => vault.changePassphrase(req.current, req.next),
    'vault:recover': (req) => vault.recover(req.partner, req.code, req.next),
    'vault:new-recovery-code': (req) => vault.newRecoveryCode(req.passphrase),
    'vault:confirm-recovery-code': () => vault.confirmRecoveryCode(),
    'vault:rotate-private-key': (req) => vault.rotatePrivateKey(req.passphrase),
    'vault:backups': () => vault.backups(),
    'vault:restore-backup': (req) => vault.restoreBackup(req.generation, req.store),
    'vault:keep-current': (req) => vault.keepCurrent(req.store),
    'vault:rename-partner': (req) => vault.renamePartner(req.name),
  }
}
