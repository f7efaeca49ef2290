// The RecordStore the domain services see: decrypted records in memory, ownership rules, and
// every change turned into one durable engine commit. Domain services never see a key.
//
// Each store belongs to one session (session.ts): its writes run in the vault's single queue and,
// when their turn comes, refuse to run if that session has ended.

import { HearthError } from '../../../shared/result'
import type { Owner, PartnerId } from '../../../shared/domain'
import { randomId } from './encoding'
import { LEDGER_KIND, RECENT_KIND, RECENT_LIMIT, isReservedId, ledgerId, ledgerOf, recentId, vouched, vouchedEntries, type LedgerBody, type RecentBody, type Vouched } from './ledger'
import { MSG } from './messages'
import { indexInner, parseIndexInner, type IndexBox, type SealedRecord } from './format'
import { keyFor, openRecord, sealRecord, type ActiveKeys } from './records'
import { openJson, sealJsonBytes } from './seal'
import type { VaultSession } from './session'
import type { Change, Segment, StoreEngine } from './store-engine'
import type { Clock, PutInput, RecordChange, RecordStore, StoredRecord, StoreName } from './types'

export interface StoreContext {
  session: VaultSession
  clock: Clock
  /** Serializes every write of the vault (one writer per vault). */
  enqueue<T>(task: () => Promise<T>): Promise<T>
  /** A save landed but a later step did not finish (see durable.ts): tell the couple. */
  warn(warnings: string[]): void
}

/** record id -> kind, for the kind index of the segments a commit writes. */
export const kindsOf = (records: readonly StoredRecord[]): Map<string, string> => new Map(records.map((r) => [r.id, r.kind]))

export class SealedRecordStore implements RecordStore {
  /** Records opened so far. A readable record is either here or in `waiting`, never both. */
  private readonly plain = new Map<string, StoredRecord>()
  /** Records of each kind, oldest first; a cache of `plain`, dropped for a kind whenever it changes. */
  private readonly byKind = new Map<string, StoredRecord[]>()
  /**
   * Readable records not opened yet, by the kind their segment's sealed index gives (version 3):
   * kind -> ids, and id -> kind. They are opened when their kind is first listed, when asked for
   * by id, or in the background after unlock (`openSome`), whichever comes first.
   */
  private readonly waiting = new Map<string, Set<string>>()
  private readonly waitingKind = new Map<string, string>()
  /** Segments holding records this session opened that no index box of its keys names (upgrade). */
  readonly unindexed = new Set<string>()
  private readonly changeListeners = new Set<(change: RecordChange) => void>()
  unreadable = 0

  constructor(
    readonly name: StoreName,
    readonly engine: StoreEngine,
    private readonly ctx: StoreContext,
  ) {
    const keys = ctx.session.keys()
    for (const seg of engine.segments) {
      const kinds = this.readIndex(keys, seg)
      let uncovered = false
      for (const sealed of seg.records) {
        const key = keyFor(keys, sealed.owner)
        if (!key) continue // the other partner's private record: never opened
        const kind = kinds.get(sealed.id)
        if (kind !== undefined && sealed.keyId === key.id) this.wait(sealed.id, kind)
        // Not in an index (an older segment, or a box this session cannot vouch for): open now.
        else if (this.open(sealed, undefined)) uncovered = true
      }
      if (uncovered) this.unindexed.add(seg.name)
    }
    engine.indexer = (records, previous, staged) => this.indexFor(records, previous, staged)
  }

  private keys(): ActiveKeys {
    return this.ctx.session.keys()
  }

  /** The kinds named by the segment's index boxes under keys this session holds. */
  private readIndex(keys: ActiveKeys, seg: Segment): Map<string, string> {
    const kinds = new Map<string, string>()
    for (const box of seg.index) {
      const key = box.keyId === keys.sk.id ? keys.sk : box.keyId === keys.pk.id ? keys.pk : null
      const named = key ? parseIndexInner(openJson(key.key, box), this.name) : null
      if (!named) continue
      // A box speaks for the records under its own key in its own segment, in their order; one
      // that does not fit them (a record added or dropped behind its back) is not used at all.
      const under = seg.records.filter((r) => r.keyId === box.keyId)
      if (under.length !== named.length) continue
      under.forEach((r, i) => kinds.set(r.id, named[i]!))
    }
    return kinds
  }

  private wait(id: string, kind: string): void {
    let ids = this.waiting.get(kind)
    if (!ids) this.waiting.set(kind, (ids = new Set()))
    ids.add(id)
    this.waitingKind.set(id, kind)
  }

  /**
   * Opens one sealed record into `plain`. With `expected` (the kind the index gave), a record of
   * another kind means the index cannot be trusted: everything still waiting is opened at once,
   * so no list ever misses a record. Returns whether the record opened.
   */
  private open(sealed: SealedRecord, expected: string | undefined): boolean {
    const opened = openRecord(this.name, this.keys(), sealed)
    if (opened.kind !== 'ok') {
      // Unreadable records stay in the engine as ciphertext and are carried through every save.
      if (opened.kind === 'unreadable') this.unreadable++
      return false
    }
    this.plain.set(sealed.id, opened.record)
    this.byKind.delete(opened.record.kind)
    if (expected !== undefined && opened.record.kind !== expected) this.openAll()
    return true
  }

  /** Opens the waiting record `id`, if it is one (it leaves `waiting` before it is opened). */
  private openWaiting(id: string): void {
    const kind = this.waitingKind.get(id)
    if (kind === undefined) return
    this.waitingKind.delete(id)
    this.waiting.get(kind)?.delete(id)
    const sealed = this.engine.sealed.get(id)
    if (sealed) this.open(sealed, kind)
  }

  private openKind(kind: string): void {
    const ids = this.waiting.get(kind)
    if (!ids) return
    this.waiting.delete(kind)
    for (const id of ids) {
      this.waitingKind.delete(id)
      const sealed = this.engine.sealed.get(id)
      if (sealed) this.open(sealed, kind)
    }
  }

  /** Opens every record still waiting (before anything that needs all of them). */
  openAll(): void {
    for (const kind of [...this.waiting.keys()]) this.openKind(kind)
  }

  /** Opens waiting records until `deadline` (performance.now()); true when none is left. */
  openSome(deadline: number): boolean {
    for (const id of this.waitingKind.keys()) {
      if (performance.now() >= deadline) return false
      this.openWaiting(id)
    }
    return this.waitingKind.size === 0
  }

  /** How many readable records are not opened yet (for tests and the benchmark). */
  get waitingCount(): number {
    return this.waitingKind.size
  }

  /** A readable record by id, opened if it was waiting. */
  private lookup(id: string): StoredRecord | undefined {
    this.openWaiting(id)
    return this.plain.get(id)
  }

  private kindOf(id: string): string | undefined {
    return this.plain.get(id)?.kind ?? this.waitingKind.get(id)
  }

  /**
   * The index boxes of a segment about to be written: one per key of its records. Under a key
   * this session holds, a fresh box naming each record's kind (a record whose kind is unknown,
   * an unreadable one, is left out and will be opened at unlock). Under the other partner's key,
   * their box as it was: this session can never change their records, so it still fits.
   */
  private indexFor(records: readonly SealedRecord[], previous: readonly IndexBox[], staged: ReadonlyMap<string, string>): IndexBox[] {
    const keys = this.keys()
    const byKey = new Map<string, SealedRecord[]>()
    for (const r of records) {
      const list = byKey.get(r.keyId)
      if (list) list.push(r)
      else byKey.set(r.keyId, [r])
    }
    const out: IndexBox[] = []
    for (const [keyId, recs] of byKey) {
      const key = keyId === keys.sk.id ? keys.sk : keyId === keys.pk.id ? keys.pk : null
      if (!key) {
        const carried = previous.find((b) => b.keyId === keyId)
        if (carried) out.push(carried)
        continue
      }
      // Every record under the key must be named, in order: one whose kind is unknown (an
      // unreadable record) leaves the whole key without a box, and its records are opened at unlock.
      const kinds = recs.map((r) => staged.get(r.id) ?? this.kindOf(r.id))
      if (kinds.some((k) => k === undefined)) continue
      out.push({ keyId, ...sealJsonBytes(key.key, indexInner(this.name, kinds as string[])) })
    }
    return out
  }

  list<T>(kind: string, owner?: Owner): StoredRecord<T>[] {
    this.keys()
    this.openKind(kind)
    let sorted = this.byKind.get(kind)
    if (!sorted) {
      // Built once per kind and dropped on every write: search and history list whole kinds on
      // every request, and scanning and sorting twenty years of records each time added up.
      sorted = [...this.plain.values()].filter((r) => r.kind === kind)
      sorted.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1))
      this.byKind.set(kind, sorted)
    }
    return (owner === undefined ? sorted.slice() : sorted.filter((r) => r.owner === owner)) as StoredRecord<T>[]
  }

  get<T>(id: string): StoredRecord<T> | undefined {
    this.keys()
    if (isReservedId(id)) return undefined
    return this.lookup(id) as StoredRecord<T> | undefined
  }

  async put<T>(input: PutInput<T>): Promise<StoredRecord<T>> {
    const [record] = await this.putMany([input])
    return record as StoredRecord<T>
  }

  putMany(inputs: PutInput<unknown>[]): Promise<StoredRecord<unknown>[]> {
    return this.ctx.enqueue(async () => {
      const keys = this.keys()
      const staged = new Map<string, StoredRecord>()
      const now = this.ctx.clock.now().toISOString()
      const out = inputs.map((input) => {
        const record = this.prepare(input, staged, now)
        staged.set(record.id, record)
        return record
      })
      await this.commit(keys, [...staged.values()], [])
      return out
    })
  }

  remove(id: string): Promise<void> {
    return this.ctx.enqueue(async () => {
      const keys = this.keys()
      if (isReservedId(id) || !this.lookup(id)) throw new HearthError('not-found', MSG.notFound)
      await this.commit(keys, [], [id])
    })
  }

  /**
   * One engine commit. A journal change to the active partner's own records carries that
   * partner's ledger in the same save. Memory changes only once the commit point has passed.
   */
  private async commit(keys: ActiveKeys, upserts: StoredRecord[], removes: string[]): Promise<void> {
    const touchesOwn = [...upserts, ...removes.map((id) => this.lookup(id)!)].some((r) => r.owner === keys.partner)
    const ledger = touchesOwn && this.name === 'journal' ? this.nextLedger(keys.partner, upserts, removes) : { records: [], moves: [] }
    const all = [...upserts, ...ledger.records]
    // A move is a remove and an upsert of the same id in one change: the engine writes the record
    // into the newest segment instead of rewriting the older segment it was in.
    const change: Change = { upserts: all.map((r) => sealRecord(this.name, keys, r)), removes: [...removes, ...ledger.moves], kinds: kindsOf(all) }
    const committed = await this.engine.commit(change, keys.sk.key)
    this.apply(all, removes)
    this.ctx.warn(committed.warnings)
  }

  private apply(upserts: StoredRecord[], removes: string[]): void {
    for (const r of upserts) this.plain.set(r.id, r)
    for (const id of removes) this.plain.delete(id)
    this.byKind.clear()
    // Past the commit point: a listener that throws must not turn a landed save into "failed".
    for (const listener of this.changeListeners) {
      try {
        listener({ upserts, removes })
      } catch {
        // The listener's own cache is its business; memory here matches the disk.
      }
    }
  }

  /** Called after every change to the records in memory (a landed save, an adopted ledger). */
  onChange(listener: (change: RecordChange) => void): () => void {
    this.changeListeners.add(listener)
    return () => this.changeListeners.delete(listener)
  }

  /** Rewrites the segments no index of this session's keys covers, with their index (version 3 upgrade). */
  async reindex(): Promise<void> {
    const keys = this.keys()
    const names = [...this.unindexed].filter((n) => this.engine.segments.some((s) => s.name === n))
    if (names.length === 0) return
    const committed = await this.engine.commit({ upserts: [], removes: [], reindex: names }, keys.sk.key)
    this.unindexed.clear()
    this.ctx.warn(committed.warnings)
  }

  /**
   * The partner's ledger records after this change (see ledger.ts). Usually only the recent part
   * is rewritten: the records changed since the base. The base is rewritten with an empty recent
   * part when the recent part would name more than RECENT_LIMIT records, when one of the
   * partner's own records is removed (so that the base never names a removed record), and when the
   * base has no recent part yet or it does not match (reported at unlock; the base is kept as it
   * is, never rebuilt from what the file holds, which would hide a removal).
   * The recent part is kept in the newest segment, where the records being written usually are.
   */
  private nextLedger(partner: PartnerId, upserts: StoredRecord[], removes: string[]): { records: StoredRecord[]; moves: string[] } {
    const now = this.ctx.clock.now().toISOString()
    const base = this.lookup(ledgerId(partner))
    const recent = this.lookup(recentId(partner))
    const changed: LedgerBody['entries'] = {}
    for (const r of upserts) if (r.owner === partner) changed[r.id] = [r.rev, r.createdAt]
    const removesOwn = removes.some((id) => this.lookup(id)?.owner === partner)
    const view: Vouched = vouched(base, recent)
    const next = (current: StoredRecord | undefined, id: string, kind: string, body: unknown): StoredRecord => ({ id, kind, owner: partner, rev: (current?.rev ?? 0) + 1, createdAt: current?.createdAt ?? now, updatedAt: now, body })
    const adds = upserts.some((r) => !this.engine.sealed.has(r.id))
    const moves = recent && !this.engine.inNewestSegment(recent.id, adds) ? [recent.id] : []
    if (view.ok && view.recent && !removesOwn) {
      const entries = { ...view.recent.entries, ...changed }
      if (Object.keys(entries).length <= RECENT_LIMIT) return { records: [next(recent, recentId(partner), RECENT_KIND, { base: base!.rev, entries } satisfies RecentBody)], moves }
    }
    // Fold everything into a new base. A base whose recent part is missing is kept as it is; a
    // base that is missing or not a ledger is built from the records on file, as before.
    if (!view.ok && view.why !== 'split') this.openAll()
    const whole = view.ok ? vouchedEntries(view) : view.why === 'split' ? (base!.body as LedgerBody).entries : ledgerOf(this.plain.values(), partner).entries
    const entries = { ...whole, ...changed }
    for (const id of removes) delete entries[id]
    const nextBase = next(base, ledgerId(partner), LEDGER_KIND, { entries, recent: true } satisfies LedgerBody)
    return { records: [nextBase, next(recent, recentId(partner), RECENT_KIND, { base: nextBase.rev, entries: {} } satisfies RecentBody)], moves }
  }

  /** The active partner's ledger as stored (undefined when there is none yet). */
  ledger(partner: PartnerId): StoredRecord | undefined {
    return this.lookup(ledgerId(partner))
  }

  /** The revision of a record on file, readable or not (for the ledger check). */
  revisionOnFile(id: string): number | undefined {
    return this.engine.sealed.get(id)?.rev
  }

  /** What the partner vouched for, base and recent part together (the unlock check). */
  vouched(partner: PartnerId): Vouched {
    return vouched(this.lookup(ledgerId(partner)), this.lookup(recentId(partner)))
  }

  /** A save that writes only the partner's ledger as it should be (format upgrade): a whole base. */
  ledgerUpsert(keys: ActiveKeys): StoredRecord<LedgerBody> {
    const current = this.lookup(ledgerId(keys.partner))
    const now = this.ctx.clock.now().toISOString()
    this.openAll()
    return { id: ledgerId(keys.partner), kind: LEDGER_KIND, owner: keys.partner, rev: (current?.rev ?? 0) + 1, createdAt: current?.createdAt ?? now, updatedAt: now, body: ledgerOf(this.plain.values(), keys.partner) }
  }

  /** Applies a ledger (or other records) written by a vault-level commit. */
  adopt(records: StoredRecord[]): void {
    this.apply(records, [])
  }

  /** Checks ownership and revision; builds the next version of the record. */
  private prepare(input: PutInput<unknown>, staged: Map<string, StoredRecord>, now: string): StoredRecord {
    const active = this.keys().partner
    if (input.owner !== 'shared' && input.owner !== active) throw new HearthError('forbidden', MSG.forbiddenOwner)
    // Boundaries are an agreement between both partners: shared key only (see FORMAT.md).
    if (this.name === 'boundaries' && input.owner !== 'shared') throw new HearthError('forbidden', MSG.forbiddenOwner)
    const id = input.id ?? randomId(16)
    if (typeof id !== 'string' || id.length === 0 || id.length > 128 || isReservedId(id)) throw new HearthError('bad-request', MSG.notFound)
    const current = staged.get(id) ?? this.lookup(id)
    const sealed = this.engine.sealed.get(id)
    // A record we cannot read (the other partner's, or damaged) is never overwritten.
    if (!current && sealed) throw new HearthError('forbidden', MSG.forbiddenOwner)
    if (input.expectedRev !== undefined && input.expectedRev !== (current?.rev ?? 0)) throw new HearthError('conflict', MSG.conflict)
    return {
      id,
      kind: input.kind,
      owner: input.owner,
      rev: (current?.rev ?? 0) + 1,
      createdAt: current?.createdAt ?? now,
      updatedAt: now,
      body: input.body,
    }
  }

  /** Re-seals the active partner's private records under a new private key (rotation). */
  resealPrivate(keys: ActiveKeys): ReturnType<typeof sealRecord>[] {
    this.openAll()
    return [...this.plain.values()].filter((r) => r.owner === keys.partner).map((r) => sealRecord(this.name, keys, r))
  }

  clear(): void {
    this.plain.clear()
    this.byKind.clear()
    this.waiting.clear()
    this.waitingKind.clear()
    this.changeListeners.clear()
  }
}
