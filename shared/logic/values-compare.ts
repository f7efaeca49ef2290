// Compares two partners' value ratings (1–5 each) and turns the result into things to talk
// about. The score is a conversation starter, not a verdict, so the copy never calls a gap bad.

import { VALUES, VALUE_RATING_MAX, VALUE_RATING_MIN, findValue } from '../content/values'

/** value id → rating from 1 (matters little) to 5 (matters a lot). */
export type ValueRatings = Readonly<Record<string, number>>

export interface ValueDifference {
  valueId: string
  name: string
  a: number
  b: number
  /** |a − b|, from 0 to 4. */
  diff: number
}

export interface OneSidedValue {
  valueId: string
  name: string
  ratedBy: 'A' | 'B'
  rating: number
}

export interface DiscussionPrompt {
  valueId: string
  text: string
}

export interface ValuesComparison {
  /** Every value both partners rated, in the order of the values list. */
  differences: ValueDifference[]
  /** Both rated 4 or 5 and are at most one point apart. */
  aligned: ValueDifference[]
  /** Values with a gap of 2 or more, biggest first. */
  biggestDifferences: ValueDifference[]
  /** 0–100, or null when no value was rated by both. See alignmentScore. */
  score: number | null
  /** Rated by only one partner: left out of the score, listed so the other can catch up. */
  oneSided: OneSidedValue[]
  /** Questions for the top differences (at most MAX_DISCUSSION_PROMPTS). */
  prompts: DiscussionPrompt[]
}

export const ALIGNED_MIN_RATING = 4
export const ALIGNED_MAX_DIFF = 1
export const NOTABLE_DIFF = 2
export const MAX_DISCUSSION_PROMPTS = 3

const MAX_DIFF = VALUE_RATING_MAX - VALUE_RATING_MIN

function isRating(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= VALUE_RATING_MIN && n <= VALUE_RATING_MAX
}

/** Display name for a value id; unknown ids (from an older build) show as the id itself. */
function nameOf(id: string): string {
  return findValue(id)?.name ?? id
}

/**
 * Alignment score: 100 × (1 − mean|a − b| / 4), rounded to a whole number.
 * Identical ratings give 100; every value at opposite ends (1 vs 5) gives 0.
 * Only values rated by both partners count. Returns null when there are none.
 */
export function alignmentScore(diffs: readonly number[]): number | null {
  if (diffs.length === 0) return null
  const mean = diffs.reduce((sum, d) => sum + d, 0) / diffs.length
  return Math.round(100 * (1 - mean / MAX_DIFF))
}

/**
 * A question for a couple whose ratings of one value differ. Written to invite curiosity
 * about each other's reasons, not to settle who is right.
 */
export function discussionPrompt(d: ValueDifference, names?: { A: string; B: string }): string {
  const who = (p: 'A' | 'B'): string => names?.[p] ?? (p === 'A' ? 'Partner A' : 'Partner B')
  const higher = d.a > d.b ? who('A') : who('B')
  const value = d.name.toLowerCase()
  if (d.diff >= 3)
    return `${d.name} matters a lot more to ${higher}. What does ${value} look like in an ordinary week for each of you, and where did that come from?`
  return `You see ${value} a little differently. What is one small step toward it that would feel right to both of you?`
}

/**
 * Compares two sets of ratings. Ratings outside 1–5 or not whole numbers are ignored as if the
 * value had not been rated. Values are taken in the order of the values list, then any
 * unknown ids in sorted order, so the result is stable.
 */
export function compareValues(a: ValueRatings, b: ValueRatings, names?: { A: string; B: string }): ValuesComparison {
  const known = VALUES.map((v) => v.id)
  const extra = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((id) => !known.includes(id)).sort()
  const differences: ValueDifference[] = []
  const oneSided: OneSidedValue[] = []

  for (const id of [...known, ...extra]) {
    const ra = Object.hasOwn(a, id) ? a[id] : undefined
    const rb = Object.hasOwn(b, id) ? b[id] : undefined
    const okA = isRating(ra)
    const okB = isRating(rb)
    if (okA && okB) differences.push({ valueId: id, name: nameOf(id), a: ra, b: rb, diff: Math.abs(ra - rb) })
    else if (okA) oneSided.push({ valueId: id, name: nameOf(id), ratedBy: 'A', rating: ra })
    else if (okB) oneSided.push({ valueId: id, name: nameOf(id), ratedBy: 'B', rating: rb })
  }

  const aligned = differences.filter(
    (d) => d.diff <= ALIGNED_MAX_DIFF && d.a >= ALIGNED_MIN_RATING && d.b >= ALIGNED_MIN_RATING,
  )
  // Biggest gap first; on a tie, the value that matters more to the couple overall comes first.
  const biggestDifferences = differences
    .filter((d) => d.diff >= NOTABLE_DIFF)
    .sort((x, y) => y.diff - x.diff || y.a + y.b - (x.a + x.b))

  return {
    differences,
    aligned,
    biggestDifferences,
    score: alignmentScore(differences.map((d) => d.diff)),
    oneSided,
    prompts: biggestDifferences
      .slice(0, MAX_DISCUSSION_PROMPTS)
      .map((d) => ({ valueId: d.valueId, text: discussionPrompt(d, names) })),
  }
}
