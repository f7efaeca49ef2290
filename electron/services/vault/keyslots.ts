// Keyslots (LUKS/age style): each secret (a partner's passphrase or recovery code) wraps that
// partner's keyset under its own scrypt KEK. Changing a secret rewraps keys; it never touches
// records. A wrong secret simply fails to open the box: no password hash is stored anywhere.

import nacl from 'tweetnacl'
import type { PartnerId } from '../../../shared/domain'
import { fromB64, randomId, toB64 } from './encoding'
import { SALT_MAX, SALT_MIN, checkKdf, deriveKek, type SlotKdf } from './kdf'
import { NONCE_BYTES, openJson, randomKey } from './seal'
import { decodeSlotJson, encodeSlotJson } from './slot-codec'
import type { Keyslot } from './format'
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

/** Seals a keyset under an already-derived KEK (fresh nonce every time). Keys never become strings. */
export const sealSlot = (vaultId: string, keyset: Keyset, type: SlotType, kek: Uint8Array, kdf: SlotKdf, id = randomId(8)): Keyslot => {
  const plain = encodeSlotJson([
    ['vaultId', vaultId],
    ['slotId', id],
    ['partner', keyset.partner],
    ['type', type],
    ['skId', keyset.sk.id],
    ['sk', keyset.sk.key],
    ['pkId', keyset.pk.id],
    ['pk', keyset.pk.key],
    ['signSecretKey', keyset.signSecretKey],
    ['signPublicKey', toB64(keyset.signPublicKey)],
    ['recoveryKek', type === 'passphrase' ? keyset.recoveryKek : undefined],
    // Version 2: this partner keeps a sealed ledger of their own records (ledger.ts). Only their
    // own secret opens this box, so the other partner cannot quietly switch the check off.
    ['ledger', type === 'passphrase' ? true : undefined],
  ])
  const nonce = nacl.randomBytes(NONCE_BYTES)
  const box = nacl.secretbox(plain, nonce, kek)
  plain.fill(0)
  return { id, partner: keyset.partner, type, kdf, nonce: toB64(nonce), box: toB64(box) }
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

const SECRET_MEMBERS = new Set(['sk', 'pk', 'signSecretKey', 'recoveryKek'])

/** The slot box's members: secrets as bytes (slot-codec.ts), or via JSON.parse for another layout. */
const readPayload = (kek: Uint8Array, slot: Keyslot): Record<string, unknown> | null => {
  const nonce = fromB64(slot.nonce)
  const box = fromB64(slot.box)
  if (!nonce || !box || nonce.length !== NONCE_BYTES || box.length < nacl.secretbox.overheadLength) return null
  const plain = nacl.secretbox.open(box, nonce, kek)
  if (!plain) return null
  try {
    const fast = decodeSlotJson(plain, SECRET_MEMBERS)
    if (fast) return fast
    const parsed = openJson(kek, slot) as Record<string, unknown> | null
    if (!parsed || typeof parsed !== 'object') return null
    for (const k of SECRET_MEMBERS) if (typeof parsed[k] === 'string') parsed[k] = fromB64(parsed[k])
    return parsed
  } finally {
    plain.fill(0)
  }
}

const bytes = (v: unknown, length: number): Uint8Array | null => (v instanceof Uint8Array && v.length === length ? v : null)
const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 && v.length <= 128 ? v : null)

export const openSlotWithKek = (vaultId: string, slot: Keyslot, kek: Uint8Array): Keyset | null => {
  const p = readPayload(kek, slot)
  if (!p) return null
  const wipe = () => SECRET_MEMBERS.forEach((k) => p[k] instanceof Uint8Array && p[k].fill(0))
  const [skId, pkId, partner] = [str(p.skId), str(p.pkId), p.partner]
  const [sk, pk, ssk] = [bytes(p.sk, 32), bytes(p.pk, 32), bytes(p.signSecretKey, 64)]
  const spk = typeof p.signPublicKey === 'string' ? fromB64(p.signPublicKey) : null
  const recoveryKek = p.recoveryKek === undefined ? null : bytes(p.recoveryKek, 32)
  const bound = p.vaultId === vaultId && p.slotId === slot.id && partner === slot.partner && p.type === slot.type
  const shaped = skId && pkId && sk && pk && ssk && spk?.length === 32 && (p.recoveryKek === undefined || recoveryKek) && (p.ledger === undefined || p.ledger === true)
  if (!bound || !shaped) {
    wipe()
    return null
  }
  const keyset: Keyset = {
    partner: slot.partner,
    sk: { id: skId, key: sk },
    pk: { id: pkId, key: pk },
    signSecretKey: ssk,
    signPublicKey: spk,
    ...(recoveryKek ? { recoveryKek } : {}),
  }
  ledgerFlags.set(keyset, p.ledger === true)
  return keyset
}

