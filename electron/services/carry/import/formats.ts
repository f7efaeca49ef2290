// Reading other journals' exports into one shape. Each format is checked with a zod schema; the
// entries become { key, title, text, created, updated, tags } where `key` identifies the entry in
// its source (Day One's uuid; otherwise a SHA-256 of its content), so importing twice adds nothing.
//   Day One: a zip holding Journal.json (or the .json alone): { entries: [{ uuid, creationDate,
//     modifiedDate?, text?, tags?, starred? }] }.
//   jrnl (`jrnl --export json`): { entries: [{ title, body, date: "YYYY-MM-DD", time: "HH:MM",
//     tags?, starred? }] }.
//   Markdown: a zip of .md files, front matter with title, created (or date), updated, tags.

import { createHash } from 'node:crypto'
import { z } from 'zod'
import { HearthError } from '../../../../shared/result'
import { IMSG } from './messages'
import { parseFrontMatter } from './front-matter'

export type ImportFormat = 'dayone' | 'jrnl' | 'markdown'

export interface ImportedEntry {
  key: string
  title: string
  text: string
  created: string
  updated: string
  tags: string[]
}

/** One entry may be long, but not a whole novel: beyond this the file is refused as not a journal. */
export const MAX_ENTRY_CHARS = 1_000_000
export const MAX_ENTRIES = 100_000

const isoTime = z
  .string()
  .min(10)
  .max(40)
  .refine((s) => !Number.isNaN(Date.parse(s)), 'not a date')
const tags = z.array(z.string().max(200)).max(200).optional()

const dayOneSchema = z.object({
  entries: z
    .array(
      z.object({
        uuid: z.string().min(1).max(100),
        creationDate: isoTime,
        modifiedDate: isoTime.optional(),
        text: z.string().max(MAX_ENTRY_CHARS).optional(),
        tags,
        starred: z.boolean().optional(),
      }),
    )
    .max(MAX_ENTRIES),
})

const jrnlSchema = z.object({
  entries: z
    .array(
      z.object({
        title: z.string().max(MAX_ENTRY_CHARS),
        body: z.string().max(MAX_ENTRY_CHARS),
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        time: z.string().regex(/^\d{2}:\d{2}(:\d{2})?$/),
        tags,
        starred: z.boolean().optional(),
      }),
    )
    .max(MAX_ENTRIES),
})

const hash = (...parts: string[]) => createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32)
const toIso = (s: string) => new Date(s).toISOString()

/** Day One keeps a title as the first line (often "# Title") and escapes Markdown characters. */
const splitTitle = (text: string): { title: string; text: string } => {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const first = (lines[0] ?? '').replace(/^#+\s*/, '').trim()
  if (first.length > 0 && first.length <= 120 && lines.length > 1)
    return { title: first, text: lines.slice(1).join('\n').replace(/^\n+/, '') }
  return { title: '', text }
}
const unescapeDayOne = (text: string) => text.replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1')

export function fromDayOne(json: unknown): ImportedEntry[] {
  const parsed = dayOneSchema.safeParse(json)
  if (!parsed.success) throw new HearthError('bad-request', IMSG.malformed('Day One'))
  return parsed.data.entries.map((e) => {
    const { title, text } = splitTitle(unescapeDayOne(e.text ?? ''))
    const created = toIso(e.creationDate)
    return {
      key: `dayone:${e.uuid}`,
      title,
      text,
      created,
      updated: e.modifiedDate ? toIso(e.modifiedDate) : created,
      tags: [...(e.tags ?? []), ...(e.starred ? ['starred'] : [])],
    }
  })
}

export function fromJrnl(json: unknown): ImportedEntry[] {
  const parsed = jrnlSchema.safeParse(json)
  if (!parsed.success) throw new HearthError('bad-request', IMSG.malformed('jrnl'))
  return parsed.data.entries.map((e) => {
    // jrnl writes local wall-clock time without a zone; it is kept as that time in UTC.
    const created = toIso(`${e.date}T${e.time.length === 5 ? `${e.time}:00` : e.time}Z`)
    return {
      key: `jrnl:${hash(e.date, e.time, e.title, e.body)}`,
      title: e.title.trim(),
      text: e.body.replace(/^\n+/, ''),
      created,
      updated: created,
      tags: (e.tags ?? []).map((t) => t.replace(/^@/, '')),
    }
  })
}

export function fromMarkdown(files: Map<string, string>, fallbackTime: string): ImportedEntry[] {
  const out: ImportedEntry[] = []
  for (const [name, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!/\.(md|markdown)$/i.test(name) || /(^|\/)readme\.md$/i.test(name)) continue
    if (content.length > MAX_ENTRY_CHARS) throw new HearthError('bad-request', IMSG.tooLong)
    const { fields, body } = parseFrontMatter(content)
    const kind = typeof fields['kind'] === 'string' ? fields['kind'] : null
    // From a Hearth export, only private entries come back (not weeks, notes or the agreement).
    if (kind && kind !== 'private-entry') continue
    const str = (k: string): string => {
      const v = fields[k]
      return typeof v === 'string' ? v : ''
    }
    const when = [str('created'), str('date')].find((d) => d && !Number.isNaN(Date.parse(d)))
    const created = when ? toIso(when) : fallbackTime
    const updatedRaw = str('updated')
    const fileTitle =
      name
        .split('/')
        .pop()
        ?.replace(/\.(md|markdown)$/i, '') ?? ''
    const title = (str('title') || fileTitle).trim()
    const text = body
      .replace(/^\n+/, '')
      .replace(new RegExp(`^#\\s+${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n+`), '')
    const tagList = Array.isArray(fields['tags'])
      ? fields['tags']
      : str('tags')
        ? str('tags')
            .split(/[,\s]+/)
            .filter(Boolean)
        : []
    out.push({
      key: `markdown:${hash(title, created, text)}`,
      title,
      text,
      created,
      updated: updatedRaw && !Number.isNaN(Date.parse(updatedRaw)) ? toIso(updatedRaw) : created,
      tags: tagList,
    })
  }
  return out
}
