// What the vault checks at unlock beyond "does it open": an older file put back over a newer one
// (rollback), and, for the partner unlocking, their own private records against the ledger they
// keep under their own key (ledger.ts). Findings become plain-words notices in status; nothing
// here deletes or hides anything. Also the one-time upgrade of a version 1 file.

import type { IntegrityNotice } from '../../../shared/domain'
import type { FileHost } from './host'
import { checkLedger, vouchedEntries, type LedgerBody, type LedgerCheck } from './ledger'
import { MSG } from './messages'
import { kindsOf } from './record-store'
import { sealRecord } from './records'
import type { VaultSession } from './session'
import type { StoreEngine } from './store-engine'
import type { StoreFiles } from './store-files'
import type { StoreName } from './types'
import { when } from './when'

const rollbackNotice = (store: StoreName, engine: StoreEngine): IntegrityNotice | null => {
  const newer = engine.newestHeld()
  if (!newer) return null
  return { store, kind: 'rollback', message: MSG.rollback(store, when(engine.savedAt), when(newer.savedAt)), newer }
}

/** The newest authenticated backup whose segments hold every named record at (at least) its revision. */
const backupHolding = async (files: StoreFiles, sk: Uint8Array, wanted: Map<string, number>): Promise<{ generation: number; savedAt: string } | null> => {
  for (const gen of await files.backupGenerations()) {
    const opened = await files.openAt(files.backupPath(gen), sk)
    if (!opened) continue
    const found = new Map<string, number>()
    for (const ref of opened.inner.segments) {
      const seg = await files.readSegment(ref)
      for (const r of seg?.records ?? []) if (wanted.has(r.id)) found.set(r.id, r.rev)
    }
    if ([...wanted].every(([id, rev]) => (found.get(id) ?? 0) >= rev)) return { generation: opened.inner.generation, savedAt: opened.inner.savedAt }
  }
  return null
}

const privateNotice = async (s: VaultSession, expected: boolean): Promise<IntegrityNotice | null> => {
  const store = s.stores.journal
  const ledger = store.vouched(s.partner)
  if (!ledger.ok && ledger.why === 'split') return { store: 'journal', kind: 'private-missing', message: MSG.ledgerSplit, newer: null }
  if (!ledger.ok) return expected ? { store: 'journal', kind: 'private-missing', message: MSG.ledgerMissing, newer: null } : null
  const body: LedgerBody = { entries: vouchedEntries(ledger) }
  const check: LedgerCheck = checkLedger(body, (id) => store.revisionOnFile(id))
  if (check.missing.length === 0 && check.older.length === 0) return null
  const wanted = new Map([...check.missing, ...check.older].map((e) => [e.id, body.entries[e.id]![0]]))
  const found = await backupHolding(store.engine.files, s.keys().sk.key, wanted)
  return {
    store: 'journal',
    kind: 'private-missing',
    message: MSG.privateMissing(check.missing.length, check.older.length, found ? when(found.savedAt).replace(/^on /, '') : null),
    newer: found,
  }
}

export const checkIntegrity = async (s: VaultSession, ledgerExpected = true): Promise<IntegrityNotice[]> => {
  const notices = [rollbackNotice('journal', s.stores.journal.engine), rollbackNotice('boundaries', s.stores.boundaries.engine), await privateNotice(s, ledgerExpected)]
  return notices.filter((n): n is IntegrityNotice => n !== null)
}

/**
 * Version 1 -> 2 at the first unlock: the version 1 manifest is kept as `<store>.hearth.v1-<time>`,
 * then the store is saved as version 2; the journal gains this partner's ledger if it has none
 * (and none was promised: a promised ledger that is missing is reported, not quietly remade).
 * Best effort: a failure leaves the version 1 file, which still opens, and warns.
 */
export const upgradeIfNeeded = async (host: FileHost & { warn(w: string[]): void }, s: VaultSession, ledgerExpected: boolean): Promise<void> => {
  const keys = s.keys()
  try {
    for (const name of ['boundaries', 'journal'] as const) {
      const store = s.stores[name]
      const needsLedger = name === 'journal' && !store.ledger(keys.partner) && !ledgerExpected
      if (store.engine.openedVersion >= 2 && !needsLedger) continue
      if (store.engine.openedVersion < 2) {
        const read = await host.files[name].readManifest()
        if (read.state === 'ok') await host.files[name].keepCopy(`v${read.manifest.version}`, read.text)
      }
      const ledger = needsLedger ? [store.ledgerUpsert(keys)] : []
      const committed = await store.engine.commit({ upserts: ledger.map((r) => sealRecord(name, keys, r)), removes: [], kinds: kindsOf(ledger) }, keys.sk.key)
      store.adopt(ledger)
      host.warn(committed.warnings)
    }
  } catch {
    host.warn([MSG.upgradeFailed])
  }
}
