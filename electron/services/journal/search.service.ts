// Search across everything the active partner may read: reflection answers they can see, their
// own private entries, and the notes wall. It scans the decrypted records in memory on every
// query. There is deliberately no index on disk: it would be a second, unencrypted copy of the
// words. In memory, the texts the active partner may read are gathered and folded once and kept
// until the journal changes (a new generation), the day changes, or the vault locks; the same
// words are in memory anyway while unlocked, and the cache goes with the keys.

import type { PartnerId } from '../../../shared/domain'
import { getReflectionPrompt, REFLECTION_PROMPT_IDS } from '../../../shared/content/reflection'
import type { SearchHit } from '../../../shared/contract/journal'
import { prepareSearch, searchPrepared, type PreparedText } from '../../../shared/logic/history'
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

  /**
   * Candidates are built per record (per week for reflections, whose view joins both partners'
   * records) and kept with the id/rev or content they came from: after a save only the records
   * that changed are built and folded again. The lists still come from the services, so what may
   * be searched, and in which order, is exactly what they return for the active partner.
   */
  type Key = readonly (string | number)[]
  type Part = { key: Key; items: Prepared[] }
  /** One candidate, folded, under a unique id; `pos` is its place in the services' order, `seen` the last build that listed it. */
  type Prepared = { candidate: Candidate; text: PreparedText; pos: number; seen: number }
  let nextId = 0
  let build = 0
  /** The items built in this build (the rest were kept from the last one). */
  let fresh: Prepared[] = []
  const prepare = (candidates: Candidate[]): Prepared[] =>
    prepareSearch(candidates.map((c) => ({ id: String(nextId++), text: c.text }))).map((text, i) => {
      const item = { candidate: candidates[i]!, text, pos: 0, seen: build }
      fresh.push(item)
      return item
    })

  let parts = new Map<string, Part>()
  const sameKey = (a: Key, b: Key) => a.length === b.length && a.every((x, i) => x === b[i])
  /** The part for `id`, reused when its key is unchanged; otherwise built now. Collected into `next`. */
  const part = (next: Map<string, Part>, id: string, key: Key, make: () => Candidate[]): Prepared[] => {
    const old = parts.get(id)
    const kept = old && sameKey(old.key, key) ? old : { key, items: prepare(make()) }
    next.set(id, kept)
    return kept.items
  }

  /** Newest first; equal dates in the services' order (what a stable sort of that order gives). */
  const shownOrder = (a: Prepared, b: Prepared): number => newestFirst(a.candidate, b.candidate) || a.pos - b.pos
  /**
   * `all` in shown order. The items kept from the last build are already in that order unless
   * their places moved: then (checked in one pass) everything is sorted again; otherwise only the
   * fresh items are sorted and merged in.
   */
  const order = (all: Prepared[], previous: Prepared[] | null): Prepared[] => {
    const kept = previous?.filter((p) => p.seen === build) ?? []
    const inOrder = previous !== null && kept.length + fresh.length === all.length && kept.every((p, i) => i === 0 || shownOrder(kept[i - 1]!, p) <= 0)
    if (!inOrder) return all.sort(shownOrder)
    const added = [...fresh].sort(shownOrder)
    const out: Prepared[] = []
    let i = 0
    let j = 0
    while (i < kept.length || j < added.length) {
      if (j >= added.length || (i < kept.length && shownOrder(kept[i]!, added[j]!) <= 0)) out.push(kept[i++]!)
      else out.push(added[j++]!)
    }
    return out
  }

  function reflectionTexts(me: PartnerId, next: Map<string, Part>, day: string): Prepared[] {
    const records = services.reflection.all()
    const out: Prepared[] = []
    // Grouped once: recordsForWeek over every record for every week was quadratic in the years.
    const byWeek = new Map<string, typeof records>()
    for (const r of records) {
      const ofWeek = byWeek.get(r.body.week)
      if (ofWeek) ofWeek.push(r)
      else byWeek.set(r.body.week, [r])
    }
    const names = [nameOf('A'), nameOf('B')]
    for (const [week, ofWeek] of byWeek) {
      // What is hidden depends on both partners' records and the day: all of them are the key.
      const key = [day, ...names, ...ofWeek.flatMap((r) => [r.id, r.rev])]
      const items = part(next, `week:${week}`, key, () => {
        const built: Candidate[] = []
        // The same view the reflection screen gets: hidden answers are never searched.
        const view = viewWeek(week, me, recordsForWeek(ofWeek, week), clock.now())
        for (const col of [view.mine, view.theirs]) {
          for (const id of REFLECTION_PROMPT_IDS) {
            const text = col.answers?.[id]
            if (typeof text !== 'string') continue
            const title = `${getReflectionPrompt(id).label} (${nameOf(col.partner)}), ${view.label}`
            built.push({ kind: 'reflection', id: week, title, text, date: col.updatedAt ?? view.startsOn, week })
          }
        }
        return built
      })
      for (const item of items) out.push(item)
    }
    return out
  }

  function entryTexts(next: Map<string, Part>): Prepared[] {
    return services.privateEntries.own().flatMap((r) =>
      part(next, `entry:${r.id}`, [r.rev], () => {
        const base = { kind: 'private' as const, id: r.id, title: r.body.title || 'Untitled entry', date: r.updatedAt, week: isoWeekOf(new Date(r.createdAt)) }
        // The title is searched too, but a match in the words is the more useful snippet.
        return [{ ...base, text: r.body.text }, ...(r.body.title ? [{ ...base, text: r.body.title }] : [])]
      }),
    )
  }

  function noteTexts(next: Map<string, Part>): Prepared[] {
    return services.notes.all().flatMap((n) => {
      const title = `Note from ${nameOf(n.from)} to ${nameOf(n.to)}`
      // A note as listed carries no rev: what it shows is the key (the same strings: cheap to compare).
      return part(next, `note:${n.id}`, [n.text, title, n.sentAt], () => [
        { kind: 'note' as const, id: n.id, title, text: n.text, date: n.sentAt, week: isoWeekOf(new Date(n.sentAt)) },
      ])
    })
  }

  let cache: { key: string; me: PartnerId; items: Prepared[]; byId: Map<string, Candidate>; prepared: PreparedText[] } | null = null
  vault.onLock(() => {
    cache = null
    parts = new Map()
  })

  /** What `me` may search right now: rebuilt per journal generation and day, record by record. */
  const searchable = (me: PartnerId) => {
    const day = clock.now().toDateString()
    const key = `${me}|${vault.status().generation ?? ''}|${day}`
    if (cache?.key !== key) {
      // Another partner's session never reuses a part (the lock drops them too; this is a second lock).
      const previous = cache?.me === me ? cache : null
      if (!previous) parts = new Map()
      build++
      fresh = []
      const next = new Map<string, Part>()
      const all = [...reflectionTexts(me, next, day), ...entryTexts(next), ...noteTexts(next)]
      all.forEach((p, i) => {
        p.pos = i
        p.seen = build
      })
      // Newest first, the order results are shown in, so a query can stop at MAX_HITS.
      const items = order(all, previous?.items ?? null)
      // Only what this generation still uses is kept, so deleted words do not linger in memory.
      const byId = previous?.byId ?? new Map<string, Candidate>()
      for (const p of previous?.items ?? []) if (p.seen !== build) byId.delete(p.text.id)
      for (const p of fresh) byId.set(p.text.id, p.candidate)
      parts = next
      cache = { key, me, items, byId, prepared: items.map((p) => p.text) }
    }
    return cache
  }

  /** Every text containing all the words of `q` (case and accents ignored), newest first. */
  const query = (q: string): SearchHit[] => {
    const me = vault.active()
    const { byId, prepared } = searchable(me)
    // An entry can match by its words and its title: twice the limit still leaves MAX_HITS entries.
    const found = searchPrepared(prepared, q, MAX_HITS * 2)
    const seen = new Set<string>()
    const hits: SearchHit[] = []
    for (const hit of found) {
      const c = byId.get(hit.id)
      if (!c || (c.kind === 'private' && seen.has(c.id))) continue
      seen.add(c.id)
      hits.push({ kind: c.kind, id: c.id, title: c.title, snippet: hit.snippet, matches: hit.snippetMatches, date: c.date, week: c.week })
    }
    return hits.slice(0, MAX_HITS)
  }

  return { query }
}

export type SearchService = ReturnType<typeof createSearchService>
