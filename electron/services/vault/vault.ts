// The vault: lifecycle (load, create, unlock, lock) and the session's keys. Key management
// (passphrase change, recovery, rotation) is in key-management.ts; damaged-file handling in
// recovery.ts. Plain Node: the data directory, clock and fs hooks come in as options.

import type { LockReason, PartnerId, RecoveryOffer, VaultStatus } from '../../../shared/domain'
import { HearthError } from '../../../shared/result'
import nacl from 'tweetnacl'
import { fromB64 } from './encoding'
import { withFs } from './durable'
import type { Keyslot } from './format'
import { DEFAULT_KDF, checkKdf, isBelow, passphraseBytes } from './kdf'
import { makeSlot, openSlot, wipeKeyset, type Keyset } from './keyslots'
import { MSG, fail } from './messages'
import { SealedRecordStore } from './record-store'
import type { ActiveKeys } from './records'
import { createVaultFiles, inspectJournal, openBoundaries, openJournal, restoreBackupFile, listBackups, type Inspection } from './recovery'
import { StoreFiles } from './store-files'
import type { EngineOptions } from './store-engine'
import type { DurableFs, KdfParams, RecordStore, StoreName, Vault, VaultOptions } from './types'
import * as keyOps from './key-management'

export interface Session {
  keyset: Keyset
  stores: Record<StoreName, SealedRecordStore>
}

export class HearthVault implements Vault {
  readonly kdf: KdfParams
  readonly allowWeak: boolean
  readonly fs: DurableFs
  readonly engineOptions: EngineOptions
  readonly files: Record<StoreName, StoreFiles>
  inspection: Inspection = { state: 'none' }
  session: Session | null = null
  notice: RecoveryOffer | null = null
  private readonly listeners = new Set<(reason: LockReason) => void>()
  private queue: Promise<unknown> = Promise.resolve()

  constructor(readonly options: VaultOptions) {
    this.kdf = options.kdf ?? DEFAULT_KDF
    this.allowWeak = options.allowWeakKdf ?? false
    checkKdf(this.kdf, this.allowWeak)
    this.fs = withFs(options.fs)
    const clock = options.clock ?? { now: () => new Date() }
    this.engineOptions = { clock, keepGenerations: options.keepGenerations ?? 10, segmentBytes: options.segmentBytes ?? 256 * 1024 }
    this.files = {
      journal: new StoreFiles(options.dataDir, 'journal', this.fs, clock),
      boundaries: new StoreFiles(options.dataDir, 'boundaries', this.fs, clock),
    }
  }

  /** One writer per vault: every change to the files goes through this queue in order. */
  enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task)
    this.queue = run.catch(() => {})
    return run
  }

  status(): VaultStatus {
    const s = this.session
    const header = this.inspection.state === 'ok' ? this.inspection.read.manifest.header : null
    const journal = s?.stores.journal.engine
    return {
      state: s ? 'unlocked' : this.inspection.state === 'ok' ? 'locked' : this.inspection.state === 'none' ? 'none' : 'needs-recovery',
      partners: (journal?.header ?? header)?.partners.map((p) => ({ id: p.id, name: p.name })) ?? [],
      active: s?.keyset.partner ?? null,
      // Clear savedAt is shown before unlock; once unlocked both come from the sealed manifest.
      lastSavedAt: journal?.savedAt ?? header?.savedAt ?? null,
      generation: journal?.generation ?? null,
      recovery: this.inspection.state === 'blocked' ? this.inspection.offer : this.notice,
      unreadableRecords: s ? s.stores.journal.unreadable + s.stores.boundaries.unreadable : 0,
    }
  }

  async load(): Promise<VaultStatus> {
    if (!this.session) this.inspection = await inspectJournal(this.files.journal)
    return this.status()
  }

  async create(input: Parameters<Vault['create']>[0]): Promise<{ status: VaultStatus; recoveryCodes: { A: string; B: string } }> {
    return this.enqueue(async () => {
      await this.load()
      if (this.inspection.state !== 'none' || this.session) fail('conflict', MSG.exists)
      const codes = await createVaultFiles(this, input.partners)
      await this.load()
      return { status: this.status(), recoveryCodes: codes }
    })
  }

  unlock(partner: PartnerId, passphrase: string): Promise<VaultStatus> {
    return this.enqueue(async () => {
      if (this.session) this.lock('switch')
      const inspection = (this.inspection = await inspectJournal(this.files.journal))
      if (inspection.state === 'none') fail('not-found', MSG.noVault)
      if (inspection.state === 'blocked') fail(inspection.code, inspection.offer.reason)
      const read = (inspection as Extract<Inspection, { state: 'ok' }>).read
      const opened = await this.openSlots(read.manifest.vaultId, read.manifest.header.keyslots ?? [], partner, 'passphrase', passphraseBytes(passphrase))
      if (!opened) fail('wrong-passphrase', MSG.wrongPassphrase(this.partnerName(partner)))
      const { keyset, kek, slot } = opened!
      kek.fill(0)
      await this.startSession(keyset)
      if (isBelow(slot.kdf, this.kdf)) await keyOps.rewrapPassphraseSlot(this, slot, passphrase)
      return this.status()
    })
  }

  /** Tries every slot of `partner` and `type` (two passphrase slots can coexist mid-change). */
  async openSlots(vaultId: string, slots: Keyslot[], partner: PartnerId, type: Keyslot['type'], secret: Uint8Array) {
    for (const slot of slots.filter((s) => s.partner === partner && s.type === type)) {
      const opened = await openSlot(vaultId, slot, secret, this.allowWeak)
      if (opened) return { ...opened, slot }
    }
    return null
  }

  async startSession(keyset: Keyset): Promise<void> {
    try {
      const journal = await openJournal(this, keyset)
      const session: Session = { keyset, stores: { journal: null!, boundaries: null! } }
      this.session = session
      session.stores.journal = new SealedRecordStore('journal', journal, this.storeContext())
      const boundaries = await openBoundaries(this, keyset, journal.signingPublicKeys)
      session.stores.boundaries = new SealedRecordStore('boundaries', boundaries, this.storeContext())
      await journal.collectGarbage()
      await boundaries.collectGarbage()
    } catch (error) {
      this.session = null
      wipeKeyset(keyset)
      throw error
    }
  }

  private storeContext() {
    return { keys: () => this.activeKeys(), clock: this.engineOptions.clock, enqueue: <T>(t: () => Promise<T>) => this.enqueue(t) }
  }

  activeKeys(): ActiveKeys {
    const s = this.session
    if (!s) throw new HearthError('locked', MSG.locked)
    return { partner: s.keyset.partner, sk: s.keyset.sk, pk: s.keyset.pk }
  }

  partnerName(partner: PartnerId): string {
    const header = this.inspection.state === 'ok' ? this.inspection.read.manifest.header : null
    return header?.partners.find((p) => p.id === partner)?.name ?? (partner === 'A' ? 'the first partner' : 'the second partner')
  }

  lock(reason: LockReason): VaultStatus {
    const s = this.session
    this.session = null
    if (s) {
      // Zero every key buffer; this is the best JavaScript offers (no mlock, GC may copy).
      wipeKeyset(s.keyset)
      s.stores.journal.clear()
      s.stores.boundaries.clear()
    }
    for (const listener of this.listeners) listener(reason)
    return this.status()
  }

  changePassphrase(current: string, next: string): Promise<VaultStatus> {
    return this.enqueue(() => keyOps.changePassphrase(this, current, next))
  }

  recover(partner: PartnerId, code: string, next: string): Promise<{ status: VaultStatus; recoveryCode: string }> {
    return this.enqueue(() => keyOps.recover(this, partner, code, next))
  }

  newRecoveryCode(passphrase: string): Promise<{ recoveryCode: string }> {
    return this.enqueue(() => keyOps.newRecoveryCode(this, passphrase))
  }

  rotatePrivateKey(passphrase: string): Promise<VaultStatus> {
    return this.enqueue(() => keyOps.rotatePrivateKey(this, passphrase))
  }

  /**
   * The active partner's name, changed in the journal manifest's header (clear, and authenticated
   * like every header field): one enqueued commit, as key-management's commitSlots does for slots.
   * The inspection is read again so the unlock screen shows the new name after a lock.
   */
  renamePartner(name: string): Promise<VaultStatus> {
    return this.enqueue(async () => {
      const { partner } = this.activeKeys()
      const engine = this.session!.stores.journal.engine
      const partners = engine.header.partners.map((p) => (p.id === partner ? { ...p, name } : p))
      await engine.commit({ upserts: [], removes: [], header: { ...engine.header, partners } }, this.session!.keyset.sk.key)
      this.inspection = await inspectJournal(this.files.journal)
      return this.status()
    })
  }

  verifyPassphrase(passphrase: string): Promise<boolean> {
    return keyOps.checkPassphrase(this, passphrase)
  }

  backups(): Promise<{ generation: number; savedAt: string }[]> {
    return listBackups(this.files.journal, this.session?.keyset.sk.key ?? null)
  }

  restoreBackup(generation: number): Promise<VaultStatus> {
    return this.enqueue(async () => {
      if (this.session || this.inspection.state !== 'blocked' || this.inspection.code === 'unsupported') fail('conflict', MSG.notInRecovery)
      await restoreBackupFile(this.files.journal, generation)
      return this.load()
    })
  }

  active(): PartnerId {
    return this.activeKeys().partner
  }

  /**
   * A facade that finds the live store on every call: a service that kept this object across a
   * lock and unlock must never write through a stale engine (that would drop newer saves).
   */
  store(name: StoreName): RecordStore {
    this.activeKeys()
    const live = () => {
      this.activeKeys()
      return this.session!.stores[name]
    }
    return {
      list: (kind, owner) => live().list(kind, owner),
      get: (id) => live().get(id),
      put: async (input) => live().put(input),
      putMany: async (inputs) => live().putMany(inputs),
      remove: async (id) => live().remove(id),
    }
  }

  sign(message: Uint8Array): Uint8Array {
    this.activeKeys()
    return nacl.sign.detached(message, this.session!.keyset.signSecretKey)
  }

  signingPublicKeys(): Record<PartnerId, Uint8Array> {
    this.activeKeys()
    const spk = this.session!.stores.journal.engine.signingPublicKeys
    return { A: fromB64(spk.A)!, B: fromB64(spk.B)! }
  }

  onLock(listener: (reason: LockReason) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  async newSlot(keyset: Keyset, type: Keyslot['type'], secret: Uint8Array) {
    const vaultId = this.session!.stores.journal.engine.vaultId
    return makeSlot(vaultId, keyset, type, secret, this.kdf)
  }
}

