// The vault: lifecycle (load, create, unlock, lock), the session's keys and the one writer
// queue. Key management (passphrase change, recovery, rotation) is in key-management.ts;
// damaged-file handling in recovery.ts; integrity checks at unlock in integrity.ts. Plain Node:
// the data directory, clock, platform and fs hooks come in as options.
//
// Requests are bound to the session that was open when they arrived (bindRequest, called by the
// router for every request): whatever they write later runs with that session's keys or is
// refused as 'locked', never with the keys of a partner who unlocked in the meantime.

import { AsyncLocalStorage } from 'node:async_hooks'
import { PASSPHRASE_MIN_LENGTH, type IntegrityNotice, type LockReason, type PartnerId, type RecoveryOffer, type VaultStatus } from '../../../shared/domain'
import { HearthError } from '../../../shared/result'
import nacl from 'tweetnacl'
import { fromB64 } from './encoding'
import { asDiskError, withFs } from './durable'
import { parseManifest } from './manifest'
import type { Keyslot } from './format'
import type { KeyHost, OpenedSlot } from './host'
import { checkIntegrity, upgradeIfNeeded } from './integrity'
import { DEFAULT_KDF, checkKdf, isBelow, passphraseBytes } from './kdf'
import { makeSlot, openSlot, type Keyset } from './keyslots'
import { MSG, fail } from './messages'
import { SealedRecordStore } from './record-store'
import { createVaultFiles, inspectJournal, openBoundaries, openJournal, restoreBackupFile, listBackups, type Inspection } from './recovery'
import { parseRecoveryCode } from './recovery-code'
import { VaultSession } from './session'
import { StoreFiles } from './store-files'
import type { EngineOptions } from './store-engine'
import type { Disk, KdfParams, RecordStore, StoreName, Vault, VaultOptions } from './types'
import * as keyOps from './key-management'

type RequestScope = { session: VaultSession | null }

export class HearthVault implements Vault, KeyHost {
  readonly kdf: KdfParams
  readonly allowWeak: boolean
  readonly fs: Disk
  readonly engineOptions: EngineOptions
  readonly files: Record<StoreName, StoreFiles>
  inspection: Inspection = { state: 'none' }
  session: VaultSession | null = null
  /** A damaged boundaries file that was replaced by its backup at this unlock. */
  notice: RecoveryOffer | null = null
  notices: IntegrityNotice[] = []
  warning: string | null = null
  private readonly listeners = new Set<(reason: LockReason) => void>()
  private readonly changeListeners = new Set<(status: VaultStatus) => void>()
  private readonly scope = new AsyncLocalStorage<RequestScope>()
  private queue: Promise<unknown> = Promise.resolve()

  constructor(readonly options: VaultOptions) {
    this.kdf = options.kdf ?? DEFAULT_KDF
    this.allowWeak = options.allowWeakKdf ?? false
    checkKdf(this.kdf, this.allowWeak)
    this.fs = withFs(options.fs, options.platform, options.sleep)
    const clock = options.clock ?? { now: () => new Date() }
    this.engineOptions = { clock, keepGenerations: options.keepGenerations ?? 10, segmentBytes: options.segmentBytes ?? 256 * 1024 }
    this.files = {
      journal: new StoreFiles(options.dataDir, 'journal', this.fs, clock),
      boundaries: new StoreFiles(options.dataDir, 'boundaries', this.fs, clock),
    }
  }

  /** One writer per vault: every change to the files goes through this queue in order. */
  enqueue<T>(task: () => Promise<T>): Promise<T> {
    // A read the disk refused (EIO while unlocking, say) is 'disk' like every other disk failure.
    const guarded = () =>
      task().catch((error: unknown) => {
        throw asDiskError(error)
      })
    const run = this.queue.then(guarded, guarded)
    this.queue = run.catch(() => {})
    return run
  }

  /** Runs one request bound to the session open now (see the file comment). */
  bindRequest<T>(task: () => Promise<T>): Promise<T> {
    return this.scope.run({ session: this.session }, task)
  }

  /** The session this request may act for: the one it arrived in, if that is still open. */
  private current(): VaultSession {
    const scope = this.scope.getStore()
    const s = scope ? scope.session : this.session
    if (!s || s.closed || s !== this.session) throw new HearthError('locked', MSG.locked)
    return s
  }

  status(): VaultStatus {
    const s = this.session
    const header = this.inspection.state === 'ok' ? this.inspection.read.manifest.header : null
    const journal = s?.stores.journal?.engine
    return {
      state: s ? 'unlocked' : this.inspection.state === 'ok' ? 'locked' : this.inspection.state === 'none' ? 'none' : 'needs-recovery',
      partners: (journal?.header ?? header)?.partners.map((p) => ({ id: p.id, name: p.name })) ?? [],
      active: s?.partner ?? null,
      // Clear savedAt is shown before unlock; once unlocked both come from the sealed manifest.
      lastSavedAt: journal?.savedAt ?? header?.savedAt ?? null,
      generation: journal?.generation ?? null,
      recovery: this.inspection.state === 'blocked' ? this.inspection.offer : this.notice,
      unreadableRecords: s ? s.stores.journal.unreadable + s.stores.boundaries.unreadable : 0,
      warning: s ? this.warning : null,
      notices: s ? this.notices : [],
      recoveryCodePending: s?.pendingRecovery != null,
    }
  }

  warn(warnings: string[]): void {
    const next = warnings[warnings.length - 1] ?? null
    if (next === this.warning) return
    this.warning = next
    this.changed()
  }

  async load(): Promise<VaultStatus> {
    if (!this.session) this.inspection = await inspectJournal(this.files.journal)
    return this.status()
  }

  async create(input: Parameters<Vault['create']>[0]): Promise<{ status: VaultStatus; recoveryCodes: { A: string; B: string } }> {
    return this.enqueue(async () => {
      await this.load().catch((error: unknown) => {
        throw asDiskError(error)
      })
      if (this.inspection.state !== 'none' || this.session) fail('conflict', MSG.exists)
      const made = await createVaultFiles(this, input.partners).catch((error: unknown) => {
        throw asDiskError(error)
      })
      // Past the commit point (the journal manifest's rename): memory takes what was written; a
      // re-read the disk refused now would turn a journal that exists into "not created".
      const parsed = parseManifest(made.journal, 'journal')
      this.inspection = parsed.ok ? { state: 'ok', read: { state: 'ok', text: made.journal, ...parsed } } : await inspectJournal(this.files.journal)
      return { status: this.status(), recoveryCodes: made.codes }
    })
  }

  unlock(partner: PartnerId, passphrase: string): Promise<VaultStatus> {
    return this.enqueue(async () => {
      this.endSession('switch')
      const read = await this.inspectForUnlock()
      const opened = await this.openSlots(read.manifest.vaultId, read.manifest.header.keyslots ?? [], partner, 'passphrase', passphraseBytes(passphrase))
      if (!opened) fail('wrong-passphrase', MSG.wrongPassphrase(this.partnerName(partner)))
      const s = await this.startSession(opened!.keyset, opened!.ledger)
      try {
        if (isBelow(opened!.slot.kdf, this.kdf) || !opened!.ledger) await keyOps.rewrapPassphraseSlot(this, s, opened!.slot, passphrase).catch(() => this.warn([MSG.upgradeFailed]))
      } finally {
        opened!.kek.fill(0)
      }
      return this.status()
    })
  }

  private async inspectForUnlock() {
    const inspection = (this.inspection = await inspectJournal(this.files.journal))
    if (inspection.state === 'none') fail('not-found', MSG.noVault)
    if (inspection.state === 'blocked') fail(inspection.code, inspection.offer.reason)
    return (inspection as Extract<Inspection, { state: 'ok' }>).read
  }

  /** Tries every slot of `partner` and `type` (two recovery slots coexist until a new code is confirmed). */
  async openSlots(vaultId: string, slots: Keyslot[], partner: PartnerId, type: Keyslot['type'], secret: Uint8Array): Promise<OpenedSlot | null> {
    try {
      for (const slot of slots.filter((s) => s.partner === partner && s.type === type)) {
        const opened = await openSlot(vaultId, slot, secret, this.allowWeak)
        if (opened) return { ...opened, slot }
      }
      return null
    } finally {
      secret.fill(0)
    }
  }

  /** Opens both stores for `keyset`, checks what the files say against the partner's ledger. */
  private async startSession(keyset: Keyset, ledgerExpected: boolean): Promise<VaultSession> {
    const s = new VaultSession(keyset)
    try {
      const read = (this.inspection as Extract<Inspection, { state: 'ok' }>).read
      const journal = await openJournal(this, read, keyset, (blocked) => (this.inspection = blocked))
      const ctx = { session: s, clock: this.engineOptions.clock, enqueue: <T>(t: () => Promise<T>) => this.enqueue(t), warn: (w: string[]) => this.warn(w) }
      s.stores.journal = new SealedRecordStore('journal', journal, ctx)
      this.notice = null
      const boundaries = await openBoundaries(this, keyset, journal, (offer) => (this.notice = offer))
      s.stores.boundaries = new SealedRecordStore('boundaries', boundaries, ctx)
      this.session = s
      this.warning = null
      const scope = this.scope.getStore()
      if (scope) scope.session = s // the rest of this request (settings, first reads) acts for s
      this.notices = await checkIntegrity(s, ledgerExpected)
      await upgradeIfNeeded(this, s, ledgerExpected)
      for (const files of Object.values(this.files)) await files.removeStaleTemps().catch(() => {})
      await journal.collectGarbage()
      await boundaries.collectGarbage()
      return s
    } catch (error) {
      if (this.session === s) this.session = null
      s.closed = true
      s.wipe()
      throw error
    }
  }

  partnerName(partner: PartnerId): string {
    const header = this.inspection.state === 'ok' ? this.inspection.read.manifest.header : null
    return header?.partners.find((p) => p.id === partner)?.name ?? (partner === 'A' ? 'the first partner' : 'the second partner')
  }

  /**
   * Ends the session at once: nothing of it can write from now on, and status says locked. The
   * keys are zeroed when the lock's turn comes in the writer queue, so a save or key change that
   * is already running finishes with its own keys (never half done), and nothing queued after
   * it runs with them.
   */
  private endSession(reason: LockReason): boolean {
    const s = this.session
    if (!s) return false
    s.closed = true
    this.session = null
    this.notices = []
    this.warning = null
    void this.enqueue(async () => s.wipe())
    for (const listener of this.listeners) listener(reason)
    return true
  }

  lock(reason: LockReason): VaultStatus {
    this.endSession(reason)
    return this.status()
  }

  async changePassphrase(current: string, next: string): Promise<VaultStatus> {
    const s = this.current()
    return this.enqueue(async () => {
      await keyOps.changePassphrase(this, this.stillOpen(s), current, next)
      return this.status()
    })
  }

  recover(partner: PartnerId, code: string, next: string): Promise<{ status: VaultStatus; recoveryCode: string }> {
    return this.enqueue(async () => {
      if (next.length < PASSPHRASE_MIN_LENGTH) fail('weak-passphrase', MSG.weakPassphrase(PASSPHRASE_MIN_LENGTH))
      const bytes = parseRecoveryCode(code)
      if (!bytes) fail('wrong-passphrase', MSG.codeTypo)
      this.endSession('switch')
      const read = await this.inspectForUnlock()
      const opened = await this.openSlots(read.manifest.vaultId, read.manifest.header.keyslots ?? [], partner, 'recovery', bytes!)
      if (!opened) fail('wrong-passphrase', MSG.wrongCode(this.partnerName(partner)))
      const s = await this.startSession(opened!.keyset, false).catch((error) => {
        opened!.kek.fill(0)
        throw error
      })
      try {
        const { recoveryCode } = await keyOps.resetWithCode(this, s, next, opened!.kek)
        return { status: this.status(), recoveryCode }
      } catch (error) {
        // Not saved: the old passphrase and the printed code are as they were, so is the vault.
        this.endSession('user')
        throw error
      }
    })
  }

  async newRecoveryCode(passphrase: string): Promise<{ recoveryCode: string }> {
    const s = this.current()
    return this.enqueue(() => keyOps.newRecoveryCode(this, this.stillOpen(s), passphrase))
  }

  async confirmRecoveryCode(): Promise<VaultStatus> {
    const s = this.current()
    return this.enqueue(async () => {
      await keyOps.confirmRecoveryCode(this, this.stillOpen(s))
      return this.status()
    })
  }

  /**
   * The active partner's name, changed in the journal manifest's header (clear, and authenticated
   * like every header field): one save. The inspection is read again so the unlock screen shows
   * the new name after a lock.
   */
  async renamePartner(name: string): Promise<VaultStatus> {
    const s = this.current()
    return this.enqueue(async () => {
      const engine = this.stillOpen(s).stores.journal.engine
      const partners = engine.header.partners.map((p) => (p.id === s.partner ? { ...p, name } : p))
      this.warn((await engine.commit({ upserts: [], removes: [], header: { ...engine.header, partners } }, s.keys().sk.key)).warnings)
      this.inspection = await inspectJournal(this.files.journal)
      return this.status()
    })
  }

  async rotatePrivateKey(passphrase: string): Promise<VaultStatus> {
    const s = this.current()
    return this.enqueue(async () => {
      await keyOps.rotatePrivateKey(this, this.stillOpen(s), passphrase)
      return this.status()
    })
  }

  /** A queued task's session check: the one it was asked for must still be open. */
  private stillOpen(s: VaultSession): VaultSession {
    if (s.closed || s !== this.session) throw new HearthError('locked', MSG.locked)
    return s
  }

  async verifyPassphrase(passphrase: string): Promise<boolean> {
    return keyOps.checkPassphrase(this, this.current(), passphrase)
  }

  backups(): Promise<{ generation: number; savedAt: string }[]> {
    return listBackups(this.files.journal, this.session?.keyset.sk.key ?? null)
  }

  /**
   * Puts a backup generation back as the journal (or the agreement). Allowed when the journal
   * could not be read, or when an integrity notice at this unlock offered exactly that copy.
   * The present file is set aside, never overwritten; the session ends and the couple unlocks
   * the restored copy.
   */
  restoreBackup(generation: number, store: StoreName = 'journal'): Promise<VaultStatus> {
    return this.enqueue(async () => {
      if (!this.session) {
        if (store !== 'journal' || this.inspection.state !== 'blocked' || this.inspection.code === 'unsupported') fail('conflict', MSG.notInRecovery)
        const read = await restoreBackupFile(this.files.journal, generation, 'unreadable')
        // The copy is in place (the commit point): memory follows what was written.
        this.inspection = { state: 'ok', read }
        return this.status()
      }
      const offered = this.notices.some((n) => n.store === store && n.newer?.generation === generation)
      if (!offered) fail('conflict', MSG.notANewerCopy)
      const read = await restoreBackupFile(this.files[store], generation, 'set-aside')
      this.endSession('user')
      if (store === 'journal') this.inspection = { state: 'ok', read }
      return this.status()
    })
  }

  async keepCurrent(store: StoreName): Promise<VaultStatus> {
    const s = this.current()
    return this.enqueue(async () => {
      const engine = this.stillOpen(s).stores[store].engine
      const held = [...engine.held]
      engine.held.clear()
      try {
        this.warn((await engine.commit({ upserts: [], removes: [] }, s.keys().sk.key)).warnings)
      } catch (error) {
        for (const g of held) engine.held.add(g)
        throw error
      }
      this.notices = this.notices.filter((n) => !(n.store === store && n.kind === 'rollback'))
      return this.status()
    })
  }

  active(): PartnerId {
    return this.current().partner
  }

  warmStep(deadline: number): boolean {
    const s = this.session
    if (!s || s.closed) return true
    const unreadable = () => s.stores.journal.unreadable + s.stores.boundaries.unreadable
    const before = unreadable()
    const done = s.stores.journal.openSome(deadline) && s.stores.boundaries.openSome(deadline)
    // A record found unreadable only now changes what Home says: tell the renderer.
    if (unreadable() !== before) this.changed()
    if (!done) return false
    if (!s.upgraded) {
      s.upgraded = true
      // Best effort, like every upgrade: a failure changes nothing and is tried at the next unlock.
      void this.enqueue(async () => {
        for (const name of ['journal', 'boundaries'] as const) if (!s.closed && s === this.session) await s.stores[name].reindex()
      }).catch(() => {})
    }
    return true
  }

  private changed(): void {
    const status = this.status()
    for (const listener of this.changeListeners) listener(status)
  }

  /**
   * The store of the session this request belongs to. Every call checks again, so a service
   * that kept this object across a lock and unlock can never write through a stale session.
   */
  store(name: StoreName): RecordStore {
    const s = this.current()
    const live = () => {
      if (s.closed || s !== this.session) throw new HearthError('locked', MSG.locked)
      return s.stores[name]
    }
    return {
      list: (kind, owner) => live().list(kind, owner),
      get: (id) => live().get(id),
      put: async (input) => live().put(input),
      putMany: async (inputs) => live().putMany(inputs),
      remove: async (id) => live().remove(id),
      onChange: (listener) => live().onChange(listener),
    }
  }

  sign(message: Uint8Array): Uint8Array {
    return nacl.sign.detached(message, this.current().keyset.signSecretKey)
  }

  signingPublicKeys(): Record<PartnerId, Uint8Array> {
    const spk = this.current().stores.journal.engine.signingPublicKeys
    return { A: fromB64(spk.A)!, B: fromB64(spk.B)! }
  }

  onLock(listener: (reason: LockReason) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Called when status changes without a request (a warning after a save). */
  onChange(listener: (status: VaultStatus) => void): () => void {
    this.changeListeners.add(listener)
    return () => this.changeListeners.delete(listener)
  }

  async newSlot(s: VaultSession, type: Keyslot['type'], secret: Uint8Array) {
    const vaultId = s.stores.journal.engine.vaultId
    try {
      return await makeSlot(vaultId, s.keyset, type, secret, this.kdf)
    } finally {
      secret.fill(0)
    }
  }
}

