// Helpers for the patterns view: the connection-rating chart over weeks, and a plain in-memory
// search over decrypted texts. Everything stays in memory; nothing here builds an index that
// could be written to disk next to the encrypted journal.

import type { PartnerId } from '../domain'
import { isConnectionRating } from '../content/reflection'
import { addWeeks, compareWeekKeys, isWeekKey, weeksBetween, type WeekKey } from './iso-week'

export interface WeeklyRatings {
  week: WeekKey
  ratings: Partial<Record<PartnerId, number>>
}

export interface WeekNote {
  week: WeekKey
  text: string
}

export interface ChartPoint {
  week: WeekKey
  A: number | null
  B: number | null
  /** Mean of the ratings present, or null if neither partner rated the week. */
  average: number | null
  /** No rating from either partner this week: draw a break in the line, not a zero. */
  gap: boolean
  notes: string[]
}

/** The chart never spans more than this many weeks (about 19 years); older weeks are dropped. */
export const MAX_SERIES_WEEKS = 1000

const ratingOrNull = (n: unknown): number | null => (isConnectionRating(n) ? n : null)

/**
 * One point per week from the earliest to the latest week that has a reflection or a note,
 * in order, with missing weeks filled in as gaps. Malformed week keys and out-of-range
 * ratings are ignored; if a week appears twice, later ratings fill in or replace earlier ones.
 */
export function buildChartSeries(reflections: readonly WeeklyRatings[], notes: readonly WeekNote[] = []): ChartPoint[] {
  const byWeek = new Map<WeekKey, { A: number | null; B: number | null; notes: string[] }>()
  const slot = (week: WeekKey) => {
    let s = byWeek.get(week)
    if (!s) byWeek.set(week, (s = { A: null, B: null, notes: [] }))
    return s
  }
  for (const r of reflections) {
    if (!isWeekKey(r.week)) continue
    const s = slot(r.week)
    s.A = ratingOrNull(r.ratings.A) ?? s.A
    s.B = ratingOrNull(r.ratings.B) ?? s.B
  }
  for (const n of notes) {
    if (!isWeekKey(n.week) || n.text.trim() === '') continue
    slot(n.week).notes.push(n.text)
  }
  if (byWeek.size === 0) return []

  const weeks = [...byWeek.keys()].sort(compareWeekKeys)
  const last = weeks[weeks.length - 1] as WeekKey
  let first = weeks[0] as WeekKey
  if (weeksBetween(first, last) >= MAX_SERIES_WEEKS) first = addWeeks(last, -(MAX_SERIES_WEEKS - 1))

  const series: ChartPoint[] = []
  for (let week = first; ; week = addWeeks(week, 1)) {
    const s = byWeek.get(week)
    const A = s?.A ?? null
    const B = s?.B ?? null
    const present = [A, B].filter((x): x is number => x !== null)
    series.push({
      week,
      A,
      B,
      average: present.length ? present.reduce((a, b) => a + b, 0) / present.length : null,
      gap: present.length === 0,
      notes: s?.notes ?? [],
    })
    if (week === last) break
  }
  return series
}

// ---------------------------------------------------------------------------------------------
// Search

export interface SearchItem {
  id: string
  text: string
}

export interface TextRange {
  start: number
  end: number
}

export interface SearchHit {
  id: string
  /** Every match in the original text, sorted, merged where they overlap. */
  matches: TextRange[]
  /** A short excerpt around the first match, with "…" where it was cut. */
  snippet: string
  /** Matches inside `snippet`, offsets relative to the snippet. */
  snippetMatches: TextRange[]
}

export const SNIPPET_BEFORE = 40
export const SNIPPET_LENGTH = 160

const ASCII_ONLY = /^\p{ASCII}*$/u

/** Letters that do not decompose under NFD but that people type without the accent. */
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
}

/**
 * Case- and accent-folded copy of `text`, plus for each folded UTF-16 unit the index of the
 * original character it came from (and a final entry equal to text.length), so matches found
 * in the folded text can be mapped back for highlighting.
 */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = ''
  const map: number[] = []
  let i = 0
  // The map holds, for each folded character, where its original character starts.
  for (const ch of text) {
    const lower = ch.toLowerCase()
    const f = EXTRA_FOLDS[lower] ?? lower.normalize('NFD').replace(/\p{M}/gu, '')
    for (let k = 0; k < f.length; k++) map.push(i)
    folded += f
    i += ch.length
  }
  map.push(text.length)
  return { folded, map }
}

export function foldText(text: string): string {
  return foldWithMap(text).folded
}

/**
 * End (exclusive) in the original text of a match whose last folded character came from the
 * original character at `index`. Takes the whole character (surrogate pairs, "ß" → "ss") and
 * any combining marks after it, so a highlight never splits a letter from its accent.
 */
function originalEnd(text: string, index: number): number {
  let end = index + ((text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1)
  while (end < text.length && /\p{M}/u.test(text[end] ?? '')) end++
  return end
}

function mergeRanges(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end)
  const out: TextRange[] = []
  for (const r of sorted) {
    const prev = out[out.length - 1]
    if (prev && r.start <= prev.end) prev.end = Math.max(prev.end, r.end)
    else out.push({ ...r })
  }
  return out
}

/** Query terms: split on whitespace, folded, de-duplicated. */
export function searchTerms(query: string): string[] {
  return [
    ...new Set(
      query
        .split(/\s+/)
        .map(foldText)
        .filter((t) => t.length > 0),
    ),
  ]
}

function makeSnippet(text: string, matches: TextRange[]): Pick<SearchHit, 'snippet' | 'snippetMatches'> {
  const first = matches[0] ?? { start: 0, end: 0 }
  let start = Math.max(0, first.start - SNIPPET_BEFORE)
  let end = Math.min(text.length, start + SNIPPET_LENGTH)
  // Do not cut words in half: move the edges to the nearest space, if there is one close by.
  if (start > 0) {
    const space = text.lastIndexOf(' ', start)
    if (space !== -1 && start - space < 15) start = space + 1
  }
  if (end < text.length) {
    const space = text.indexOf(' ', end)
    if (space !== -1 && space - end < 15) end = space
  }
  const prefix = start > 0 ? '…' : ''
  const suffix = end < text.length ? '…' : ''
  const snippet = prefix + text.slice(start, end).replace(/[\r\n\t]/g, ' ') + suffix
  const snippetMatches = matches
    .filter((m) => m.end > start && m.start < end)
    .map((m) => ({
      start: Math.max(m.start, start) - start + prefix.length,
      end: Math.min(m.end, end) - start + prefix.length,
    }))
  return { snippet, snippetMatches }
}

/**
 * Finds items whose text contains every term of `query`, ignoring case and accents
 * ("cafe" finds "Café"). Results keep the order of `items`. An empty query finds nothing.
 */
export function searchTexts(items: readonly SearchItem[], query: string): SearchHit[] {
  return searchPrepared(prepareSearch(items), query)
}

/** A text folded for searching (lower case, no accents) with a map back to the original. */
export interface Folded {
  folded: string
  /** Folded index -> original index; null when the text is plain ASCII (the identity). */
  map: number[] | null
}

export interface PreparedText extends Folded {
  id: string
  text: string
}

/**
 * Folds every text once, so that a caller who searches the same texts again and again (the
 * journal, until the next save or lock) pays for folding only once. With `memo`, texts folded
 * before (the same strings, after a save changed something else) are not folded again.
 */
export function prepareSearch(items: readonly SearchItem[], memo?: Map<string, Folded>): PreparedText[] {
  return items.map((item) => {
    let folded = memo?.get(item.text)
    if (!folded) {
      folded = foldForSearch(item.text)
      memo?.set(item.text, folded)
    }
    return { id: item.id, text: item.text, folded: folded.folded, map: folded.map }
  })
}

/** One text folded for searching, as prepareSearch folds it. */
export function foldForSearch(text: string): Folded {
  // Plain ASCII folds to its lowercase, one unit for one (no marks, no extra folds).
  return ASCII_ONLY.test(text) ? { folded: text.toLowerCase(), map: null } : foldWithMap(text)
}

/**
 * `searchTexts` over texts folded beforehand with `prepareSearch`. With `limit`, stops after that
 * many hits: a caller that keeps its texts in the order it shows them pays for snippets only for
 * the hits it shows, not for every text a common word appears in.
 */
export function searchPrepared(items: readonly PreparedText[], query: string, limit = Infinity): SearchHit[] {
  const terms = searchTerms(query)
  if (terms.length === 0) return []
  const hits: SearchHit[] = []
  for (const { id, text, folded, map } of items) {
    if (hits.length >= limit) break
    if (!terms.every((t) => folded.includes(t))) continue
    const ranges: TextRange[] = []
    for (const term of terms) {
      for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
        const last = at + term.length - 1
        ranges.push({ start: map ? (map[at] ?? 0) : at, end: originalEnd(text, map ? (map[last] ?? 0) : last) })
      }
    }
    const matches = mergeRanges(ranges)
    hits.push({ id, matches, ...makeSnippet(text, matches) })
  }
  return hits
}
