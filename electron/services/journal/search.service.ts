// Search across everything the active partner may read: reflection answers they can see, their
// own private entries, and the notes wall. It scans the decrypted records in memory on every
// query. There is deliberately no index: an index on disk would be a second, unencrypted copy
// of the words, and one in memory would have to be dropped on every lock anyway.

import type { PartnerId } from '../../../shared/domain'
import { getReflectionPrompt, REFLECTION_PROMPT_IDS } from '../../../shared/content/reflection'
import type { SearchHit } from '../../../shared/contract/journal'
import { isoWeekOf } from './iso-week'
import type { NotesService } from './notes.service'
import type { PrivateService } from './private.service'
import { recordsForWeek, viewWeek, type JournalDeps, type ReflectionService } from './reflection.service'

export const MAX_HITS = 50
const CONTEXT = 60

/** Lower-cased, accents dropped, with each folded character's index in the original text. */
export function fold(text: string): { folded: string; origin: number[] } {
  let folded = ''
  const origin: number[] = []
  for (let i = 0; i < text.length; i++) {
    const part = (text[i] ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    for (const ch of part) {
      folded += ch
      origin.push(i)
    }
  }
  return { folded, origin }
}

/** The first match of `query` in `text` with some words either side, or null. */
export function snippetAround(text: string, query: string): Pick<SearchHit, 'snippet' | 'match'> | null {
  const q = fold(query.trim()).folded
  if (q.length === 0) return null
  const { folded, origin } = fold(text)
  const at = folded.indexOf(q)
  if (at === -1) return null
  const start = origin[at] ?? 0
  const end = (origin[at + q.length - 1] ?? start) + 1
  const from = Math.max(0, start - CONTEXT)
  const to = Math.min(text.length, end + CONTEXT)
  const lead = from > 0 ? '…' : ''
  const snippet = `${lead}${text.slice(from, to).replace(/\s/g, ' ')}${to < text.length ? '…' : ''}`
  return { snippet, match: { start: start - from + lead.length, end: end - from + lead.length } }
}

interface Services {
  reflection: ReflectionService
  privateEntries: PrivateService
  notes: NotesService
}

export function createSearchService({ vault, clock }: JournalDeps, services: Services) {
  const nameOf = (id: PartnerId): string => vault.status().partners.find((p) => p.id === id)?.name ?? 'Your partner'

  function reflectionHits(q: string, me: PartnerId): SearchHit[] {
    const records = services.reflection.all()
    const weeks = new Set(records.map((r) => r.body.week))
    const hits: SearchHit[] = []
    for (const week of weeks) {
      // The same view the reflection screen gets: hidden answers are never searched.
      const view = viewWeek(week, me, recordsForWeek(records, week), clock.now())
      for (const col of [view.mine, view.theirs]) {
        if (!col.answers) continue
        for (const id of REFLECTION_PROMPT_IDS) {
          const value = col.answers[id]
          const found = typeof value === 'string' ? snippetAround(value, q) : null
          if (!found) continue
          const title = `${getReflectionPrompt(id).label} (${nameOf(col.partner)}), ${view.label}`
          hits.push({ kind: 'reflection', id: week, title, ...found, date: col.updatedAt ?? view.startsOn, week })
        }
      }
    }
    return hits
  }

  function entryHits(q: string): SearchHit[] {
    return services.privateEntries.own().flatMap((r) => {
      const found = snippetAround(r.body.text, q) ?? snippetAround(r.body.title, q)
      if (!found) return []
      const title = r.body.title || 'Untitled entry'
      return [{ kind: 'private' as const, id: r.id, title, ...found, date: r.updatedAt, week: isoWeekOf(new Date(r.createdAt)) }]
    })
  }

  function noteHits(q: string): SearchHit[] {
    return services.notes.all().flatMap((n) => {
      const found = snippetAround(n.text, q)
      if (!found) return []
      const title = `Note from ${nameOf(n.from)} to ${nameOf(n.to)}`
      return [{ kind: 'note' as const, id: n.id, title, ...found, date: n.sentAt, week: isoWeekOf(new Date(n.sentAt)) }]
    })
  }

  /** Newest first, at most MAX_HITS. */
  const query = (q: string): SearchHit[] => {
    const me = vault.active()
    const hits = [...reflectionHits(q, me), ...entryHits(q), ...noteHits(q)]
    hits.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    return hits.slice(0, MAX_HITS)
  }

  return { query }
}

export type SearchService = ReturnType<typeof createSearchService>
