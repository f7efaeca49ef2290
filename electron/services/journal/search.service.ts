// Search across everything the active partner may read: reflection answers they can see, their
// own private entries, and the notes wall. It scans the decrypted records in memory on every
// query. There is deliberately no index on disk: it would be a second, unencrypted copy of the
// words. In memory, the texts the active partner may read are gathered and folded once per
// session (search-index.ts) and kept up to date record by record as saves land; the same words
// are in memory anyway while unlocked, and the candidates go at every lock (a partner switch
// included), with the keys.

import type { PartnerId } from '../../../shared/domain'
import type { SearchHit } from '../../../shared/contract/journal'
import { searchPrepared } from '../../../shared/logic/history'
import type { RecordStore } from '../vault/types'
import { isoWeekOf } from './iso-week'
import type { JournalDeps } from './reflection.service'
import { createSearchIndex, type Names, type SearchIndex } from './search-index'

export const MAX_HITS = 50

export function createSearchService({ vault, clock }: JournalDeps) {
  let index: SearchIndex | null = null
  let unsubscribe: (() => void) | null = null
  const drop = () => {
    unsubscribe?.()
    unsubscribe = null
    index = null
  }
  vault.onLock(drop)

  const names = (): Names => {
    const partners = vault.status().partners
    const nameOf = (id: PartnerId): string => partners.find((p) => p.id === id)?.name ?? 'Your partner'
    return { A: nameOf('A'), B: nameOf('B') }
  }

  /** The active session's candidates (started empty when there are none yet) and its journal store. */
  const current = (): { index: SearchIndex; store: RecordStore } => {
    const me = vault.active()
    const store = vault.store('journal')
    // Another partner's session never reuses anything (the lock drops it too; this is a second lock).
    if (index?.me !== me) {
      drop()
      const started = createSearchIndex(me, names(), clock.now().toDateString(), () => clock.now())
      // Listening before the first list is read: a save that lands during the build is built again after it.
      unsubscribe = store.onChange(started.changed)
      index = started
    }
    return { index, store }
  }

  /** Every text containing all the words of `q` (case and accents ignored), newest first. */
  const query = (q: string): SearchHit[] => {
    const { index, store } = current()
    index.refresh(store, names(), clock.now().toDateString())
    // An entry can match by its words and its title: twice the limit still leaves MAX_HITS entries.
    const found = searchPrepared(index.shown(), q, MAX_HITS * 2)
    const seen = new Set<string>()
    const hits: SearchHit[] = []
    for (const hit of found) {
      const c = index.item(hit.id)?.hit
      if (!c || (c.kind === 'private' && seen.has(c.id))) continue
      seen.add(c.id)
      const week = c.week ?? isoWeekOf(new Date(c.createdAt))
      hits.push({ kind: c.kind, id: c.id, title: c.title, snippet: hit.snippet, matches: hit.snippetMatches, date: c.date, week })
    }
    return hits.slice(0, MAX_HITS)
  }

  return {
    query,
    /** A slice of the first build, for the warm-up after unlock (../warmup.ts); true once built. */
    warm: (deadline: number): boolean => {
      const { index, store } = current()
      return index.advance(store, deadline)
    },
    /** What is held in memory now (for tests): nothing, a build under way, or the built candidates. */
    held: (): { state: 'none' | 'building' | 'built'; partner: PartnerId | null; texts: number } =>
      index ? { state: index.built() ? 'built' : 'building', partner: index.me, texts: index.size() } : { state: 'none', partner: null, texts: 0 },
  }
}

export type SearchService = ReturnType<typeof createSearchService>
