import { describe, expect, it } from 'vitest'
import {
  MAX_DISCUSSION_PROMPTS,
  alignmentScore,
  compareValues,
  discussionPrompt,
} from '../../../shared/logic/values-compare'

// Story: we each rate how much our values matter, then see where we line up and get a few
// questions about the values where we differ most.

describe('alignmentScore', () => {
  it('is 100 for identical ratings and 0 when every value is at opposite ends', () => {
    expect(alignmentScore([0, 0, 0])).toBe(100)
    expect(alignmentScore([4, 4])).toBe(0)
  })

  it('follows 100 × (1 − mean|diff| / 4), rounded', () => {
    expect(alignmentScore([1, 2])).toBe(63) // mean 1.5 → 62.5 → 63
    expect(alignmentScore([2])).toBe(50)
  })

  it('is null when nothing was rated by both', () => {
    expect(alignmentScore([])).toBeNull()
  })
})

describe('compareValues', () => {
  const a = { honesty: 5, adventure: 1, family: 4, security: 5, growth: 3, faith: 2 }
  const b = { honesty: 5, adventure: 5, family: 5, security: 2, growth: 3, health: 4 }
  const result = compareValues(a, b, { A: 'Sam', B: 'Robin' })

  it('lists per-value differences for values both rated, in values-list order', () => {
    expect(result.differences.map((d) => [d.valueId, d.diff])).toEqual([
      ['honesty', 0],
      ['adventure', 4],
      ['family', 1],
      ['security', 3],
      ['growth', 0],
    ])
  })

  it('counts values as aligned only when both care (≥4) and are at most one apart', () => {
    expect(result.aligned.map((d) => d.valueId)).toEqual(['honesty', 'family'])
  })

  it('sorts the biggest differences first', () => {
    expect(result.biggestDifferences.map((d) => d.valueId)).toEqual(['adventure', 'security'])
  })

  it('scores only shared values', () => {
    // diffs 0,4,1,3,0 → mean 1.6 → 100 × (1 − 0.4) = 60
    expect(result.score).toBe(60)
  })

  it('lists values rated by only one partner and leaves them out of the score', () => {
    expect(result.oneSided).toEqual([
      { valueId: 'faith', name: 'Faith', ratedBy: 'A', rating: 2 },
      { valueId: 'health', name: 'Health', ratedBy: 'B', rating: 4 },
    ])
  })

  it('writes a discussion prompt per top difference using the value name and partner names', () => {
    expect(result.prompts.map((p) => p.valueId)).toEqual(['adventure', 'security'])
    expect(result.prompts[0]?.text).toContain('Adventure matters a lot more to Robin')
    expect(result.prompts[1]?.text).toContain('Security matters a lot more to Sam')
  })

  it('caps the number of prompts and breaks ties by how much the value matters overall', () => {
    const x = { honesty: 5, adventure: 1, family: 1, security: 1, growth: 1 }
    const y = { honesty: 3, adventure: 3, family: 4, security: 3, growth: 3 }
    const r = compareValues(x, y)
    expect(r.biggestDifferences.map((d) => d.valueId)).toEqual(['family', 'honesty', 'adventure', 'security', 'growth'])
    expect(r.prompts).toHaveLength(MAX_DISCUSSION_PROMPTS)
  })

  it('ignores ratings that are out of range or not whole numbers', () => {
    const r = compareValues({ honesty: 7, family: 2.5, growth: 0 }, { honesty: 5, family: 3 })
    expect(r.differences).toEqual([])
    expect(r.score).toBeNull()
    expect(r.oneSided.map((o) => o.valueId)).toEqual(['honesty', 'family'])
  })

  it('keeps ids it does not know, shown by id, after the known values', () => {
    const r = compareValues({ zeal: 5, honesty: 4 }, { zeal: 1, honesty: 4 })
    expect(r.differences.map((d) => d.name)).toEqual(['Honesty', 'zeal'])
    expect(r.score).toBe(50)
  })

  it('does not read inherited properties as ratings', () => {
    const r = compareValues(Object.create({ honesty: 5 }) as Record<string, number>, { honesty: 5 })
    expect(r.oneSided).toEqual([{ valueId: 'honesty', name: 'Honesty', ratedBy: 'B', rating: 5 }])
  })

  it('handles two empty rating sets', () => {
    const r = compareValues({}, {})
    expect(r).toMatchObject({
      differences: [],
      aligned: [],
      biggestDifferences: [],
      score: null,
      oneSided: [],
      prompts: [],
    })
  })
})

describe('discussionPrompt', () => {
  it('uses a gentler question for a two-point gap and a generic name without partner names', () => {
    const text = discussionPrompt({ valueId: 'calm', name: 'Calm', a: 5, b: 3, diff: 2 })
    expect(text).toContain('calm')
    expect(text).not.toMatch(/Partner/)
    expect(discussionPrompt({ valueId: 'fun', name: 'Fun', a: 1, b: 5, diff: 4 })).toContain('Partner B')
  })
})
