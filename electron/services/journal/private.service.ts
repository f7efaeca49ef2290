// Each partner's private journal. Entries are owned by their writer, so the vault seals them with
// that partner's private key and the other partner's session cannot even decrypt them. On top of
// that, every read here filters by owner === the active partner, and a request for someone
// else's entry answers exactly like a missing one, so an id reveals nothing.

import { HearthError } from '../../../shared/result'
import { allJournalPrompts } from '../../../shared/content/journal-prompts'
import type { PrivateEntry, PrivateEntrySummary } from '../../../shared/contract/journal'
import type { StoredRecord } from '../vault/types'
import { JMSG } from './messages'
import { KIND, getRecord, listRecords, serial, type EntryBody } from './records'
import type { JournalDeps } from './reflection.service'

const EXCERPT_LENGTH = 140
const KNOWN_PROMPTS = new Set(allJournalPrompts().map((p) => p.prompt.id))

export interface SaveEntryInput {
  id?: string
  title?: string
  text: string
  prompt?: string | null
  expectedRev?: number
}

/** First words of the text on one line, cut at a word boundary. */
export function excerptOf(text: string, length = EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= length) return flat
  const cut = flat.slice(0, length)
  const space = cut.lastIndexOf(' ')
  return `${(space > length * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`
}

export function toSummary(record: StoredRecord<EntryBody>): PrivateEntrySummary {
  return {
    id: record.id,
    title: record.body.title,
    excerpt: excerptOf(record.body.text),
    promptId: record.body.promptId,
    createdAt: record.body.writtenAt ?? record.createdAt,
    updatedAt: record.updatedAt,
    rev: record.rev,
  }
}

const toEntry = (record: StoredRecord<EntryBody>): PrivateEntry => ({ ...toSummary(record), text: record.body.text })

export function createPrivateService({ vault }: Pick<JournalDeps, 'vault'>) {
  const run = serial()
  const store = () => vault.store('journal')

  /** The active partner's entries, newest first. */
  const own = (): StoredRecord<EntryBody>[] => {
    const me = vault.active()
    return listRecords(store(), KIND.entry, me)
      .filter((r) => r.owner === me)
      .sort((a, b) => {
        const [x, y] = [a.body.writtenAt ?? a.createdAt, b.body.writtenAt ?? b.createdAt]
        return x < y ? 1 : x > y ? -1 : 0
      })
  }

  const find = (id: string): StoredRecord<EntryBody> => {
    const me = vault.active()
    const record = getRecord(store(), KIND.entry, id)
    if (!record || record.owner !== me) throw new HearthError('not-found', JMSG.entryNotFound)
    return record
  }

  const save = (input: SaveEntryInput): Promise<PrivateEntry> =>
    run(async () => {
      const me = vault.active()
      const current = input.id ? find(input.id) : undefined
      const promptId = input.prompt === undefined ? (current?.body.promptId ?? null) : input.prompt
      if (promptId !== null && !KNOWN_PROMPTS.has(promptId)) throw new HearthError('bad-request', JMSG.unknownPrompt)
      if (current && input.expectedRev !== undefined && input.expectedRev !== current.rev) {
        throw new HearthError('conflict', JMSG.entryChanged)
      }
      const body: EntryBody = { title: (input.title ?? current?.body.title ?? '').trim(), text: input.text, promptId }
      // An imported entry keeps the date it was first written when it is edited.
      if (current?.body.writtenAt) body.writtenAt = current.body.writtenAt
      const saved = await store().put<EntryBody>({ id: current?.id, kind: KIND.entry, owner: me, body, expectedRev: current?.rev ?? 0 })
      return toEntry(saved)
    })

  const remove = (id: string): Promise<null> =>
    run(async () => {
      await store().remove(find(id).id)
      return null
    })

  return {
    list: (): PrivateEntrySummary[] => own().map(toSummary),
    get: (id: string): PrivateEntry => toEntry(find(id)),
    save,
    remove,
    own,
  }
}

export type PrivateService = ReturnType<typeof createPrivateService>
