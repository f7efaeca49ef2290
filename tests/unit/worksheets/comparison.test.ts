// The comparison maths as the couple sees it through the service: their own values keep their
// names, the score follows 100 × (1 − mean gap / 4), and prompts name the partners.
import { describe, expect, it } from 'vitest'
import { setupCouple } from './helpers'

describe('comparing a finished round', () => {
  it('scores alignment, lists aligned values and the biggest gaps, and names the couple’s own value', async () => {
    const c = await setupCouple()
    await c.as('A')
    const { values } = await c.handlers['values:add-value']({ name: 'Music', description: '' })
    const ids = values.map((v) => v.id)
    const music = values.find((v) => v.name === 'Music')?.id ?? ''
    // A rates everything 4 except Music 5; B rates everything 4 except Music 1 and Honesty 2.
    for (const id of ids) await c.handlers['values:rate']({ valueId: id, rating: id === music ? 5 : 4 })
    await c.handlers['values:finish']()
    await c.as('B')
    for (const id of ids) await c.handlers['values:rate']({ valueId: id, rating: id === music ? 1 : id === 'honesty' ? 2 : 4 })
    const { latest } = await c.handlers['values:finish']()
    const comparison = latest?.comparison
    const gaps = [4, 2]
    const expected = Math.round(100 * (1 - gaps.reduce((a, b) => a + b, 0) / ids.length / 4))
    expect(comparison?.score).toBe(expected)
    expect(comparison?.biggestDifferences.map((d) => [d.name, d.diff])).toEqual([
      ['Music', 4],
      ['Honesty', 2],
    ])
    expect(comparison?.prompts[0]?.text).toBe(
      'Music matters a lot more to Sam. What does music look like in an ordinary week for each of you, and where did that come from?',
    )
    expect(comparison?.aligned.map((d) => d.valueId)).not.toContain('honesty')
    expect(comparison?.aligned).toHaveLength(ids.length - 2)
  })
})
