// Per-record sealing. secretbox has no associated data, so a box copied onto another record,
// owner, store or revision would still open; the identity is therefore repeated inside the
// plaintext and compared with the clear fields after opening.

import type { Owner, PartnerId } from '../../../shared/domain'
import { parseRecordInner, type SealedRecord } from './format'
import type { NamedKey } from './keyslots'
import { openJson, sealJsonBytes } from './seal'
import type { StoredRecord, StoreName } from './types'

export interface ActiveKeys {
  partner: PartnerId
  sk: NamedKey
  pk: NamedKey
}

/** The key for `owner`, or null when the active partner may not read it (the other's private). */
export const keyFor = (keys: ActiveKeys, owner: Owner): NamedKey | null =>
  owner === 'shared' ? keys.sk : owner === keys.partner ? keys.pk : null

export const sealRecord = (store: StoreName, keys: ActiveKeys, record: StoredRecord): SealedRecord => {
  const key = keyFor(keys, record.owner)
  if (!key) throw new Error('sealRecord: no key for owner') // callers check ownership first
  const inner = { ...record, store, keyId: key.id }
  return { id: record.id, owner: record.owner, keyId: key.id, rev: record.rev, ...sealJsonBytes(key.key, inner) }
}

export type OpenResult = { kind: 'ok'; record: StoredRecord } | { kind: 'foreign' } | { kind: 'unreadable' }

export const openRecord = (store: StoreName, keys: ActiveKeys, sealed: SealedRecord): OpenResult => {
  const key = keyFor(keys, sealed.owner)
  if (!key) return { kind: 'foreign' }
  if (key.id !== sealed.keyId) return { kind: 'unreadable' }
  const i = parseRecordInner(openJson(key.key, sealed))
  if (!i) return { kind: 'unreadable' }
  const bound = i.id === sealed.id && i.owner === sealed.owner && i.keyId === sealed.keyId && i.rev === sealed.rev && i.store === store
  if (!bound) return { kind: 'unreadable' }
  return { kind: 'ok', record: { id: i.id, kind: i.kind, owner: i.owner, rev: i.rev, createdAt: i.createdAt, updatedAt: i.updatedAt, body: i.body } }
}
