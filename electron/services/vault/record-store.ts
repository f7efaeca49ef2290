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
import { openRecord, sealRecord, type ActiveKeys } from './records'
import type { VaultSession } from './session'
import type { Change, StoreEngine } from './store-engine'
import type { Clock, PutInput, RecordStore, StoredRecord, StoreName } from './types'

export interface StoreContext {
  session: VaultSession
  clock: Clock
  /** Serializes every write of the vault (one writer per vault). */
  enqueue<T>(task: () => Promise<T>): Promise<T>
  /** A save landed but a later step did not finish (see durable.ts): tell the couple. */
  warn(warnings: string[]): void
}

export class SealedRecordStore implements RecordStore {
  private readonly plain = new Map<string, StoredRecord>()
  /** Records of each kind, oldest first; a cache of `plain`, cleared whenever `plain` changes. */
  private readonly byKind = new Map<string, StoredRecord[]>()
  unreadable = 0

  constructor(
    readonly name: StoreName,
    readonly engine: StoreEngine,
    private readonly ctx: StoreContext,
  ) {
    const keys = ctx.session.keys()
    for (const sealed of engine.sealed.values()) {
      const opened = openRecord(name, keys, sealed)
      if (opened.kind === 'ok') this.plain.set(sealed.id, opened.record)
      // Unreadable records stay in the engine as ciphertext and are carried through every save.
      else if (opened.kind === 'unreadable') this.unreadable++
    }
  }

  private keys(): ActiveKeys {
    return this.ctx.session.keys()
  }

  list<T>(kind: string, owner?: Owner): StoredRecord<T>[] {
    this.keys()
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
    return this.plain.get(id) as StoredRecord<T> | undefined
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
      if (!this.plain.has(id) || isReservedId(id)) throw new HearthError('not-found', MSG.notFound)
      await this.commit(keys, [], [id])
    })
  }

  /**
   * One engine commit. A journal change to the active partner's own records carries that
   * partner's ledger in the same save. Memory changes only once the commit point has passed.
   */
  private async commit(keys: ActiveKeys, upserts: StoredRecord[], removes: string[]): Promise<void> {
    const touchesOwn = [...upserts, ...removes.map((id) => this.plain.get(id)!)].some((r) => r.owner === keys.partner)
    const ledger = touchesOwn && this.name === 'journal' ? this.nextLedger(keys.partner, upserts, removes) : { records: [], moves: [] }
    const all = [...upserts, ...ledger.records]
    // A move is a remove and an upsert of the same id in one change: the engine writes the record
    // into the newest segment instead of rewriting the older segment it was in.
    const change: Change = { upserts: all.map((r) => sealRecord(this.name, keys, r)), removes: [...removes, ...ledger.moves] }
    const committed = await this.engine.commit(change, keys.sk.key)
    this.apply(all, removes)
    this.ctx.warn(committed.warnings)
  }

  private apply(upserts: StoredRecord[], removes: string[]): void {
    for (const r of upserts) this.plain.set(r.id, r)
    for (const id of removes) this.plain.delete(id)
    this.byKind.clear()
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
    const base = this.plain.get(ledgerId(partner))
    const recent = this.plain.get(recentId(partner))
    const changed: LedgerBody['entries'] = {}
    for (const r of upserts) if (r.owner === partner) changed[r.id] = [r.rev, r.createdAt]
    const removesOwn = removes.some((id) => this.plain.get(id)?.owner === partner)
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
    const whole = view.ok ? vouchedEntries(view) : view.why === 'split' ? (base!.body as LedgerBody).entries : ledgerOf(this.plain.values(), partner).entries
    const entries = { ...whole, ...changed }
    for (const id of removes) delete entries[id]
    const nextBase = next(base, ledgerId(partner), LEDGER_KIND, { entries, recent: true } satisfies LedgerBody)
    return { records: [nextBase, next(recent, recentId(partner), RECENT_KIND, { base: nextBase.rev, entries: {} } satisfies RecentBody)], moves }
  }

  /** The active partner's ledger as stored (undefined when there is none yet). */
  ledger(partner: PartnerId): StoredRecord | undefined {
    return this.plain.get(ledgerId(partner))
  }

  /** The revision of a record on file, readable or not (for the ledger check). */
  revisionOnFile(id: string): number | undefined {
    return this.engine.sealed.get(id)?.rev
  }

  /** What the partner vouched for, base and recent part together (the unlock check). */
  vouched(partner: PartnerId): Vouched {
    return vouched(this.plain.get(ledgerId(partner)), this.plain.get(recentId(partner)))
  }

  /** A save that writes only the partner's ledger as it should be (format upgrade): a whole base. */
  ledgerUpsert(keys: ActiveKeys): StoredRecord<LedgerBody> {
    const current = this.plain.get(ledgerId(keys.partner))
    const now = this.ctx.clock.now().toISOString()
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
    const current = staged.get(id) ?? this.plain.get(id)
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
    return [...this.plain.values()].filter((r) => r.owner === keys.partner).map((r) => sealRecord(this.name, keys, r))
  }

  clear(): void {
    this.plain.clear()
    this.byKind.clear()
  }
}
