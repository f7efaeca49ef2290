// The vault's public surface. Domain services (journal, notes, worksheets, boundaries) use only
// `RecordStore` and the signing functions; they never see a key.

import type { LockReason, Owner, PartnerId, VaultStatus } from '../../../shared/domain'

export interface RecordMeta {
  id: string
  kind: string
  owner: Owner
  rev: number
  createdAt: string
  updatedAt: string
}

export interface StoredRecord<T = unknown> extends RecordMeta {
  body: T
}

export interface PutInput<T> {
  /** Omit to create a new record with a random id. */
  id?: string
  kind: string
  /** 'shared' (both can read) or the active partner's own id. Never the other partner's. */
  owner: Owner
  body: T
  /** Optimistic concurrency: when given, the put fails with `conflict` unless it matches. */
  expectedRev?: number
}

/** A family of sealed records kept in its own files: 'journal' and 'boundaries'. */
export interface RecordStore {
  /** Records of `kind` the active partner can read (shared + their own), oldest first. */
  list<T>(kind: string, owner?: Owner): StoredRecord<T>[]
  get<T>(id: string): StoredRecord<T> | undefined
  /** Resolves once the change is durably on disk (fsynced and renamed into place). */
  put<T>(input: PutInput<T>): Promise<StoredRecord<T>>
  /** Several puts in one durable save (all or nothing). */
  putMany(inputs: PutInput<unknown>[]): Promise<StoredRecord<unknown>[]>
  remove(id: string): Promise<void>
  /** Called after every change to the records in memory, once it is on disk; returns an unsubscribe. */
  onChange(listener: (change: RecordChange) => void): () => void
}

/** What one change did to a store's records in memory. */
export interface RecordChange {
  upserts: readonly StoredRecord[]
  removes: readonly string[]
}

export type StoreName = 'journal' | 'boundaries'

export interface Clock {
  now(): Date
}

export interface KdfParams {
  alg: 'scrypt'
  logN: number
  r: number
  p: number
}

export interface VaultOptions {
  dataDir: string
  clock?: Clock
  /** Production default: scrypt logN 17, r 8, p 1. Tests may pass cheaper params AND `allowWeakKdf`. */
  kdf?: KdfParams
  /** Only for tests and the benchmark: lets a vault with a KDF below the floor be created/opened. */
  allowWeakKdf?: boolean
  /** Backup generations kept (default 10). */
  keepGenerations?: number
  /** Fault injection for tests: replaces the fs calls the durable writer makes. */
  fs?: Partial<DurableFs>
  /** A segment file takes new records until it reaches this size (default 256 KiB). Tests use less. */
  segmentBytes?: number
  /** Whose file-system rules to follow (default: process.platform). Tests simulate 'win32' and 'darwin'. */
  platform?: string
  /** How to wait between retries of a refused rename (tests pass a fake that does not sleep). */
  sleep?: (ms: number) => Promise<void>
}

/** The file-system calls the durable writer makes, so tests can inject ENOSPC/EPERM. */
export interface DurableFs {
  writeFile(path: string, data: Uint8Array | string): Promise<void>
  open(path: string, flags: string): Promise<{ sync(): Promise<void>; close(): Promise<void>; writeFile(data: Uint8Array | string): Promise<void> }>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  /** Reads a whole file (the read-back after a save goes through here too). */
  readFile(path: string): Promise<Buffer>
}

/** How the durable writer behaves on a platform (see durable.ts and docs/FORMAT.md). */
export interface FsPolicy {
  platform: string
  /** False on Windows: a directory handle cannot be flushed there (NTFS journals metadata). */
  syncDirectories: boolean
  /** How long a rename refused with EPERM/EACCES/EBUSY is retried (Windows: a scanner holds the file). */
  renameRetryMs: number
  sleep(ms: number): Promise<void>
}

/** The file-system calls plus the platform's rules: what every durable write is given. */
export type Disk = DurableFs & { policy: FsPolicy }

export interface Vault {
  status(): VaultStatus
  /** Reads the files (no keys needed) so that status() can say none/locked/needs-recovery. */
  load(): Promise<VaultStatus>
  create(input: { partners: [{ name: string; passphrase: string }, { name: string; passphrase: string }] }): Promise<{
    status: VaultStatus
    recoveryCodes: { A: string; B: string }
  }>
  unlock(partner: PartnerId, passphrase: string): Promise<VaultStatus>
  lock(reason: LockReason): VaultStatus
  changePassphrase(current: string, next: string): Promise<VaultStatus>
  recover(partner: PartnerId, code: string, next: string): Promise<{ status: VaultStatus; recoveryCode: string }>
  /** Saved beside the old code; the old one works until confirmRecoveryCode. */
  newRecoveryCode(passphrase: string): Promise<{ recoveryCode: string }>
  confirmRecoveryCode(): Promise<VaultStatus>
  rotatePrivateKey(passphrase: string): Promise<VaultStatus>
  backups(): Promise<{ generation: number; savedAt: string }[]>
  restoreBackup(generation: number, store?: StoreName): Promise<VaultStatus>
  /** Lets go of the newer copies a rollback notice held back (they may be pruned again). */
  keepCurrent(store: StoreName): Promise<VaultStatus>
  /**
   * Runs one request bound to the session open when it arrived: its writes use that session's
   * keys or are refused as 'locked' (never the keys of whoever unlocked since).
   */
  bindRequest<T>(task: () => Promise<T>): Promise<T>

  /** Renames the active partner: a new generation with the name changed in the authenticated header. */
  renamePartner(name: string): Promise<VaultStatus>

  /** True when `passphrase` opens the active partner's passphrase slot (for signing, etc.). Writes nothing. */
  verifyPassphrase(passphrase: string): Promise<boolean>

  /** Throws HearthError('locked') when locked. */
  active(): PartnerId
  store(name: StoreName): RecordStore
  /** Ed25519 detached signature by the active partner's signing key. */
  sign(message: Uint8Array): Uint8Array
  /** Both partners' Ed25519 public keys (from the authenticated shared section). */
  signingPublicKeys(): Record<PartnerId, Uint8Array>
  /**
   * Background work after an unlock, one slice at a time: opens the records the first screens did
   * not ask for (until `deadline`, a performance.now() time), then, once, writes again in the
   * writer queue the segments no kind index of this session's keys covers (the version 3
   * upgrade). Returns true when nothing is left for this session (or it has ended).
   */
  warmStep(deadline: number): boolean
  /** Called after every lock so other services drop their caches. */
  onLock(listener: (reason: LockReason) => void): () => void
  /** Called when status changes outside a request (a warning after a save landed). */
  onChange(listener: (status: VaultStatus) => void): () => void
}
