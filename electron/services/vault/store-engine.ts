// Copy-on-write persistence for one store. Records live in immutable segment files; a save
// rewrites only the segments it touches (under new names), then atomically replaces the
// manifest. So a save costs O(segment size), not O(journal size), and a crash at any point
// leaves either the old manifest (with its old segments, untouched) or the new one.

import { HearthError } from '../../../shared/result'
import { sha256B64 } from './encoding'
import { afterCommitWarning, commitManifest, type Committed, type CommittedSave } from './durable'
import { encodeSegment, type Header, type IndexBox, type SealedRecord } from './format'
import { buildManifest } from './manifest'
import { MSG } from './messages'
import { segmentGeneration, segmentPath } from './paths'
import type { OpenedManifest, StoreFiles } from './store-files'
import type { Clock } from './types'

export interface Segment {
  name: string
  sha256: string
  records: readonly SealedRecord[]
  /** The segment's sealed kind index as on disk (version 3; empty for an older segment). */
  index: readonly IndexBox[]
  bytes: number
}

/**
 * Builds the kind index of a segment about to be written, from its records and the boxes the
 * segment had before (a box under a key this session does not hold is carried as it was). Set by
 * the record store that owns the engine; without one, a rewritten segment has no index and its
 * records are opened at unlock, as in version 2.
 */
export type Indexer = (records: readonly SealedRecord[], previous: readonly IndexBox[], kinds: ReadonlyMap<string, string>) => IndexBox[]

export interface EngineOptions {
  clock: Clock
  keepGenerations: number
  segmentBytes: number
}

export interface Change {
  upserts: SealedRecord[]
  removes: string[]
  header?: Header
  /** Segments to write again unchanged but with a fresh kind index (the version 3 upgrade). */
  reindex?: readonly string[]
  /** The kinds of `upserts` (record id -> kind), for the kind index; a record left out is not indexed. */
  kinds?: ReadonlyMap<string, string>
}

/** About what one record's row in a segment header takes (id, key id, nonce, numbers). */
const RECORD_HEADER_BYTES = 120

export class SegmentDamagedError extends HearthError {
  constructor() {
    super('corrupt', MSG.segmentDamaged)
  }
}

export class StoreEngine {
  segments: Segment[] = []
  readonly sealed = new Map<string, SealedRecord>()
  private readonly where = new Map<string, Segment>()
  /** Backup generation -> segment names it references; those segments are never collected. */
  private readonly retained = new Map<number, string[]>()
  /** Authenticated backups found beside the file at open: generation -> savedAt. */
  readonly backupsSeen = new Map<number, string>()
  /**
   * Backup generations newer than the file that was opened (an older file put back): never
   * pruned, kept in every later manifest (`held`) until the couple restores one or lets them go.
   */
  held = new Set<number>()
  /** The format version of the manifest that was opened (1 is upgraded at the first unlock). */
  openedVersion = 2
  /** The manifest text of the last commit, as written (create takes it instead of re-reading). */
  lastWritten: string | null = null
  indexer: Indexer | null = null
  private gcSafe = true
  private dirsMade = false

  private constructor(
    readonly files: StoreFiles,
    readonly vaultId: string,
    public generation: number,
    public header: Header,
    readonly signingPublicKeys: { A: string; B: string },
    private nextGeneration: number,
    private readonly opts: EngineOptions,
  ) {}

  get savedAt(): string {
    return this.header.savedAt
  }

  /** A store with no records yet. Generations continue after anything already on disk. */
  static async empty(files: StoreFiles, vaultId: string, header: Header, spk: { A: string; B: string }, opts: EngineOptions): Promise<StoreEngine> {
    const backups = await files.backupGenerations()
    const segs = (await files.segmentNames()).map(segmentGeneration)
    const engine = new StoreEngine(files, vaultId, 0, header, spk, Math.max(0, ...backups, ...segs) + 1, opts)
    // Leftovers we could not read may still matter to someone: never collect around them.
    engine.gcSafe = backups.length === 0 && segs.length === 0
    return engine
  }

  /** Loads every segment; throws SegmentDamagedError if any fails its hash. Writes nothing. */
  static async open(files: StoreFiles, opened: OpenedManifest, sk: Uint8Array, opts: EngineOptions): Promise<StoreEngine> {
    const { inner, manifest } = opened
    const engine = new StoreEngine(files, manifest.vaultId, inner.generation, manifest.header, inner.signingPublicKeys, 0, opts)
    engine.openedVersion = manifest.version
    // All segments at once: on a twenty-year journal, one file after another spent most of the
    // unlock waiting on the thread pool.
    const segs = await Promise.all(inner.segments.map((ref) => files.readSegment(ref)))
    inner.segments.forEach((ref, i) => {
      const seg = segs[i]
      if (!seg) throw new SegmentDamagedError()
      engine.adopt({ name: ref.name, sha256: ref.sha256, records: seg.records, index: seg.index, bytes: seg.bytes })
    })
    await engine.loadRetained(sk)
    for (const gen of inner.held ?? []) if (engine.retained.has(gen)) engine.held.add(gen)
    for (const gen of engine.retained.keys()) if (gen > inner.generation) engine.held.add(gen)
    const seen = [inner.generation, ...engine.retained.keys(), ...(await files.segmentNames()).map(segmentGeneration)]
    // Never reuse a generation number: crashed saves may have left segment files behind.
    engine.nextGeneration = Math.max(...seen) + 1
    return engine
  }

  /** The newest held-back generation and when it was saved (a newer copy than the open file). */
  newestHeld(): { generation: number; savedAt: string } | null {
    const gens = [...this.held].filter((g) => g > this.generation || this.backupsSeen.has(g)).sort((a, b) => b - a)
    const g = gens[0]
    return g === undefined ? null : { generation: g, savedAt: this.backupsSeen.get(g) ?? '' }
  }

  /** Segment names a backup generation references (for looking up a missing record). */
  segmentsOf(generation: number): string[] | undefined {
    return this.retained.get(generation)
  }

  /**
   * Whether record `id` is in the newest segment, where new records are written, and stays there
   * after a save that `adds` records (a full newest segment makes way for a new one).
   */
  inNewestSegment(id: string, adds: boolean): boolean {
    const seg = this.where.get(id)
    const newest = this.segments[this.segments.length - 1]
    return seg !== undefined && seg === newest && (!adds || newest.bytes < this.opts.segmentBytes)
  }

  private adopt(seg: Segment): void {
    this.segments.push(seg)
    this.index(seg)
  }

  private index(seg: Segment): void {
    for (const r of seg.records) {
      this.sealed.set(r.id, r)
      this.where.set(r.id, seg)
    }
  }

  private async loadRetained(sk: Uint8Array): Promise<void> {
    for (const gen of await this.files.backupGenerations()) {
      const opened = await this.files.openAt(this.files.backupPath(gen), sk)
      if (opened && opened.inner.generation === gen) {
        this.retained.set(gen, opened.inner.segments.map((s) => s.name))
        this.backupsSeen.set(gen, opened.inner.savedAt)
      } else this.gcSafe = false // an unreadable backup might still need its segments
    }
  }

  /** Plans new segment contents: only touched segments change, under fresh names. */
  private plan(change: Change, gen: number): { next: Segment[]; written: Segment[]; texts: Uint8Array[] } {
    const next = [...this.segments]
    const dirty = new Map<number, { records: SealedRecord[]; index: readonly IndexBox[]; bytes: number }>()
    const edit = (i: number) => {
      let d = dirty.get(i)
      if (!d) dirty.set(i, (d = { records: [...next[i]!.records], index: next[i]!.index, bytes: next[i]!.bytes }))
      return d
    }
    for (const name of change.reindex ?? []) {
      const i = next.findIndex((s) => s.name === name)
      if (i >= 0) edit(i)
    }
    for (const id of change.removes) {
      const i = next.indexOf(this.where.get(id)!)
      if (i >= 0) edit(i).records = edit(i).records.filter((r) => r.id !== id)
    }
    for (const rec of change.upserts) {
      const i = next.indexOf(this.where.get(rec.id)!)
      if (i >= 0 && !change.removes.includes(rec.id)) {
        const d = edit(i)
        d.records = d.records.map((r) => (r.id === rec.id ? rec : r))
        continue
      }
      let tail = next.length - 1
      const size = tail >= 0 ? (dirty.get(tail)?.bytes ?? next[tail]!.bytes) : Infinity
      if (size >= this.opts.segmentBytes) {
        next.push({ name: '', sha256: '', records: [], index: [], bytes: 0 })
        tail = next.length - 1
      }
      const d = edit(tail)
      d.records.push(rec)
      d.bytes += rec.box.length + RECORD_HEADER_BYTES
    }
    const written: Segment[] = []
    // Each written segment's text, handed to the writer as is (kept apart: memory holds records only).
    const texts: Uint8Array[] = []
    let n = 0
    for (const [i, d] of dirty) {
      if (d.records.length === 0) continue
      const index = this.indexer ? this.indexer(d.records, d.index, change.kinds ?? new Map()) : []
      const text = encodeSegment({ records: d.records, index })
      const seg = { name: `${gen}-${n++}.json`, sha256: sha256B64(text), records: d.records, index, bytes: text.length }
      written.push(seg)
      texts.push(text)
      next[i] = seg
    }
    const emptied = new Set([...dirty].filter(([, d]) => d.records.length === 0).map(([i]) => i))
    return { next: next.filter((_, i) => !emptied.has(i)), written, texts }
  }

  /**
   * One durable save. COMMIT POINT: the rename of the new manifest (durableCommit). A failure
   * before it throws and changes nothing a fresh reader sees. From it on, the save has happened:
   * memory follows the disk at once, and the steps after it (read back, backup copy, pruning,
   * folder flushes) can only add warnings; they never turn a save into a failure.
   * A backup is put under its name only after the new manifest read back as written.
   */
  async commit(change: Change, sharedKey: Uint8Array): Promise<Committed> {
    // Own copy of the key: lock() may zero the session's buffer while this save is in flight,
    // and a manifest sealed under a zeroed key would look like tampering on the next open.
    const sk = sharedKey.slice()
    try {
      for (let attempt = 1; ; attempt++) {
        try {
          return await this.commitWith(change, sk)
        } catch (error) {
          // A new segment's name was taken (a file we did not write, never overwritten): nothing
          // was saved, so the save is planned again past every generation on disk.
          if ((error as { code?: string }).code !== 'EEXIST' || attempt >= 3) throw error
          const onDisk = (await this.files.segmentNames()).map(segmentGeneration)
          this.nextGeneration = Math.max(this.nextGeneration, ...onDisk.map((g) => g + 1))
        }
      }
    } finally {
      sk.fill(0)
    }
  }

  private async commitWith(change: Change, sk: Uint8Array): Promise<Committed> {
    const gen = this.nextGeneration++
    const header: Header = { ...(change.header ?? this.header), savedAt: this.opts.clock.now().toISOString() }
    const { next, written, texts } = this.plan(change, gen)
    // The folders are made at the first save of each opened store (a store opened after a restore
    // may have none) and again after any failed save, in case they were removed under us.
    if (!this.dirsMade) await this.files.ensureDirs()
    this.dirsMade = true
    const held = [...this.held].sort((a, b) => a - b)
    const inner = { generation: gen, savedAt: header.savedAt, signingPublicKeys: this.signingPublicKeys, segments: next.map((s) => ({ name: s.name, sha256: s.sha256 })), ...(held.length ? { held } : {}) }
    const manifest = buildManifest(this.files.store, this.vaultId, header, inner, sk)
    // Segments durable first, then the manifest: see durableCommit for the crash-safety order.
    // The backup copy is written beside them and only put under its name further down.
    const segs = written.map((s, i) => ({ path: segmentPath(this.files.paths, s.name), data: texts[i]! }))
    // The backups on disk, listed while the files are being written (nothing else writes that
    // folder: one writer per vault), for the pruning at the end.
    const listed = this.files.backupGenerations().catch(() => null)
    let committed: CommittedSave
    try {
      committed = await commitManifest(this.files.fs, this.files.paths.manifest, segs, manifest, this.files.backupPath(gen))
    } catch (error) {
      this.dirsMade = false
      throw error
    }
    this.lastWritten = committed.text

    // Past the commit point. Only the rewritten segments change in memory: re-indexing all twenty
    // years of records on every save made a save O(journal) instead of O(segment).
    for (const id of change.removes) {
      this.sealed.delete(id)
      this.where.delete(id)
    }
    this.segments = next
    for (const seg of written) this.index(seg)
    this.generation = gen
    this.header = manifest.header
    this.openedVersion = manifest.version
    const warnings = [...committed.warnings]
    // The read-back (durableCommit) compared the file on disk with the bytes just sealed.
    if (!committed.readBack) {
      await committed.copy?.discard()
      warnings.push(MSG.readBackFailed)
      return { warnings }
    }
    // The backup is a copy, not a hard link to the manifest: a program that rewrote the manifest
    // in place (or a bad block under it) would damage the newest backup with it, and that backup
    // is what Hearth offers when the manifest is damaged. Its temp file cost no wait of its own:
    // it was written and fsynced beside the segments and the manifest.
    let published = false
    try {
      if (!committed.copy) {
        this.dirsMade = false // the backups folder may be gone: the next save makes it again
        throw new Error('the backup copy was not written')
      }
      await committed.copy.publish()
      published = true
      this.retained.set(gen, inner.segments.map((s) => s.name))
      this.backupsSeen.set(gen, inner.savedAt)
    } catch {
      warnings.push(afterCommitWarning('the backup copy'))
    }
    try {
      const before = await listed
      await this.pruneBackups(this.opts.keepGenerations, before && (published ? [gen, ...before] : before))
    } catch {
      warnings.push(afterCommitWarning('tidying old backups'))
    }
    return { warnings }
  }

  /**
   * Keeps the newest `keep` backups; deletes segments no retained generation references. `onDisk`:
   * the backup generations on disk, newest first, when the caller knows them (else listed here).
   */
  async pruneBackups(keep: number, onDisk?: number[] | null): Promise<void> {
    // Held generations (newer than a file that was put back) are never pruned.
    const gens = (onDisk ?? (await this.files.backupGenerations())).filter((g) => !this.held.has(g))
    const gone = gens.slice(keep)
    // The backups first, all at once; only then the segments that only they named (never a
    // segment a backup still on disk names).
    await Promise.all(gone.map((gen) => this.files.removeFile(this.files.backupPath(gen))))
    const dropped: string[] = []
    for (const gen of gone) {
      dropped.push(...(this.retained.get(gen) ?? []))
      this.retained.delete(gen)
    }
    if (dropped.length && this.gcSafe) await this.deleteUnreferenced(new Set(dropped))
  }

  /** On unlock: remove segments left by crashed saves or pruned backups. Conservative. */
  async collectGarbage(): Promise<void> {
    if (!this.gcSafe) return
    const quarantined = await this.files.hasQuarantined()
    const names = (await this.files.segmentNames()).filter((n) => !quarantined || segmentGeneration(n) <= this.generation)
    await this.deleteUnreferenced(new Set(names))
  }

  private async deleteUnreferenced(candidates: Set<string>): Promise<void> {
    const live = new Set(this.segments.map((s) => s.name))
    for (const names of this.retained.values()) for (const n of names) live.add(n)
    await Promise.all([...candidates].filter((name) => !live.has(name)).map((name) => this.files.removeFile(segmentPath(this.files.paths, name))))
  }
}
