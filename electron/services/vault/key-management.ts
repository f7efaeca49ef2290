// Passphrase change, recovery codes and private-key rotation. All of these rewrap keys in the
// journal's keyslots; only rotation re-encrypts records (that partner's private ones).
//
// Each is ONE journal save whose commit point is the manifest rename (durable.ts): before it the
// old keys are untouched on disk and in memory; after it the session holds exactly the keys the
// disk now has, and anything that did not finish later (a backup copy, pruning) is a warning.
// A manifest is replaced atomically, so unlike LUKS (which overwrites slots in place) a new slot
// and the removal of the old one can land in the same save: a crash leaves one or the other.

import { PASSPHRASE_MIN_LENGTH, type PartnerId } from '../../../shared/domain'
import { randomId } from './encoding'
import type { Keyslot } from './format'
import type { KeyHost } from './host'
import { passphraseBytes } from './kdf'
import { openSlotWithKek, sealSlot, wipeKeyset, type Keyset } from './keyslots'
import { MSG, fail } from './messages'
import { newRecoveryCode as freshCode } from './recovery-code'
import { randomKey } from './seal'
import type { VaultSession } from './session'
import type { Change } from './store-engine'

const engineOf = (s: VaultSession) => {
  s.keys() // throws 'locked' once the session has ended
  return s.stores.journal.engine
}

/** Saves the journal with an edited list of keyslots (a new generation, like any save). */
const commitSlots = async (host: KeyHost, s: VaultSession, edit: (slots: Keyslot[]) => Keyslot[], upserts: Change['upserts'] = []): Promise<void> => {
  const engine = engineOf(s)
  const header = { ...engine.header, keyslots: edit(engine.header.keyslots ?? []) }
  const committed = await engine.commit({ upserts, removes: [], header }, s.keys().sk.key)
  host.warn(committed.warnings)
}

/** Re-checks the active partner's passphrase against their slot; returns that slot and KEK. */
const verifyPassphrase = async (host: KeyHost, s: VaultSession, passphrase: string): Promise<{ slot: Keyslot; kek: Uint8Array }> => {
  const engine = engineOf(s)
  const opened = await host.openSlots(engine.vaultId, engine.header.keyslots ?? [], s.partner, 'passphrase', passphraseBytes(passphrase))
  if (!opened) fail('wrong-passphrase', MSG.wrongPassphrase(host.partnerName(s.partner)))
  const { slot, kek, keyset: found } = opened!
  s.keyset.recoveryKek ??= found.recoveryKek?.slice()
  wipeKeyset(found)
  return { slot, kek }
}

/** True when the passphrase opens the active partner's slot. Reads memory only; writes nothing. */
export const checkPassphrase = async (host: KeyHost, s: VaultSession, passphrase: string): Promise<boolean> => {
  const engine = engineOf(s)
  const opened = await host.openSlots(engine.vaultId, engine.header.keyslots ?? [], s.partner, 'passphrase', passphraseBytes(passphrase))
  if (!opened) return false
  opened.kek.fill(0)
  wipeKeyset(opened.keyset)
  return true
}

const requireNew = (next: string): void => {
  if (next.length < PASSPHRASE_MIN_LENGTH) fail('weak-passphrase', MSG.weakPassphrase(PASSPHRASE_MIN_LENGTH))
}

/** The recovery slot that this session's recovery KEK opens: the partner's confirmed code. */
const confirmedRecoverySlot = (s: VaultSession): Keyslot | undefined => {
  const engine = engineOf(s)
  const kek = s.keyset.recoveryKek
  if (!kek) return undefined
  return engine.header.keyslots?.find((slot) => {
    if (slot.partner !== s.partner || slot.type !== 'recovery') return false
    const opened = openSlotWithKek(engine.vaultId, slot, kek)
    if (opened) wipeKeyset({ ...opened, recoveryKek: undefined })
    return opened !== null
  })
}

/** A new slot that provably opens with its KEK to this very keyset (checked before any write). */
const freshSlot = async (host: KeyHost, s: VaultSession, type: Keyslot['type'], secret: Uint8Array) => {
  const made = await host.newSlot(s, type, secret)
  const check = openSlotWithKek(engineOf(s).vaultId, made.slot, made.kek)
  if (!check || check.pk.id !== s.keyset.pk.id || check.sk.id !== s.keyset.sk.id) fail('internal', MSG.verifyFailed)
  wipeKeyset(check!)
  return made
}

/**
 * Upgrades a passphrase slot below today's KDF, and stamps version 2's ledger promise into it,
 * with the same secret. Part of the unlock: a failure only warns (the old slot still opens).
 */
export const rewrapPassphraseSlot = async (host: KeyHost, s: VaultSession, old: Keyslot, passphrase: string): Promise<void> => {
  const { slot, kek } = await host.newSlot(s, 'passphrase', passphraseBytes(passphrase))
  kek.fill(0)
  await commitSlots(host, s, (slots) => slots.map((x) => (x.id === old.id ? slot : x)))
}

/** One save: the new passphrase slot in, every older passphrase slot of this partner out. */
export const changePassphrase = async (host: KeyHost, s: VaultSession, current: string, next: string): Promise<void> => {
  requireNew(next)
  const old = await verifyPassphrase(host, s, current)
  old.kek.fill(0)
  const { slot: fresh, kek } = await freshSlot(host, s, 'passphrase', passphraseBytes(next))
  kek.fill(0)
  const mine = (x: Keyslot) => x.partner === s.partner && x.type === 'passphrase'
  await commitSlots(host, s, (slots) => [...slots.filter((x) => !mine(x)), fresh])
}

/**
 * A new recovery code, committed BESIDE the old one: the old code keeps working until the new
 * one has been shown and the partner confirms they saved it (confirmRecoveryCode). A crash in
 * between leaves the old code working, never a partner with no code they know.
 */
export const newRecoveryCode = async (host: KeyHost, s: VaultSession, passphrase: string): Promise<{ recoveryCode: string }> => {
  const pass = await verifyPassphrase(host, s, passphrase)
  return addPendingCode(host, s, pass)
}

/** After a recovery-code unlock: new passphrase slot, and a new code pending beside the used one. */
export const resetWithCode = async (host: KeyHost, s: VaultSession, next: string, usedKek: Uint8Array): Promise<{ recoveryCode: string }> => {
  requireNew(next)
  s.keyset.recoveryKek?.fill(0)
  s.keyset.recoveryKek = usedKek
  const pass = await freshSlot(host, s, 'passphrase', passphraseBytes(next))
  const mine = (x: Keyslot) => x.partner === s.partner && x.type === 'passphrase'
  // ONE save for the new passphrase and the new pending code: with two, a failure of the second
  // answered "not saved" while the new passphrase was already the only one on disk.
  return addPendingCode(host, s, { slot: pass.slot, kek: pass.kek }, (slots) => [...slots.filter((x) => !mine(x)), pass.slot])
}

const addPendingCode = async (host: KeyHost, s: VaultSession, pass: { slot: Keyslot; kek: Uint8Array }, alsoEdit: (slots: Keyslot[]) => Keyslot[] = (slots) => slots): Promise<{ recoveryCode: string }> => {
  const confirmed = confirmedRecoverySlot(s)
  const fresh = freshCode()
  const rec = await freshSlot(host, s, 'recovery', fresh.bytes)
  // Earlier unconfirmed codes of this partner go; the confirmed one stays until the new is confirmed.
  const keep = (x: Keyslot) => x.partner !== s.partner || x.type !== 'recovery' || x.id === confirmed?.id
  try {
    await commitSlots(host, s, (slots) => [...alsoEdit(slots).filter(keep), rec.slot])
  } catch (error) {
    rec.kek.fill(0)
    pass.kek.fill(0)
    throw error
  }
  s.pendingRecovery?.kek.fill(0)
  s.pendingRecovery = { slotId: rec.slot.id, kek: rec.kek, passKek: pass.kek, passSlot: pass.slot }
  return { recoveryCode: fresh.code }
}

/** The partner has saved the new code: it replaces the old one, which stops opening new saves. */
export const confirmRecoveryCode = async (host: KeyHost, s: VaultSession): Promise<void> => {
  const pending = s.pendingRecovery
  if (!pending) fail('conflict', MSG.noPendingCode)
  const engine = engineOf(s)
  const current = engine.header.keyslots?.find((x) => x.id === pending!.passSlot.id) ?? pending!.passSlot
  const recoveryKek = pending!.kek
  // The passphrase slot carries the recovery KEK (for rotation), so it is resealed with the same
  // passphrase KEK and salt; the passphrase itself does not change.
  const pass = sealSlot(engine.vaultId, { ...s.keyset, recoveryKek }, 'passphrase', pending!.passKek, current.kdf, current.id)
  const mine = (x: Keyslot) => x.partner === s.partner && (x.type === 'recovery' ? x.id !== pending!.slotId : x.id === current.id)
  await commitSlots(host, s, (slots) => [...slots.filter((x) => !mine(x)), pass])
  s.keyset.recoveryKek?.fill(0)
  s.keyset.recoveryKek = recoveryKek
  pending!.passKek.fill(0)
  s.pendingRecovery = null
}

/**
 * New private key for the active partner: their private records are resealed and both of their
 * slots rewrapped in ONE save, then older backup generations (which hold the old key's
 * ciphertext and the old slots) are dropped, as the point of rotating is to retire the old key.
 * Once that save has landed the session holds the new key, whatever happens after it.
 */
export const rotatePrivateKey = async (host: KeyHost, s: VaultSession, passphrase: string): Promise<void> => {
  if (s.pendingRecovery) fail('conflict', MSG.confirmCodeFirst)
  const old = await verifyPassphrase(host, s, passphrase)
  const engine = engineOf(s)
  const keyset = s.keyset
  const recSlot = confirmedRecoverySlot(s)
  if (!recSlot) {
    old.kek.fill(0)
    fail('conflict', 'Please make a new recovery code first, then rotate the key.')
  }
  const rotated: Keyset = { ...keyset, pk: { id: randomId(8), key: randomKey() } }
  const upserts = s.stores.journal.resealPrivate({ partner: keyset.partner, sk: keyset.sk, pk: rotated.pk })
  const pass = sealSlot(engine.vaultId, rotated, 'passphrase', old.kek, old.slot.kdf, old.slot.id)
  const rec = sealSlot(engine.vaultId, rotated, 'recovery', keyset.recoveryKek!, recSlot!.kdf, recSlot!.id)
  old.kek.fill(0)
  const mine = (x: Keyslot) => x.partner === keyset.partner
  try {
    await commitSlots(host, s, (slots) => [...slots.filter((x) => !mine(x)), pass, rec], upserts)
  } catch (error) {
    rotated.pk.key.fill(0)
    throw error
  }
  // Committed: from here on the session must use the new key, or its next save is unreadable.
  keyset.pk.key.fill(0)
  keyset.pk = rotated.pk
  try {
    await engine.pruneBackups(1)
  } catch {
    host.warn([MSG.rotationPruneFailed])
  }
}

export type { PartnerId }
