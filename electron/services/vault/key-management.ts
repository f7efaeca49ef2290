// Passphrase change, recovery codes and private-key rotation. All of these rewrap keys in the
// journal's keyslots; only rotation re-encrypts records (that partner's private ones).

import { PASSPHRASE_MIN_LENGTH, type PartnerId, type VaultStatus } from '../../../shared/domain'
import { HearthError } from '../../../shared/result'
import { randomId } from './encoding'
import type { Keyslot } from './format'
import { passphraseBytes } from './kdf'
import { openSlot, openSlotWithKek, sealSlot, wipeKeyset, type Keyset } from './keyslots'
import { MSG, fail } from './messages'
import { newRecoveryCode as freshCode, parseRecoveryCode } from './recovery-code'
import { inspectJournal } from './recovery'
import { randomKey } from './seal'
import type { HearthVault } from './vault'

const journalEngine = (vault: HearthVault) => {
  vault.activeKeys()
  return vault.session!.stores.journal.engine
}

/** Saves the journal with an edited list of keyslots (a new generation, like any save). */
const commitSlots = async (vault: HearthVault, edit: (slots: Keyslot[]) => Keyslot[], upserts: Parameters<ReturnType<typeof journalEngine>['commit']>[0]['upserts'] = []) => {
  const engine = journalEngine(vault)
  const header = { ...engine.header, keyslots: edit(engine.header.keyslots ?? []) }
  await engine.commit({ upserts, removes: [], header }, vault.session!.keyset.sk.key)
}

/** Re-checks the active partner's passphrase against their slot; returns that slot and KEK. */
const verifyPassphrase = async (vault: HearthVault, passphrase: string): Promise<{ slot: Keyslot; kek: Uint8Array }> => {
  const engine = journalEngine(vault)
  const keyset = vault.session!.keyset
  const opened = await vault.openSlots(engine.vaultId, engine.header.keyslots ?? [], keyset.partner, 'passphrase', passphraseBytes(passphrase))
  if (!opened) fail('wrong-passphrase', MSG.wrongPassphrase(vault.partnerName(keyset.partner)))
  const { slot, kek, keyset: found } = opened!
  keyset.recoveryKek ??= found.recoveryKek?.slice()
  wipeKeyset(found)
  return { slot, kek }
}

/** True when the passphrase opens the active partner's slot. Reads memory only; writes nothing. */
export const checkPassphrase = async (vault: HearthVault, passphrase: string): Promise<boolean> => {
  const engine = journalEngine(vault)
  const keyset = vault.session!.keyset
  const opened = await vault.openSlots(engine.vaultId, engine.header.keyslots ?? [], keyset.partner, 'passphrase', passphraseBytes(passphrase))
  if (!opened) return false
  opened.kek.fill(0)
  wipeKeyset(opened.keyset)
  return true
}

const requireNew = (next: string): void => {
  if (next.length < PASSPHRASE_MIN_LENGTH) fail('weak-passphrase', MSG.weakPassphrase(PASSPHRASE_MIN_LENGTH))
}

export const rewrapPassphraseSlot = async (vault: HearthVault, old: Keyslot, passphrase: string): Promise<void> => {
  const { slot, kek } = await vault.newSlot(vault.session!.keyset, 'passphrase', passphraseBytes(passphrase))
  kek.fill(0)
  await commitSlots(vault, (slots) => slots.map((s) => (s.id === old.id ? slot : s)))
}

/**
 * LUKS order: write the new slot next to the old one, read it back from disk and open it with
 * the new passphrase, and only then drop the old slot. A crash anywhere leaves a usable slot.
 * Backups written before the change still hold the old slot and open with the old passphrase.
 */
export const changePassphrase = async (vault: HearthVault, current: string, next: string): Promise<VaultStatus> => {
  requireNew(next)
  const old = await verifyPassphrase(vault, current)
  old.kek.fill(0)
  const keyset = vault.session!.keyset
  const { slot: fresh, kek } = await vault.newSlot(keyset, 'passphrase', passphraseBytes(next))
  kek.fill(0)
  await commitSlots(vault, (slots) => [...slots, fresh])
  const files = vault.files.journal
  const back = await files.openAt(files.paths.manifest, keyset.sk.key)
  const onDisk = back?.manifest.header.keyslots?.find((s) => s.id === fresh.id)
  const check = onDisk ? await openSlot(back!.manifest.vaultId, onDisk, passphraseBytes(next), vault.allowWeak) : null
  if (!check || check.keyset.pk.id !== keyset.pk.id) throw new HearthError('disk', MSG.verifyFailed)
  check.kek.fill(0)
  wipeKeyset(check.keyset)
  const mine = (s: Keyslot) => s.partner === keyset.partner && s.type === 'passphrase' && s.id !== fresh.id
  await commitSlots(vault, (slots) => slots.filter((s) => !mine(s)))
  return vault.status()
}

/** Opens only `partner`'s keyset with their code; writes a new passphrase slot and a new code. */
export const recover = async (vault: HearthVault, partner: PartnerId, code: string, next: string): Promise<{ status: VaultStatus; recoveryCode: string }> => {
  requireNew(next)
  const bytes = parseRecoveryCode(code)
  if (!bytes) fail('wrong-passphrase', MSG.codeTypo)
  if (vault.session) vault.lock('switch')
  const inspection = (vault.inspection = await inspectJournal(vault.files.journal))
  if (inspection.state === 'none') fail('not-found', MSG.noVault)
  if (inspection.state === 'blocked') fail(inspection.code, inspection.offer.reason)
  const manifest = (inspection as Extract<typeof inspection, { state: 'ok' }>).read.manifest
  const opened = await vault.openSlots(manifest.vaultId, manifest.header.keyslots ?? [], partner, 'recovery', bytes!)
  if (!opened) fail('wrong-passphrase', MSG.wrongCode(vault.partnerName(partner)))
  opened!.kek.fill(0)
  await vault.startSession(opened!.keyset)
  const keyset = vault.session!.keyset
  const fresh = freshCode()
  const rec = await vault.newSlot(keyset, 'recovery', fresh.bytes)
  keyset.recoveryKek = rec.kek
  const pass = await vault.newSlot(keyset, 'passphrase', passphraseBytes(next))
  pass.kek.fill(0)
  await commitSlots(vault, (slots) => [...slots.filter((s) => s.partner !== partner), pass.slot, rec.slot])
  return { status: vault.status(), recoveryCode: fresh.code }
}

/** Replaces the active partner's recovery slot; the old code stops opening new generations. */
export const newRecoveryCode = async (vault: HearthVault, passphrase: string): Promise<{ recoveryCode: string }> => {
  const old = await verifyPassphrase(vault, passphrase)
  const keyset = vault.session!.keyset
  const fresh = freshCode()
  const rec = await vault.newSlot(keyset, 'recovery', fresh.bytes)
  keyset.recoveryKek?.fill(0)
  keyset.recoveryKek = rec.kek
  // The passphrase slot carries the recovery KEK (for rotation), so it is resealed too.
  const pass = sealSlot(journalEngine(vault).vaultId, keyset, 'passphrase', old.kek, old.slot.kdf, old.slot.id)
  old.kek.fill(0)
  const mine = (s: Keyslot) => s.partner === keyset.partner && s.type === 'recovery'
  await commitSlots(vault, (slots) => [...slots.filter((s) => !mine(s)).map((s) => (s.id === pass.id ? pass : s)), rec.slot])
  return { recoveryCode: fresh.code }
}

/**
 * New private key for the active partner: their private records are resealed and both of their
 * slots rewrapped in ONE save, then older backup generations (which hold the old key's
 * ciphertext and the old slots) are dropped, as the point of rotating is to retire the old key.
 */
export const rotatePrivateKey = async (vault: HearthVault, passphrase: string): Promise<VaultStatus> => {
  const old = await verifyPassphrase(vault, passphrase)
  const engine = journalEngine(vault)
  const keyset = vault.session!.keyset
  const recSlot = engine.header.keyslots?.find((s) => s.partner === keyset.partner && s.type === 'recovery')
  const recOk = recSlot && keyset.recoveryKek ? openSlotWithKek(engine.vaultId, recSlot, keyset.recoveryKek) : null
  if (!recSlot || !recOk) {
    old.kek.fill(0)
    fail('conflict', 'Please make a new recovery code first, then rotate the key.')
  }
  wipeKeyset({ ...recOk!, recoveryKek: undefined })
  const rotated: Keyset = { ...keyset, pk: { id: randomId(8), key: randomKey() } }
  const upserts = vault.session!.stores.journal.resealPrivate({ partner: keyset.partner, sk: keyset.sk, pk: rotated.pk })
  const pass = sealSlot(engine.vaultId, rotated, 'passphrase', old.kek, old.slot.kdf, old.slot.id)
  const rec = sealSlot(engine.vaultId, rotated, 'recovery', keyset.recoveryKek!, recSlot!.kdf, recSlot!.id)
  old.kek.fill(0)
  const mine = (s: Keyslot) => s.partner === keyset.partner
  try {
    await commitSlots(vault, (slots) => [...slots.filter((s) => !mine(s)), pass, rec], upserts)
  } catch (error) {
    rotated.pk.key.fill(0)
    throw error
  }
  keyset.pk.key.fill(0)
  keyset.pk = rotated.pk
  await engine.pruneBackups(1)
  return vault.status()
}
