import { z } from 'zod'
import { channel } from './define'
import { NAME_MAX_LENGTH, PASSPHRASE_MIN_LENGTH, type VaultStatus, type PartnerId } from '../domain'

export const partnerId = z.enum(['A', 'B'])
// Passphrases are checked for length only here; strength feedback is the renderer's job, and the
// minimum is enforced again in the service so a hand-made IPC call cannot skip it.
const passphrase = z.string().min(1).max(1024)
const newPassphrase = z.string().min(PASSPHRASE_MIN_LENGTH).max(1024)
export const partnerName = z.string().trim().min(1).max(NAME_MAX_LENGTH)
/** 128-bit recovery code: 32 base32-ish characters, grouped; spaces and dashes are ignored. */
const recoveryCode = z.string().min(16).max(80)

const empty = z.object({}).strict()

export interface RecoveryCodes {
  A: string
  B: string
}

export const vaultChannels = {
  'vault:status': channel(empty).returns<VaultStatus>(),
  'vault:create': channel(z
      .object({
        partners: z
          .tuple([
            z.object({ name: partnerName, passphrase: newPassphrase }).strict(),
            z.object({ name: partnerName, passphrase: newPassphrase }).strict(),
          ])
          .refine(([a, b]) => a.passphrase !== b.passphrase, 'Each partner needs their own passphrase.'),
      })
      .strict()).returns<{ status: VaultStatus; recoveryCodes: RecoveryCodes }>(),
  'vault:unlock': channel(z.object({ partner: partnerId, passphrase }).strict()).returns<VaultStatus>(),
  'vault:lock': channel(empty).returns<VaultStatus>(),
  'vault:change-passphrase': channel(z.object({ current: passphrase, next: newPassphrase }).strict()).returns<VaultStatus>(),
  /** Opens only `partner`'s keyset with their code, sets a new passphrase, returns a fresh code. */
  'vault:recover': channel(z.object({ partner: partnerId, code: recoveryCode, next: newPassphrase }).strict()).returns<{ status: VaultStatus; recoveryCode: string }>(),
  /**
   * A new recovery code for the active partner, saved beside the old one: the old code keeps
   * working until the partner confirms they have saved the new one (vault:confirm-recovery-code).
   */
  'vault:new-recovery-code': channel(z.object({ passphrase }).strict()).returns<{ recoveryCode: string }>(),
  /** The partner has written down or printed the new code: it replaces the old one. */
  'vault:confirm-recovery-code': channel(empty).returns<VaultStatus>(),
  /** Re-encrypts the active partner's private records under a fresh private key. */
  'vault:rotate-private-key': channel(z.object({ passphrase }).strict()).returns<VaultStatus>(),
  /** Good backup generations, newest first (only meaningful while unlocked or in recovery). */
  'vault:backups': channel(empty).returns<{ generation: number; savedAt: string }[]>(),
  /**
   * Restores a backup generation: after the journal file could not be read, or when an integrity
   * notice offered that newer copy (the present file is set aside, and the couple unlocks again).
   */
  'vault:restore-backup': channel(z.object({ generation: z.number().int().nonnegative().max(2 ** 40), store: z.enum(['journal', 'boundaries']).optional() }).strict()).returns<VaultStatus>(),
  /** Keep the file that is open: the newer copies a rollback notice held back may be pruned again. */
  'vault:keep-current': channel(z.object({ store: z.enum(['journal', 'boundaries']) }).strict()).returns<VaultStatus>(),
  /** Renames the unlocked partner (the name is in the journal's clear, authenticated header). */
  'vault:rename-partner': channel(z.object({ name: partnerName }).strict()).returns<VaultStatus>(),
}

export type { PartnerId }
