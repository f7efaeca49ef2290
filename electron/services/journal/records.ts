// The record kinds this domain keeps in the vault's 'journal' store, and the shapes of their
// bodies. Bodies are authenticated by the vault, but they may have been written by an older
// Hearth, so each is checked on the way out and anything unexpected is skipped, not trusted.

import { z } from 'zod'
import type { Owner, PartnerId } from '../../../shared/domain'
import type { ReflectionAnswers } from '../../../shared/contract/journal'
import type { RecordStore, StoredRecord } from '../vault/types'

export const KIND = {
  /** One partner's answers for one week. Owner 'shared': the other reads them once allowed. */
  answers: 'reflection.answers',
  /** A private journal entry. Owner: its writer, sealed with their private key. */
  entry: 'private.entry',
  /** An appreciation note from one partner to the other. Owner 'shared'. */
  note: 'notes.note',
  /**
   * The note a partner is still writing. Owner: the writer, sealed with their private key, so
   * the recipient's session cannot decrypt it: a draft is not a sent note. At most one each.
   */
  noteDraft: 'notes.draft',
  /**
   * A partner's working copy of the boundaries agreement. Owner: that partner, like a note draft:
   * the boundaries store keeps shared revisions only, and a draft is nobody's agreement yet.
   */
  agreementDraft: 'boundaries.draft',
} as const

const partner = z.enum(['A', 'B'])

const answersBody = z.object({
  week: z.string(),
  author: partner,
  answers: z.record(z.string(), z.union([z.string(), z.number()])),
  sealed: z.boolean(),
  submittedAt: z.string().nullable(),
})
export interface AnswersBody {
  week: string
  author: PartnerId
  answers: ReflectionAnswers
  sealed: boolean
  submittedAt: string | null
}

// writtenAt: when an entry imported from another journal was first written there (its own date,
// not the day it was imported); absent for entries written in Hearth.
const entryBody = z.object({ title: z.string(), text: z.string(), promptId: z.string().nullable(), writtenAt: z.string().optional() })
export type EntryBody = z.infer<typeof entryBody>

const noteBody = z.object({ from: partner, to: partner, text: z.string(), readAt: z.string().nullable() })
export type NoteBody = z.infer<typeof noteBody>

const noteDraftBody = z.object({ text: z.string() })
export type NoteDraftBody = z.infer<typeof noteDraftBody>

const agreementDraftBody = z.object({
  basedOn: z.number(),
  sections: z.array(z.object({ id: z.string(), title: z.string(), myNeed: z.string() })),
  items: z.array(z.object({ id: z.string(), sectionId: z.string(), text: z.string() })),
  reviewDate: z.string().nullable(),
})
export type AgreementDraftBody = z.infer<typeof agreementDraftBody>

const bodies = {
  [KIND.answers]: answersBody,
  [KIND.entry]: entryBody,
  [KIND.note]: noteBody,
  [KIND.noteDraft]: noteDraftBody,
  [KIND.agreementDraft]: agreementDraftBody,
}

interface BodyOf {
  [KIND.answers]: AnswersBody
  [KIND.entry]: EntryBody
  [KIND.note]: NoteBody
  [KIND.noteDraft]: NoteDraftBody
  [KIND.agreementDraft]: AgreementDraftBody
}
type Kind = keyof BodyOf

/**
 * Records already checked, by object: the vault hands out the same immutable record object until
 * it is replaced or the vault locks, so each body is parsed once instead of on every list (search
 * lists everything on every query). Weak: holds nothing the vault has dropped.
 */
const wellFormed = new WeakSet<object>()
const isWellFormed = (kind: Kind, record: StoredRecord<unknown>): boolean => {
  if (wellFormed.has(record)) return true
  const ok = bodies[kind].safeParse(record.body).success
  if (ok) wellFormed.add(record)
  return ok
}

/** Records of `kind` the active partner can open, with well-formed bodies only. */
export function listRecords<K extends Kind>(store: RecordStore, kind: K, owner?: Owner): StoredRecord<BodyOf[K]>[] {
  return store.list<unknown>(kind, owner).filter((r) => isWellFormed(kind, r)) as StoredRecord<BodyOf[K]>[]
}

/** Whether `record` is of `kind` with a well-formed body (what listRecords keeps). */
export function isRecordOf<K extends Kind>(kind: K, record: StoredRecord<unknown>): record is StoredRecord<BodyOf[K]> {
  return record.kind === kind && isWellFormed(kind, record)
}

/** One record of `kind`, or undefined when missing, of another kind, or malformed. */
export function getRecord<K extends Kind>(store: RecordStore, kind: K, id: string): StoredRecord<BodyOf[K]> | undefined {
  const record = store.get<unknown>(id)
  if (!record || record.kind !== kind || !bodies[kind].safeParse(record.body).success) return undefined
  return record as StoredRecord<BodyOf[K]>
}

/**
 * Runs writes one after another. Each write reads a record and puts its next version; two
 * overlapping saves (a debounced draft and a flush before lock) must not interleave.
 */
export function serial(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve()
  return <T>(task: () => Promise<T>) => {
    const run = tail.then(task, task)
    tail = run.catch(() => undefined)
    return run
  }
}
