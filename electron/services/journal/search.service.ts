// Search across everything the active partner may read: reflection answers they can see, their
// own private entries, and the notes wall. It scans the decrypted records in memory on every
// query. There is deliberately no index on disk: it would be a second, unencrypted copy of the
// words. In memory, the texts the active partner may read are gathered and folded once and kept
// until the journal changes (a new generation), the day changes, or the vault locks; the same
// words are in memory anyway while unlocked, and the cache goes with the keys.

import type { PartnerId } from '../../../shared/domain'
import { getReflectionPrompt, REFLECTION_PROMPT_IDS } from '../../../shared/content/reflection'
import type { SearchHit } from '../../../shared/contract/journal'
import { prepareSearch, searchPrepared, type Folded, type PreparedText } from '../../../shared/logic/history'
import { isoWeekOf } from './iso-week'
import type { NotesService } from './notes.service'
import type { PrivateService } from './private.service'
import { recordsForWeek, viewWeek, type JournalDeps, type ReflectionService } from './reflection.service'

export const MAX_HITS = 50

const newestFirst = (a: { date: string }, b: { date: string }): number => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)

/** One searchable text and what to say about it if it matches. */
type Candidate = Omit<SearchHit, 'snippet' | 'matches'> & { text: string }

interface Services {
  reflection: ReflectionService
  privateEntries: PrivateService
  notes: NotesService
}

export function createSearchService({ vault, clock }: JournalDeps, services: Services) {
  const nameOf = (id: PartnerId): string => vault.status().partners.find((p) => p.id === id)?.name ?? 'Your partner'

  function reflectionTexts(me: PartnerId): Candidate[] {
    const records = services.reflection.all()
    const out: Candidate[] = []
    // Grouped once: recordsForWeek over every record for every week was quadratic in the years.
    const byWeek = new Map<string, typeof records>()
    for (const r of records) byWeek.set(r.body.week, [...(byWeek.get(r.body.week) ?? []), r])
    for (const [week, ofWeek] of byWeek) {
      // The same view the reflection screen gets: hidden answers are never searched.
      const view = viewWeek(week, me, recordsForWeek(ofWeek, week), clock.now())
      for (const col of [view.mine, view.theirs]) {
        for (const id of REFLECTION_PROMPT_IDS) {
          const text = col.answers?.[id]
          if (typeof text !== 'string') continue
          const title = `${getReflectionPrompt(id).label} (${nameOf(col.partner)}), ${view.label}`
          out.push({ kind: 'reflection', id: week, title, text, date: col.updatedAt ?? view.startsOn, week })
        }
      }
    }
    return out
  }

  function entryTexts(): Candidate[] {
    return services.privateEntries.own().flatMap((r) => {
      const base = { kind: 'private' as const, id: r.id, title: r.body.title || 'Untitled entry', date: r.updatedAt, week: isoWeekOf(new Date(r.createdAt)) }
      // The title is searched too, but a match in the words is the more useful snippet.
      return [{ ...base, text: r.body.text }, ...(r.body.title ? [{ ...base, text: r.body.title }] : [])]
    })
  }

  function noteTexts(): Candidate[] {
    return services.notes.all().map((n) => ({
      kind: 'note' as const,
      id: n.id,
      title: `Note from ${nameOf(n.from)} to ${nameOf(n.to)}`,
      text: n.text,
      date: n.sentAt,
      week: isoWeekOf(new Date(n.sentAt)),
    }))
  }

  let cache: { key: string; candidates: Candidate[]; prepared: PreparedText[] } | null = null
  // Folded texts by text: after a save, only what changed is folded again. Dropped on lock.
  let folded = new Map<string, Folded>()
  vault.onLock(() => {
    cache = null
    folded = new Map()
  })

  /** What `me` may search right now, gathered and folded once per journal generation and day. */
  const searchable = (me: PartnerId) => {
    const key = `${me}|${vault.status().generation ?? ''}|${clock.now().toDateString()}`
    if (cache?.key !== key) {
      // Newest first, the order results are shown in, so a query can stop at MAX_HITS.
      const candidates = [...reflectionTexts(me), ...entryTexts(), ...noteTexts()].sort(newestFirst)
      const prepared = prepareSearch(candidates.map((c, i) => ({ id: String(i), text: c.text })), folded)
      // Keep only what this generation still uses, so deleted words do not linger in memory.
      folded = new Map(prepared.map((p) => [p.text, { folded: p.folded, map: p.map }]))
      cache = { key, candidates, prepared }
    }
    return cache
  }

  /** Every text containing all the words of `q` (case and accents ignored), newest first. */
  const query = (q: string): SearchHit[] => {
    const me = vault.active()
    const { candidates, prepared } = searchable(me)
    // An entry can match by its words and its title: twice the limit still leaves MAX_HITS entries.
    const found = searchPrepared(prepared, q, MAX_HITS * 2)
    const seen = new Set<string>()
    const hits: SearchHit[] = []
    for (const hit of found) {
      const c = candidates[Number(hit.id)]
      if (!c || (c.kind === 'private' && seen.has(c.id))) continue
      seen.add(c.id)
      hits.push({ kind: c.kind, id: c.id, title: c.title, snippet: hit.snippet, matches: hit.snippetMatches, date: c.date, week: c.week })
    }
    return hits.slice(0, MAX_HITS)
  }

  return { query }
}

export type SearchService = ReturnType<typeof createSearchService>
