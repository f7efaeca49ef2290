// "Bring in entries from another journal": the chosen file is read and checked completely, and a
// preview (how many new entries, their dates, the first titles) is shown before anything is
// written. Importing writes every new entry and a ledger of their source keys in one durable save
// (all or nothing) into the active partner's own private journal; a key already in a ledger is
// skipped, so importing the same file twice adds nothing.

import { randomBytes } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { z } from 'zod'
import { HearthError } from '../../../../shared/result'
import type { ImportPreview } from '../../../../shared/contract/carry'
import { TEXT_MAX_LENGTH, TITLE_MAX_LENGTH } from '../../../../shared/limits'
import { KIND, type EntryBody } from '../../journal/records'
import type { PutInput, RecordStore } from '../../vault/types'
import type { CarryDeps } from '../deps'
import { CMSG } from '../messages'
import { looksLikeZip, readZipSafely } from '../zip-safety'
import { fromDayOne, fromJrnl, fromMarkdown, type ImportFormat, type ImportedEntry } from './formats'
import { IMSG } from './messages'

export const LEDGER_KIND = 'carry.import-ledger'
export const MAX_IMPORT_FILE_BYTES = 256 * 1024 * 1024
/** A text file (JSON or Markdown) larger than this is not a journal export. */
export const MAX_TEXT_BYTES = 50 * 1024 * 1024
const ZIP_LIMITS = { maxEntries: 20_000, maxEntryBytes: MAX_TEXT_BYTES, maxTotalBytes: 2 * MAX_TEXT_BYTES }
const ZIP_WORDS = { unreadable: IMSG.unreadable, hostile: IMSG.hostile, tooLarge: IMSG.tooLarge }
const FORMAT_NAMES: Record<ImportFormat, string> = { dayone: 'Day One', jrnl: 'jrnl', markdown: 'Markdown' }

const ledgerBody = z.object({ format: z.string(), importedAt: z.string(), keys: z.array(z.string()) })

const decode = (bytes: Uint8Array): string => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new HearthError('bad-request', IMSG.unknown)
  }
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new HearthError('bad-request', IMSG.unknown)
  }
}

/** Which format a JSON export is, by the shape of its first entry. */
function fromJson(json: unknown): { format: ImportFormat; entries: ImportedEntry[] } {
  const first = (json as { entries?: unknown[] } | null)?.entries?.[0] as Record<string, unknown> | undefined
  const entries = (json as { entries?: unknown } | null)?.entries
  if (!Array.isArray(entries)) throw new HearthError('bad-request', IMSG.unknown)
  if (entries.length === 0) throw new HearthError('bad-request', IMSG.empty)
  if (first && ('uuid' in first || 'creationDate' in first)) return { format: 'dayone', entries: fromDayOne(json) }
  if (first && ('body' in first || 'date' in first)) return { format: 'jrnl', entries: fromJrnl(json) }
  throw new HearthError('bad-request', IMSG.unknown)
}

export function parseImport(bytes: Uint8Array, now: string): { format: ImportFormat; entries: ImportedEntry[] } {
  if (looksLikeZip(bytes)) {
    const files = readZipSafely(bytes, ZIP_LIMITS, ZIP_WORDS, (name) => /\.(json|md|markdown)$/i.test(name))
    const json = [...files.keys()].filter((n) => /\.json$/i.test(n) && !n.includes('/'))
    if (json.length > 0) {
      const parts = json.map((n) => fromJson(parseJson(decode(files.get(n) ?? new Uint8Array()))))
      return { format: parts[0]?.format ?? 'dayone', entries: parts.flatMap((p) => p.entries) }
    }
    const md = new Map([...files].filter(([n]) => /\.(md|markdown)$/i.test(n)).map(([n, d]) => [n, decode(d)]))
    if (md.size === 0) throw new HearthError('bad-request', IMSG.unknown)
    return { format: 'markdown', entries: fromMarkdown(md, now) }
  }
  if (bytes.length > MAX_TEXT_BYTES) throw new HearthError('bad-request', IMSG.tooLarge)
  const text = decode(bytes).replace(/^\uFEFF/, '')
  if (text.trimStart().startsWith('{')) return fromJson(parseJson(text))
  if (text.startsWith('---')) return { format: 'markdown', entries: fromMarkdown(new Map([['entry.md', text]]), now) }
  throw new HearthError('bad-request', text.trim() === '' ? IMSG.empty : IMSG.unknown)
}

/** Keys already imported into this partner's journal. */
const importedKeys = (store: RecordStore, me: string): Set<string> =>
  new Set(
    store
      .list<unknown>(LEDGER_KIND, me as 'A' | 'B')
      .filter((r) => r.owner === me)
      .flatMap((r) => {
        const body = ledgerBody.safeParse(r.body)
        return body.success ? body.data.keys : []
      }),
  )

/** Hearth keeps entries under its own length; a longer one becomes numbered parts, nothing cut. */
function toBodies(entry: ImportedEntry): EntryBody[] {
  const title = entry.title.slice(0, TITLE_MAX_LENGTH - 12)
  if (entry.text.length <= TEXT_MAX_LENGTH) return [{ title, text: entry.text, promptId: null, writtenAt: entry.created }]
  const parts: EntryBody[] = []
  for (let at = 0, n = 1; at < entry.text.length; at += TEXT_MAX_LENGTH, n++) {
    parts.push({ title: `${title || 'Untitled'} (part ${n})`, text: entry.text.slice(at, at + TEXT_MAX_LENGTH), promptId: null, writtenAt: entry.created })
  }
  return parts
}

interface Pending {
  token: string
  partner: string
  format: ImportFormat
  fresh: ImportedEntry[]
}

export function createImportService(deps: CarryDeps) {
  let pending: Pending | null = null
  const store = () => deps.vault.store('journal')

  const preview = (format: ImportFormat, entries: ImportedEntry[], fileName: string): ImportPreview => {
    const me = deps.vault.active()
    const known = importedKeys(store(), me)
    const seen = new Set<string>()
    const fresh = entries.filter((e) => !known.has(e.key) && !seen.has(e.key) && (seen.add(e.key), true))
    const dates = fresh.map((e) => e.created).sort()
    const token = randomBytes(16).toString('hex')
    pending = { token, partner: me, format, fresh }
    return {
      token,
      fileName,
      format: FORMAT_NAMES[format],
      total: entries.length,
      count: fresh.length,
      duplicates: entries.length - fresh.length,
      from: dates[0] ?? null,
      to: dates.at(-1) ?? null,
      firstTitles: [...fresh].sort((a, b) => (a.created < b.created ? -1 : 1)).slice(0, 5).map((e) => e.title || e.text.slice(0, 60) || 'Untitled'),
    }
  }

  return {
    /** For tests and the benchmark: the preview of given bytes, as if chosen in the dialog. */
    previewBytes: (bytes: Uint8Array, fileName: string) => {
      const { format, entries } = parseImport(bytes, deps.clock.now().toISOString())
      return preview(format, entries, fileName)
    },
    async open(): Promise<ImportPreview | null> {
      pending = null
      deps.vault.active()
      if (!deps.host) throw new HearthError('unsupported', CMSG.noHost)
      const path = await deps.host.chooseOpenPath({
        title: 'Bring in entries from another journal',
        filters: [{ name: 'Journal exports', extensions: ['zip', 'json', 'md'] }],
      })
      if (!path) return null
      const size = await stat(path).then((s) => s.size, () => -1)
      if (size < 0) throw new HearthError('not-found', IMSG.unreadable)
      if (size === 0) throw new HearthError('bad-request', IMSG.empty)
      if (size > MAX_IMPORT_FILE_BYTES) throw new HearthError('bad-request', IMSG.tooLarge)
      const bytes = await readFile(path).catch(() => {
        throw new HearthError('disk', IMSG.unreadable)
      })
      const { format, entries } = parseImport(bytes, deps.clock.now().toISOString())
      if (entries.length === 0) throw new HearthError('bad-request', IMSG.empty)
      return preview(format, entries, basename(path))
    },
    async commit(token: string): Promise<{ added: number }> {
      const me = deps.vault.active()
      if (!pending || pending.token !== token || pending.partner !== me) throw new HearthError('not-found', IMSG.noPending)
      const { fresh, format } = pending
      pending = null
      // Checked again at write time: another import may have run since the preview.
      const known = importedKeys(store(), me)
      const todo = fresh.filter((e) => !known.has(e.key))
      if (todo.length === 0) return { added: 0 }
      const inputs: PutInput<unknown>[] = todo.flatMap((e) => toBodies(e).map((body) => ({ kind: KIND.entry, owner: me, body })))
      inputs.push({ kind: LEDGER_KIND, owner: me, body: { format, importedAt: deps.clock.now().toISOString(), keys: todo.map((e) => e.key) } })
      await store().putMany(inputs)
      return { added: todo.length }
    },
    cancel: () => {
      pending = null
      return null
    },
  }
}
