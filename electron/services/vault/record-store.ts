// The RecordStore the domain services see: decrypted records in memory, ownership rules, and
// every change turned into one durable engine commit. Domain services never see a key.
//
// Each store belongs to one session (session.ts): its writes run in the vault's single queue and,
// when their turn comes, refuse to run if that session has ended.

import { HearthError } from '../../../shared/result'
import type { Owner, PartnerId } from '../../../shared/domain'
import { randomId } from './encoding'
import { LEDGER_KIND, isLedgerBody, isReservedId, ledgerId, ledgerOf, type LedgerBody } from './ledger'
import { MSG } from './messages'
import { openRecord, sealRecord, type ActiveKeys } from './records'
import type { VaultSession } from './session'
import type { Change, StoreEngine } from './store-engine'
import type { Clock, PutInput, RecordChange, RecordStore, StoredRecord, StoreName } from './types'

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
  private readonly changeListeners = new Set<(change: RecordChange) => void>()
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
    const all = touchesOwn && this.name === 'journal' ? [...upserts, this.nextLedger(keys.partner, upserts, removes)] : upserts
    const change: Change = { upserts: all.map((r) => sealRecord(this.name, keys, r)), removes }
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

  /** The partner's ledger after this change (a new revision of the ledger record). */
  private nextLedger(partner: PartnerId, upserts: StoredRecord[], removes: string[]): StoredRecord<LedgerBody> {
    const current = this.plain.get(ledgerId(partner))
    const body: LedgerBody = current && isLedgerBody(current.body) ? { entries: { ...current.body.entries } } : ledgerOf(this.plain.values(), partner)
    for (const r of upserts) if (r.owner === partner) body.entries[r.id] = [r.rev, r.createdAt]
    for (const id of removes) delete body.entries[id]
    const now = this.ctx.clock.now().toISOString()
    return { id: ledgerId(partner), kind: LEDGER_KIND, owner: partner, rev: (current?.rev ?? 0) + 1, createdAt: current?.createdAt ?? now, updatedAt: now, body }
  }

  /** The active partner's ledger as stored (undefined when there is none yet). */
  ledger(partner: PartnerId): StoredRecord | undefined {
    return this.plain.get(ledgerId(partner))
  }

  /** The revision of a record on file, readable or not (for the ledger check). */
  revisionOnFile(id: string): number | undefined {
    return this.engine.sealed.get(id)?.rev
  }

  /** A save that writes only the partner's ledger as it should be (format upgrade). */
  ledgerUpsert(keys: ActiveKeys): StoredRecord<LedgerBody> {
    const rec = this.nextLedger(keys.partner, [], [])
    rec.body = ledgerOf(this.plain.values(), keys.partner)
    return rec
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
