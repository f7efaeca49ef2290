// The private ledger (format version 2). Either partner holds the shared key, so either could
// rewrite a segment and reseal the manifest without the other's private records. Each partner
// therefore keeps, under their OWN private key, a list of their own records and revisions,
// updated in the same atomic save as the records. At that partner's unlock, a record that the
// ledger names but the file lacks (or holds at an older revision) is named, never hidden.

import type { PartnerId } from '../../../shared/domain'
import type { StoredRecord } from './types'

export const LEDGER_KIND = 'vault.ledger'
export const ledgerId = (partner: PartnerId): string => `vault.ledger.${partner}`
/** Ids the vault keeps for itself; domain services cannot write them. */
export const isReservedId = (id: string): boolean => id.startsWith('vault.')

// The ledger is kept in two records so that an ordinary save does not reseal twenty years of
// ids. The base (`vault.ledger.<P>`) is rewritten rarely; the recent part
// (`vault.ledger.<P>.recent`) names only the records changed since, and is what a save rewrites.
// A base that says `recent: true` promises a recent part written for exactly its revision, so
// neither part can be dropped or paired with an older copy of the other unnoticed. The base alone
// is always true as far as it goes (a removal rewrites it at once): an older build that reads only
// the base checks less, never raises a false alarm.
export const RECENT_KIND = 'vault.ledger.recent'
export const recentId = (partner: PartnerId): string => `vault.ledger.${partner}.recent`
/** The recent part is folded into the base once it names more records than this. */
export const RECENT_LIMIT = 256

/** id -> [revision, createdAt] of every record the partner owns, the ledger itself excepted. */
export interface LedgerBody {
  entries: Record<string, [number, string]>
  /** Written with a recent part (RecentBody) whose `base` is this record's revision. */
  recent?: true
}

/** The records the partner changed since the base's revision `base` was written. */
export interface RecentBody {
  base: number
  entries: Record<string, [number, string]>
}

// Bodies already checked (the base is checked at every save otherwise, all of its ids). Record
// bodies are never changed in place: every save builds new ones.
const checked = new WeakSet<object>()

const isEntries = (entries: unknown): entries is LedgerBody['entries'] => {
  if (!entries || typeof entries !== 'object' || Array.isArray(entries)) return false
  if (checked.has(entries)) return true
  const ok = Object.values(entries).every((v) => Array.isArray(v) && Number.isSafeInteger(v[0]) && typeof v[1] === 'string')
  if (ok) checked.add(entries)
  return ok
}

export const isLedgerBody = (body: unknown): body is LedgerBody => {
  if (!body || typeof body !== 'object') return false
  const b = body as { entries?: unknown; recent?: unknown }
  return (b.recent === undefined || b.recent === true) && isEntries(b.entries)
}

export const isRecentBody = (body: unknown): body is RecentBody => {
  if (!body || typeof body !== 'object') return false
  const b = body as { entries?: unknown; base?: unknown }
  return Number.isSafeInteger(b.base) && isEntries(b.entries)
}

const isLedgerKind = (kind: string): boolean => kind === LEDGER_KIND || kind === RECENT_KIND

export const ledgerOf = (records: Iterable<StoredRecord>, partner: PartnerId): LedgerBody => {
  const entries: LedgerBody['entries'] = {}
  for (const r of records) if (r.owner === partner && !isLedgerKind(r.kind)) entries[r.id] = [r.rev, r.createdAt]
  return { entries }
}

/**
 * What the partner vouched for, both parts checked. `missing`: no base (or not a ledger);
 * `split`: the base promises a recent part that is absent or belongs to another revision of the
 * base. A base without the promise is whole by itself (written before the recent part existed,
 * or by an older build), and a recent part beside it is stale (`recent: null`).
 */
export type Vouched = { ok: true; base: LedgerBody; recent: RecentBody | null } | { ok: false; why: 'missing' | 'split' }

export const vouched = (base: StoredRecord | undefined, recent: StoredRecord | undefined): Vouched => {
  if (!base || !isLedgerBody(base.body)) return { ok: false, why: 'missing' }
  if (base.body.recent !== true) return { ok: true, base: base.body, recent: null }
  if (!recent || !isRecentBody(recent.body) || recent.body.base !== base.rev) return { ok: false, why: 'split' }
  return { ok: true, base: base.body, recent: recent.body }
}

/** Every id a vouched ledger names, with its revision: the recent part laid over the base. */
export const vouchedEntries = (v: { base: LedgerBody; recent: RecentBody | null }): LedgerBody['entries'] =>
  v.recent ? { ...v.base.entries, ...v.recent.entries } : v.base.entries

export interface LedgerCheck {
  /** Named in the ledger, absent from the file. */
  missing: { id: string; createdAt: string }[]
  /** Present, but at an older revision than the partner last saved. */
  older: { id: string; createdAt: string }[]
}

/** Compares what the partner vouched for with what the file holds (`present`: id -> revision). */
export const checkLedger = (ledger: LedgerBody, present: (id: string) => number | undefined): LedgerCheck => {
  const out: LedgerCheck = { missing: [], older: [] }
  for (const [id, [rev, createdAt]] of Object.entries(ledger.entries)) {
    const found = present(id)
    if (found === undefined) out.missing.push({ id, createdAt })
    else if (found < rev) out.older.push({ id, createdAt })
  }
  return out
}
