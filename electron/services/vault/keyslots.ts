// Keyslots (LUKS/age style): each secret (a partner's passphrase or recovery code) wraps that
// partner's keyset under its own scrypt KEK. Changing a secret rewraps keys; it never touches
// records. A wrong secret simply fails to open the box: no password hash is stored anywhere.

import nacl from 'tweetnacl'
import type { PartnerId } from '../../../shared/domain'
import { fromB64, randomId, toB64 } from './encoding'
import { SALT_MAX, SALT_MIN, checkKdf, deriveKek, type SlotKdf } from './kdf'
import { openJson, randomKey, sealJson } from './seal'
import { slotPayloadSchema, type Keyslot } from './format'
import type { KdfParams } from './types'

export interface NamedKey {
  id: string
  key: Uint8Array
}

export interface Keyset {
  partner: PartnerId
  sk: NamedKey
  pk: NamedKey
  signPublicKey: Uint8Array
  signSecretKey: Uint8Array
  /**
   * Only in passphrase slots: the KEK of this partner's recovery slot. Whoever opens the
   * passphrase slot already holds every key the recovery slot guards, so this adds no power; it
   * lets a private-key rotation rewrap the recovery slot without asking for the printed code.
   */
  recoveryKek?: Uint8Array
}

export type SlotType = Keyslot['type']

export const newKeyset = (partner: PartnerId, sk: NamedKey): Keyset => {
  const sign = nacl.sign.keyPair()
  return { partner, sk, pk: { id: randomId(8), key: randomKey() }, signPublicKey: sign.publicKey, signSecretKey: sign.secretKey }
}

export const wipeKeyset = (k: Keyset): void => {
  k.sk.key.fill(0)
  k.pk.key.fill(0)
  k.signSecretKey.fill(0)
  k.recoveryKek?.fill(0)
}

/** Seals a keyset under an already-derived KEK (fresh nonce every time). */
export const sealSlot = (vaultId: string, keyset: Keyset, type: SlotType, kek: Uint8Array, kdf: SlotKdf, id = randomId(8)): Keyslot => {
  const payload = {
    vaultId,
    slotId: id,
    partner: keyset.partner,
    type,
    skId: keyset.sk.id,
    sk: toB64(keyset.sk.key),
    pkId: keyset.pk.id,
    pk: toB64(keyset.pk.key),
    signSecretKey: toB64(keyset.signSecretKey),
    signPublicKey: toB64(keyset.signPublicKey),
    recoveryKek: type === 'passphrase' && keyset.recoveryKek ? toB64(keyset.recoveryKek) : undefined,
    // Version 2: this partner keeps a sealed ledger of their own records (ledger.ts). Only their
    // own secret opens this box, so the other partner cannot quietly switch the check off.
    ledger: type === 'passphrase' ? (true as const) : undefined,
  }
  return { id, partner: keyset.partner, type, kdf, ...sealJson(kek, payload) }
}

/** Derives a KEK under a fresh 32-byte salt and seals a new slot; returns the KEK too. */
export const makeSlot = async (
  vaultId: string,
  keyset: Keyset,
  type: SlotType,
  secret: Uint8Array,
  params: KdfParams,
): Promise<{ slot: Keyslot; kek: Uint8Array }> => {
  const salt = nacl.randomBytes(32)
  const kek = await deriveKek(secret, salt, params)
  const kdf: SlotKdf = { alg: 'scrypt', logN: params.logN, r: params.r, p: params.p, salt: toB64(salt) }
  return { slot: sealSlot(vaultId, keyset, type, kek, kdf), kek }
}

/**
 * Opens one slot with a secret. Returns null when the box does not open (wrong secret or a
 * damaged slot - indistinguishable by design). The payload's vaultId/slotId/partner/type must
 * equal the clear slot fields, so a slot copied from another vault or partner is refused.
 */
export const openSlot = async (
  vaultId: string,
  slot: Keyslot,
  secret: Uint8Array,
  allowWeak: boolean,
): Promise<{ keyset: Keyset; kek: Uint8Array; ledger: boolean } | null> => {
  checkKdf(slot.kdf, allowWeak)
  const salt = fromB64(slot.kdf.salt)
  if (!salt || salt.length < SALT_MIN || salt.length > SALT_MAX) return null
  const kek = await deriveKek(secret, salt, slot.kdf)
  const keyset = openSlotWithKek(vaultId, slot, kek)
  if (!keyset) kek.fill(0)
  return keyset ? { keyset, kek, ledger: ledgerFlags.get(keyset) ?? false } : null
}

/** Whether the slot a keyset came from promised a ledger (kept beside, not inside, the keyset). */
const ledgerFlags = new WeakMap<Keyset, boolean>()

export const openSlotWithKek = (vaultId: string, slot: Keyslot, kek: Uint8Array): Keyset | null => {
  const parsed = slotPayloadSchema.safeParse(openJson(kek, slot))
  if (!parsed.success) return null
  const p = parsed.data
  if (p.vaultId !== vaultId || p.slotId !== slot.id || p.partner !== slot.partner || p.type !== slot.type) return null
  const keys = [p.sk, p.pk, p.signSecretKey, p.signPublicKey].map(fromB64)
  const [sk, pk, ssk, spk] = keys
  if (!sk || !pk || !ssk || !spk || sk.length !== 32 || pk.length !== 32 || ssk.length !== 64 || spk.length !== 32) return null
  const recoveryKek = p.recoveryKek ? fromB64(p.recoveryKek) : null
  const keyset: Keyset = {
    partner: p.partner,
    sk: { id: p.skId, key: sk },
    pk: { id: p.pkId, key: pk },
    signSecretKey: ssk,
    signPublicKey: spk,
    ...(recoveryKek ? { recoveryKek } : {}),
  }
  ledgerFlags.set(keyset, p.ledger === true)
  return keyset
}
