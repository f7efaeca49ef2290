// The RecordStore the domain services see: decrypted records in memory, ownership rules, and
// every change turned into one durable engine commit. Domain services never see a key.

import { HearthError } from '../../../shared/result'
import type { Owner } from '../../../shared/domain'
import { randomId } from './encoding'
import { MSG } from './messages'
import { openRecord, sealRecord, type ActiveKeys } from './records'
import type { StoreEngine } from './store-engine'
import type { Clock, PutInput, RecordStore, StoredRecord, StoreName } from './types'

export interface StoreContext {
  keys(): ActiveKeys // throws 'locked'
  clock: Clock
  /** Serializes every write of the vault (one writer per vault). */
  enqueue<T>(task: () => Promise<T>): Promise<T>
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
    const keys = ctx.keys()
    for (const sealed of engine.sealed.values()) {
      const opened = openRecord(name, keys, sealed)
      if (opened.kind === 'ok') this.plain.set(sealed.id, opened.record)
      // Unreadable records stay in the engine as ciphertext and are carried through every save.
      else if (opened.kind === 'unreadable') this.unreadable++
    }
  }

  list<T>(kind: string, owner?: Owner): StoredRecord<T>[] {
    this.ctx.keys()
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
    this.ctx.keys()
    return this.plain.get(id) as StoredRecord<T> | undefined
  }

  async put<T>(input: PutInput<T>): Promise<StoredRecord<T>> {
    const [record] = await this.putMany([input])
    return record as StoredRecord<T>
  }

  putMany(inputs: PutInput<unknown>[]): Promise<StoredRecord<unknown>[]> {
    return this.ctx.enqueue(async () => {
      const keys = this.ctx.keys()
      const staged = new Map<string, StoredRecord>()
      const now = this.ctx.clock.now().toISOString()
      const out = inputs.map((input) => {
        const record = this.prepare(input, staged, now)
        staged.set(record.id, record)
        return record
      })
      const upserts = [...staged.values()].map((r) => sealRecord(this.name, keys, r))
      await this.engine.commit({ upserts, removes: [] }, keys.sk.key)
      for (const r of staged.values()) this.plain.set(r.id, r)
      this.byKind.clear()
      return out
    })
  }

  /** Checks ownership and revision; builds the next version of the record. */
  private prepare(input: PutInput<unknown>, staged: Map<string, StoredRecord>, now: string): StoredRecord {
    const active = this.ctx.keys().partner
    if (input.owner !== 'shared' && input.owner !== active) throw new HearthError('forbidden', MSG.forbiddenOwner)
    // Boundaries are an agreement between both partners: shared key only (see FORMAT.md).
    if (this.name === 'boundaries' && input.owner !== 'shared') throw new HearthError('forbidden', MSG.forbiddenOwner)
    const id = input.id ?? randomId(16)
    if (typeof id !== 'string' || id.length === 0 || id.length > 128) throw new HearthError('bad-request', MSG.notFound)
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

  remove(id: string): Promise<void> {
    return this.ctx.enqueue(async () => {
      const keys = this.ctx.keys()
      if (!this.plain.has(id)) throw new HearthError('not-found', MSG.notFound)
      await this.engine.commit({ upserts: [], removes: [id] }, keys.sk.key)
      this.plain.delete(id)
      this.byKind.clear()
    })
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
