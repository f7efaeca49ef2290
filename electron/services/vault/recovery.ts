// Opening store files when things may be wrong: damaged or missing manifests, damaged
// segments, backups. Rule: never overwrite or reset a file that exists but failed; move it
// aside (quarantine), say what happened in plain words, and offer the newest good generation.

import type { PartnerInfo, RecoveryOffer } from '../../../shared/domain'
import { HearthError } from '../../../shared/result'
import { durableWrite } from './durable'
import { toB64 } from './encoding'
import type { Header } from './format'
import { passphraseBytes } from './kdf'
import { newKeyset, makeSlot, wipeKeyset, type Keyset } from './keyslots'
import { openManifest } from './manifest'
import { MSG, fail } from './messages'
import { newRecoveryCode } from './recovery-code'
import { randomKey } from './seal'
import { randomId } from './encoding'
import { SegmentDamagedError, StoreEngine } from './store-engine'
import type { ManifestRead, StoreFiles } from './store-files'
import type { HearthVault } from './vault'
import { PASSPHRASE_MIN_LENGTH } from '../../../shared/domain'

export type Inspection =
  | { state: 'none' }
  | { state: 'ok'; read: Extract<ManifestRead, { state: 'ok' }> }
  | { state: 'blocked'; code: 'corrupt' | 'unsupported'; offer: RecoveryOffer }

type Good = { generation: number; savedAt: string } | null

/** Before unlock: the newest backup that parses and passes its checksum (named by file). */
const newestParseable = async (files: StoreFiles): Promise<Good> => {
  for (const gen of await files.backupGenerations()) {
    const read = await files.readManifestAt(files.backupPath(gen))
    if (read.state === 'ok') return { generation: gen, savedAt: read.manifest.header.savedAt }
  }
  return null
}

/** With the shared key: the newest backup that authenticates and whose segments are intact. */
const newestGood = async (files: StoreFiles, sk: Uint8Array): Promise<Good> => {
  for (const gen of await files.backupGenerations()) {
    const opened = await files.openAt(files.backupPath(gen), sk)
    if (opened && (await files.segmentsIntact(opened.inner.segments))) return { generation: opened.inner.generation, savedAt: opened.inner.savedAt }
  }
  return null
}

/** Reads the journal manifest without keys. A damaged one is quarantined right here. */
export const inspectJournal = async (files: StoreFiles): Promise<Inspection> => {
  const read = await files.readManifest()
  if (read.state === 'ok') return { state: 'ok', read }
  if (read.state === 'bad' && read.code === 'unsupported') {
    return { state: 'blocked', code: 'unsupported', offer: { reason: MSG.newerVersion, quarantinedAs: null, newestGood: null } }
  }
  const hasHistory = (await files.backupGenerations()).length > 0 || (await files.hasQuarantined())
  if (read.state === 'missing' && !hasHistory) return { state: 'none' }
  const quarantinedAs = read.state === 'bad' ? await files.quarantine() : null
  const reason = read.state === 'bad' ? MSG.corrupt : 'The journal file is missing. You can restore a recent backup.'
  return { state: 'blocked', code: 'corrupt', offer: { reason, quarantinedAs, newestGood: await newestParseable(files) } }
}

/** Opens the journal with the shared key from a keyslot; quarantines it if it fails. */
export const openJournal = async (vault: HearthVault, keyset: Keyset): Promise<StoreEngine> => {
  const files = vault.files.journal
  const read = (vault.inspection as Extract<Inspection, { state: 'ok' }>).read
  const inner = openManifest(read, keyset.sk.key)
  // The manifest must also vouch for this partner's own signing key (from their keyslot).
  if (!inner || inner.signingPublicKeys[keyset.partner] !== toB64(keyset.signPublicKey)) {
    const quarantinedAs = await files.quarantine()
    const offer = { reason: MSG.corrupt, quarantinedAs, newestGood: await newestGood(files, keyset.sk.key) }
    vault.inspection = { state: 'blocked', code: 'corrupt', offer }
    throw new HearthError('corrupt', MSG.corrupt)
  }
  try {
    return await StoreEngine.open(files, { ...read, inner }, keyset.sk.key, vault.engineOptions)
  } catch (error) {
    if (!(error instanceof SegmentDamagedError)) throw error
    const offer = { reason: MSG.segmentDamaged, quarantinedAs: null, newestGood: await newestGood(files, keyset.sk.key) }
    vault.inspection = { state: 'blocked', code: 'corrupt', offer }
    throw error
  }
}

const emptyStore = async (vault: HearthVault, files: StoreFiles, vaultId: string, partners: PartnerInfo[], spk: { A: string; B: string }, sk: Uint8Array) => {
  const header: Header = { partners, savedAt: vault.engineOptions.clock.now().toISOString() }
  const engine = await StoreEngine.empty(files, vaultId, header, spk, vault.engineOptions)
  await engine.commit({ upserts: [], removes: [] }, sk)
  return engine
}

/**
 * Boundaries are secondary to the journal, so a damaged boundaries file does not block unlock:
 * it is quarantined and the newest good backup is put back, with a notice in status.recovery.
 */
export const openBoundaries = async (vault: HearthVault, keyset: Keyset, spk: { A: string; B: string }): Promise<StoreEngine> => {
  const files = vault.files.boundaries
  const sk = keyset.sk.key
  const journal = vault.session!.stores.journal.engine
  const read = await files.readManifest()
  if (read.state === 'bad' && read.code === 'unsupported') fail('unsupported', MSG.newerVersion)
  if (read.state === 'ok') {
    const inner = openManifest(read, sk)
    if (inner && inner.vaultId === journal.vaultId) {
      try {
        return await StoreEngine.open(files, { ...read, inner }, sk, vault.engineOptions)
      } catch (error) {
        if (!(error instanceof SegmentDamagedError)) throw error
      }
    }
  }
  const backups = await files.backupGenerations()
  if (read.state === 'missing' && backups.length === 0) return emptyStore(vault, files, journal.vaultId, journal.header.partners, spk, sk)
  const quarantinedAs = read.state === 'missing' ? null : await files.quarantine()
  for (const gen of backups) {
    const opened = await files.openAt(files.backupPath(gen), sk)
    if (!opened || !(await files.segmentsIntact(opened.inner.segments))) continue
    await durableWrite(vault.fs, files.paths.manifest, opened.text)
    vault.notice = { reason: `The boundaries file could not be read, so Hearth set it aside and loaded the copy saved at ${opened.inner.savedAt}.`, quarantinedAs, newestGood: { generation: gen, savedAt: opened.inner.savedAt } }
    return StoreEngine.open(files, opened, sk, vault.engineOptions)
  }
  vault.notice = { reason: 'The boundaries file could not be read and no good backup was found, so Hearth set it aside and started a new one.', quarantinedAs, newestGood: null }
  return emptyStore(vault, files, journal.vaultId, journal.header.partners, spk, sk)
}

type NewPartner = { name: string; passphrase: string }

const partnerSlots = async (vault: HearthVault, vaultId: string, keyset: Keyset, passphrase: string) => {
  const code = newRecoveryCode()
  const recovery = await makeSlot(vaultId, keyset, 'recovery', code.bytes, vault.kdf)
  keyset.recoveryKek = recovery.kek
  const pass = await makeSlot(vaultId, keyset, 'passphrase', passphraseBytes(passphrase), vault.kdf)
  pass.kek.fill(0)
  return { code: code.code, slots: [pass.slot, recovery.slot] }
}

/** First run: fresh keys, four keyslots, an empty boundaries store, then the journal. */
export const createVaultFiles = async (vault: HearthVault, partners: [NewPartner, NewPartner]): Promise<{ A: string; B: string }> => {
  const [a, b] = partners
  if (a.passphrase.length < PASSPHRASE_MIN_LENGTH || b.passphrase.length < PASSPHRASE_MIN_LENGTH) fail('weak-passphrase', MSG.weakPassphrase(PASSPHRASE_MIN_LENGTH))
  if (a.passphrase.normalize('NFC') === b.passphrase.normalize('NFC')) fail('weak-passphrase', MSG.samePassphrase)
  const bFiles = vault.files.boundaries
  if ((await bFiles.readManifest()).state !== 'missing' || (await bFiles.backupGenerations()).length) fail('conflict', MSG.exists)
  const vaultId = randomId(16)
  const sk = { id: randomId(8), key: randomKey() }
  const ksA = newKeyset('A', sk)
  const ksB = newKeyset('B', { id: sk.id, key: sk.key.slice() })
  try {
    // One partner at a time in parallel: two scrypt runs (2 x 128 MiB) at once, not four.
    const [sa, sb] = await Promise.all([partnerSlots(vault, vaultId, ksA, a.passphrase), partnerSlots(vault, vaultId, ksB, b.passphrase)])
    const info: PartnerInfo[] = [{ id: 'A', name: a.name.trim() }, { id: 'B', name: b.name.trim() }]
    const spk = { A: toB64(ksA.signPublicKey), B: toB64(ksB.signPublicKey) }
    await vault.files.journal.ensureDirs()
    await bFiles.ensureDirs()
    await emptyStore(vault, bFiles, vaultId, info, spk, sk.key)
    // The journal manifest is written last: its presence is what says "a vault exists here".
    const header: Header = { partners: info, savedAt: vault.engineOptions.clock.now().toISOString(), keyslots: [...sa.slots, ...sb.slots] }
    const journal = await StoreEngine.empty(vault.files.journal, vaultId, header, spk, vault.engineOptions)
    await journal.commit({ upserts: [], removes: [] }, sk.key)
    return { A: sa.code, B: sb.code }
  } finally {
    wipeKeyset(ksA)
    wipeKeyset(ksB)
  }
}

/** Backups newest first: authenticated ones while unlocked, checksum-valid ones before. */
export const listBackups = async (files: StoreFiles, sk: Uint8Array | null): Promise<{ generation: number; savedAt: string }[]> => {
  const out: { generation: number; savedAt: string }[] = []
  for (const gen of await files.backupGenerations()) {
    if (sk) {
      const opened = await files.openAt(files.backupPath(gen), sk)
      if (opened) out.push({ generation: opened.inner.generation, savedAt: opened.inner.savedAt })
    } else {
      const read = await files.readManifestAt(files.backupPath(gen))
      if (read.state === 'ok') out.push({ generation: gen, savedAt: read.manifest.header.savedAt })
    }
  }
  return out
}

/** Puts a backup manifest back in place. A current manifest is moved aside, never overwritten. */
export const restoreBackupFile = async (files: StoreFiles, generation: number): Promise<void> => {
  const read = await files.readManifestAt(files.backupPath(generation))
  if (read.state !== 'ok') fail('not-found', MSG.noBackup)
  const ok = read as Extract<ManifestRead, { state: 'ok' }>
  if ((await files.readManifest()).state !== 'missing') await files.quarantine()
  await durableWrite(files.fs, files.paths.manifest, ok.text)
}
