// Appreciation notes: written by the active partner to the other, kept under the shared key so
// both see the whole gratitude wall. A note is "waiting" for its recipient until they open it;
// only the recipient can mark it read, and marking twice changes nothing. A note still being
// written is a draft owned by its writer alone, so the recipient never sees half a sentence.

import { HearthError } from '../../../shared/result'
import { otherPartner } from '../../../shared/domain'
import type { Note, NoteDraft, NotesOverview } from '../../../shared/contract/journal'
import type { StoredRecord } from '../vault/types'
import { JMSG } from './messages'
import { KIND, getRecord, listRecords, serial, type NoteBody, type NoteDraftBody } from './records'
import type { JournalDeps } from './reflection.service'

/** A note must be at least this old to resurface, so it feels like a memory, not a repeat. */
export const RESURFACE_MIN_AGE_DAYS = 14

export const toNote = (record: StoredRecord<NoteBody>): Note => ({
  id: record.id,
  from: record.body.from,
  to: record.body.to,
  text: record.body.text,
  sentAt: record.createdAt,
  readAt: record.body.readAt,
})

/** FNV-1a: a small, stable string hash for the daily pick (not for anything secret). */
export function hashString(value: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

/** Local calendar day, YYYY-MM-DD: the seed changes at the couple's midnight. */
const localDayKey = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`

/** The same note all day, a different one (when there are several) on other days. */
export function pickForDay<T extends { id: string }>(candidates: T[], now: Date): T | null {
  if (candidates.length === 0) return null
  const sorted = [...candidates].sort((a, b) => (a.id < b.id ? -1 : 1))
  return sorted[hashString(localDayKey(now)) % sorted.length] ?? null
}

export function createNotesService({ vault, clock }: JournalDeps) {
  const run = serial()
  const store = () => vault.store('journal')
  const all = (): Note[] => {
    vault.active()
    return listRecords(store(), KIND.note, 'shared')
      .map(toNote)
      .sort((a, b) => (a.sentAt < b.sentAt ? 1 : a.sentAt > b.sentAt ? -1 : 0))
  }

  /** The active partner's own draft record. Filtered by owner as well: never anyone else's. */
  const ownDraft = (): StoredRecord<NoteDraftBody> | undefined => {
    const me = vault.active()
    return listRecords(store(), KIND.noteDraft, me).find((r) => r.owner === me)
  }
  const toDraft = (record: StoredRecord<NoteDraftBody>): NoteDraft => ({ text: record.body.text, updatedAt: record.updatedAt })

  const send = (text: string): Promise<Note> =>
    run(async () => {
      const from = vault.active()
      const body: NoteBody = { from, to: otherPartner(from), text: text.trim(), readAt: null }
      const note = toNote(await store().put<NoteBody>({ kind: KIND.note, owner: 'shared', body }))
      // The note is on disk first; only then is its draft dropped. A crash in between leaves a
      // draft of a sent note, never a lost note. Once the note has landed the answer is "sent":
      // a draft that could not be dropped (a lock or a partner switch came first, or the disk
      // refused) stays for its writer to discard, and a retry never sends the note twice.
      try {
        const draft = ownDraft()
        if (draft) await store().remove(draft.id)
      } catch {
        // Left as is: see above.
      }
      return note
    })

  const draft = (): NoteDraft | null => {
    const record = ownDraft()
    return record ? toDraft(record) : null
  }

  /** Keeps what the active partner has typed so far; blank text deletes the draft. */
  const saveDraft = (text: string): Promise<NoteDraft | null> =>
    run(async () => {
      const me = vault.active()
      const current = ownDraft()
      if (text.trim() === '') {
        if (current) await store().remove(current.id)
        return null
      }
      if (current?.body.text === text) return toDraft(current)
      const saved = await store().put<NoteDraftBody>({
        id: current?.id,
        kind: KIND.noteDraft,
        owner: me,
        body: { text },
        expectedRev: current?.rev ?? 0,
      })
      return toDraft(saved)
    })

  const list = (): NotesOverview => {
    const me = vault.active()
    const notes = all()
    return { notes, unread: notes.filter((n) => n.to === me && n.readAt === null).length }
  }

  const markRead = (id: string): Promise<Note> =>
    run(async () => {
      const me = vault.active()
      const record = getRecord(store(), KIND.note, id)
      if (!record) throw new HearthError('not-found', JMSG.noteNotFound)
      if (record.body.to !== me) throw new HearthError('forbidden', JMSG.notYourNote)
      if (record.body.readAt !== null) return toNote(record)
      const body: NoteBody = { ...record.body, readAt: clock.now().toISOString() }
      return toNote(await store().put<NoteBody>({ id, kind: KIND.note, owner: 'shared', body, expectedRev: record.rev }))
    })

  /** One note older than two weeks, chosen by the day: a small surprise, steady all day. */
  const resurface = (): Note | null => {
    const cutoff = clock.now().getTime() - RESURFACE_MIN_AGE_DAYS * 86_400_000
    return pickForDay(
      all().filter((n) => new Date(n.sentAt).getTime() <= cutoff),
      clock.now(),
    )
  }

  return { send, list, markRead, resurface, all, draft, saveDraft }
}

export type NotesService = ReturnType<typeof createNotesService>
