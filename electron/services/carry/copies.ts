// When the couple last made a backup copy, and after how many weeks Hearth reminds them. Kept in
// the vault as one shared record rather than in a clear file: it is then authenticated (no one can
// quietly silence the reminder by editing a file) and it goes wherever the journal goes.

import { z } from 'zod'
import type { CarryStatus } from '../../../shared/contract/carry'
import type { Clock, RecordStore } from '../vault/types'

export const COPIES_KIND = 'carry.copies'
export const DEFAULT_REMIND_WEEKS = 4
const DAY = 24 * 60 * 60 * 1000

const body = z.object({ lastCopiedAt: z.string().nullable(), remindWeeks: z.number().int().positive().nullable() })
type CopiesBody = z.infer<typeof body>

const current = (store: RecordStore) => {
  const record = store.list<unknown>(COPIES_KIND, 'shared').find((r) => body.safeParse(r.body).success)
  return record ? { id: record.id, rev: record.rev, body: body.parse(record.body) } : null
}

export function copiesStatus(store: RecordStore, clock: Clock): CarryStatus {
  const found = current(store)?.body ?? { lastCopiedAt: null, remindWeeks: DEFAULT_REMIND_WEEKS }
  const now = clock.now().getTime()
  const daysAgo = found.lastCopiedAt ? Math.max(0, Math.floor((now - Date.parse(found.lastCopiedAt)) / DAY)) : null
  const due = found.remindWeeks !== null && (daysAgo === null || daysAgo >= found.remindWeeks * 7)
  return { lastCopiedAt: found.lastCopiedAt, daysAgo, remindWeeks: found.remindWeeks, reminderDue: due }
}

export async function saveCopies(store: RecordStore, change: Partial<CopiesBody>): Promise<void> {
  const found = current(store)
  const next: CopiesBody = { lastCopiedAt: null, remindWeeks: DEFAULT_REMIND_WEEKS, ...found?.body, ...change }
  await store.put({ id: found?.id, kind: COPIES_KIND, owner: 'shared', body: next, expectedRev: found?.rev ?? 0 })
}
