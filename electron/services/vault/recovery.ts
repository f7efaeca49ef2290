// Opening store files when things may be wrong: damaged or missing manifests, damaged
// segments, backups. Rule: never overwrite or reset a file that exists but failed; move it
// aside (quarantine), say what happened in plain words, and offer the newest good generation.

import type { PartnerInfo, RecoveryOffer } from '../../../shared/domain'
import { when } from './when'
import { HearthError } from '../../../shared/result'
import { asDiskError, durableWrite } from './durable'
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
import type { FileHost } from './host'
import { PASSPHRASE_MIN_LENGTH } from '../../../shared/domain'
import { LEDGER_KIND, ledgerId, type LedgerBody } from './ledger'
import { sealRecord } from './records'
import type { StoredRecord } from './types'

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
  const earlier = await files.newestQuarantined()
  const hasHistory = (await files.backupGenerations()).length > 0 || earlier !== null
  if (read.state === 'missing' && !hasHistory) return { state: 'none' }
  // A file set aside by an earlier look is still the reason: say so, and where it is.
  const quarantinedAs = read.state === 'bad' ? await files.quarantine() : earlier
  const reason = read.state === 'bad' || earlier ? MSG.corrupt : 'The journal file is missing. You can restore a recent backup.'
  return { state: 'blocked', code: 'corrupt', offer: { reason, quarantinedAs, newestGood: await newestParseable(files) } }
}

/**
 * Opens the journal with the shared key from a keyslot; quarantines it if it fails, and hands the
 * resulting needs-recovery inspection to `block` before throwing.
 */
export const openJournal = async (host: FileHost, read: Extract<Inspection, { state: 'ok' }>['read'], keyset: Keyset, block: (inspection: Inspection) => void): Promise<StoreEngine> => {
  const files = host.files.journal
  const inner = openManifest(read, keyset.sk.key)
  // The manifest must also vouch for this partner's own signing key (from their keyslot).
  if (!inner || inner.signingPublicKeys[keyset.partner] !== toB64(keyset.signPublicKey)) {
    const quarantinedAs = await files.quarantine()
    const offer = { reason: MSG.corrupt, quarantinedAs, newestGood: await newestGood(files, keyset.sk.key) }
    block({ state: 'blocked', code: 'corrupt', offer })
    throw new HearthError('corrupt', MSG.corrupt)
  }
  try {
    return await StoreEngine.open(files, { ...read, inner }, keyset.sk.key, host.engineOptions)
  } catch (error) {
    if (!(error instanceof SegmentDamagedError)) throw error
    const offer = { reason: MSG.segmentDamaged, quarantinedAs: null, newestGood: await newestGood(files, keyset.sk.key) }
    block({ state: 'blocked', code: 'corrupt', offer })
    throw error
  }
}

const emptyStore = async (host: FileHost, files: StoreFiles, vaultId: string, partners: PartnerInfo[], spk: { A: string; B: string }, sk: Uint8Array) => {
  const header: Header = { partners, savedAt: host.engineOptions.clock.now().toISOString() }
  const engine = await StoreEngine.empty(files, vaultId, header, spk, host.engineOptions)
  await engine.commit({ upserts: [], removes: [] }, sk)
  return engine
}

/**
 * Boundaries are secondary to the journal, so a damaged boundaries file does not block unlock:
 * it is quarantined and the newest good backup is put back, with a notice in status.recovery.
 */
export const openBoundaries = async (host: FileHost, keyset: Keyset, journal: StoreEngine, notify: (offer: RecoveryOffer) => void): Promise<StoreEngine> => {
  const files = host.files.boundaries
  const sk = keyset.sk.key
  const spk = journal.signingPublicKeys
  const read = await files.readManifest()
  if (read.state === 'bad' && read.code === 'unsupported') fail('unsupported', MSG.newerVersion)
  if (read.state === 'ok') {
    const inner = openManifest(read, sk)
    if (inner && inner.vaultId === journal.vaultId) {
      try {
        return await StoreEngine.open(files, { ...read, inner }, sk, host.engineOptions)
      } catch (error) {
        if (!(error instanceof SegmentDamagedError)) throw error
      }
    }
  }
  const backups = await files.backupGenerations()
  if (read.state === 'missing' && backups.length === 0) return emptyStore(host, files, journal.vaultId, journal.header.partners, spk, sk)
  const quarantinedAs = read.state === 'missing' ? null : await files.quarantine()
  for (const gen of backups) {
    const opened = await files.openAt(files.backupPath(gen), sk)
    if (!opened || !(await files.segmentsIntact(opened.inner.segments))) continue
    await durableWrite(host.fs, files.paths.manifest, opened.text)
    notify({ reason: `The boundaries file could not be read, so Hearth set it aside and loaded the copy saved ${when(opened.inner.savedAt)}.`, quarantinedAs, newestGood: { generation: gen, savedAt: opened.inner.savedAt } })
    return StoreEngine.open(files, opened, sk, host.engineOptions)
  }
  notify({ reason: 'The boundaries file could not be read and no good backup was found, so Hearth set it aside and started a new one.', quarantinedAs, newestGood: null })
  return emptyStore(host, files, journal.vaultId, journal.header.partners, spk, sk)
}

type NewPartner = { name: string; passphrase: string }

const emptyLedger = (partner: 'A' | 'B', now: string): StoredRecord<LedgerBody> => ({ id: ledgerId(partner), kind: LEDGER_KIND, owner: partner, rev: 1, createdAt: now, updatedAt: now, body: { entries: {} } })

const partnerSlots = async (host: FileHost, vaultId: string, keyset: Keyset, passphrase: string) => {
  const code = newRecoveryCode()
  const recovery = await makeSlot(vaultId, keyset, 'recovery', code.bytes, host.kdf)
  keyset.recoveryKek = recovery.kek
  const pass = await makeSlot(vaultId, keyset, 'passphrase', passphraseBytes(passphrase), host.kdf)
  pass.kek.fill(0)
  return { code: code.code, slots: [pass.slot, recovery.slot] }
}

/** First run: fresh keys, four keyslots, an empty boundaries store, then the journal. */
export const createVaultFiles = async (host: FileHost, partners: [NewPartner, NewPartner]): Promise<{ codes: { A: string; B: string }; journal: string }> => {
  const [a, b] = partners
  if (a.passphrase.length < PASSPHRASE_MIN_LENGTH || b.passphrase.length < PASSPHRASE_MIN_LENGTH) fail('weak-passphrase', MSG.weakPassphrase(PASSPHRASE_MIN_LENGTH))
  if (a.passphrase.normalize('NFC') === b.passphrase.normalize('NFC')) fail('weak-passphrase', MSG.samePassphrase)
  const bFiles = host.files.boundaries
  // The caller checked that no journal, journal backup or quarantined journal is here. A
  // boundaries file without one is what a failed create leaves behind; its keys were only ever in
  // that journal's slots, so nothing can open it. It is set aside (never deleted), and create can
  // be tried again instead of answering "a journal already exists" for ever.
  if ((await bFiles.readManifest()).state !== 'missing') await bFiles.setAside('orphan')
  const vaultId = randomId(16)
  const sk = { id: randomId(8), key: randomKey() }
  const ksA = newKeyset('A', sk)
  const ksB = newKeyset('B', { id: sk.id, key: sk.key.slice() })
  try {
    // One partner at a time in parallel: two scrypt runs (2 x 128 MiB) at once, not four.
    const [sa, sb] = await Promise.all([partnerSlots(host, vaultId, ksA, a.passphrase), partnerSlots(host, vaultId, ksB, b.passphrase)])
    const info: PartnerInfo[] = [{ id: 'A', name: a.name.trim() }, { id: 'B', name: b.name.trim() }]
    const spk = { A: toB64(ksA.signPublicKey), B: toB64(ksB.signPublicKey) }
    await host.files.journal.ensureDirs()
    await bFiles.ensureDirs()
    await emptyStore(host, bFiles, vaultId, info, spk, sk.key)
    // The journal manifest is written last: its presence is what says "a vault exists here".
    // Its rename is the commit point of creating a journal; the steps after it only warn.
    const header: Header = { partners: info, savedAt: host.engineOptions.clock.now().toISOString(), keyslots: [...sa.slots, ...sb.slots] }
    const journal = await StoreEngine.empty(host.files.journal, vaultId, header, spk, host.engineOptions)
    // Each partner's ledger starts here, empty, under their own key: their slot promises one
    // (ledger: true), so without it the first unlock would report it as removed by someone.
    const ledgers = [ksA, ksB].map((ks) => sealRecord('journal', { partner: ks.partner, sk: ks.sk, pk: ks.pk }, emptyLedger(ks.partner, header.savedAt)))
    await journal.commit({ upserts: ledgers, removes: [] }, sk.key)
    return { codes: { A: sa.code, B: sb.code }, journal: journal.lastWritten! }
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

/**
 * Puts a backup manifest back in place. A present manifest is moved aside under `label`
 * ('unreadable' when it failed to open, 'set-aside' when the couple chose a newer copy), never
 * overwritten. The rename of the copy into place is the commit point.
 */
export const restoreBackupFile = async (files: StoreFiles, generation: number, label: 'unreadable' | 'set-aside'): Promise<Extract<ManifestRead, { state: 'ok' }>> => {
  let ok: Extract<ManifestRead, { state: 'ok' }>
  try {
    const read = await files.readManifestAt(files.backupPath(generation))
    if (read.state !== 'ok') fail('not-found', MSG.noBackup)
    ok = read as Extract<ManifestRead, { state: 'ok' }>
    // A file that failed to open is moved aside (it is no journal anyway); one the couple chose to
    // replace with a newer copy still opens, so it is copied aside and stays in place until the
    // restored copy's rename (the commit point) replaces it.
    if (label === 'set-aside') await files.copyAside(label)
    else if ((await files.readManifest()).state !== 'missing') await files.quarantine()
  } catch (error) {
    // A read the disk refused (EIO) is "not restored", said like every other disk failure.
    throw asDiskError(error)
  }
  await durableWrite(files.fs, files.paths.manifest, ok.text)
  // Past the commit point: the caller takes what was written as the file, without reading it
  // again (a re-read the disk refused would turn a restore that happened into "not restored").
  return ok
}
