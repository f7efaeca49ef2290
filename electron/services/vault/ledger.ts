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

/** id -> [revision, createdAt] of every record the partner owns, the ledger itself excepted. */
export interface LedgerBody {
  entries: Record<string, [number, string]>
}

export const isLedgerBody = (body: unknown): body is LedgerBody => {
  if (!body || typeof body !== 'object') return false
  const entries = (body as { entries?: unknown }).entries
  if (!entries || typeof entries !== 'object' || Array.isArray(entries)) return false
  return Object.values(entries).every((v) => Array.isArray(v) && Number.isSafeInteger(v[0]) && typeof v[1] === 'string')
}

export const ledgerOf = (records: Iterable<StoredRecord>, partner: PartnerId): LedgerBody => {
  const entries: LedgerBody['entries'] = {}
  for (const r of records) if (r.owner === partner && r.kind !== LEDGER_KIND) entries[r.id] = [r.rev, r.createdAt]
  return { entries }
}

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
