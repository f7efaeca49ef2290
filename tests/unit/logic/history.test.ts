import { describe, expect, it } from 'vitest'
import {
  MAX_SERIES_WEEKS,
  SNIPPET_LENGTH,
  buildChartSeries,
  foldText,
  foldWithMap,
  searchTerms,
  searchTexts,
} from '../../../shared/logic/history'

// Story: in the patterns view we see how connected each of us felt week by week, with breaks
// for weeks we skipped, and we can search what we wrote without any index touching the disk.

describe('buildChartSeries', () => {
  it('sorts by week and marks skipped weeks as gaps, across a year with week 53', () => {
    const series = buildChartSeries([
      { week: '2027-W02', ratings: { A: 6, B: 8 } },
      { week: '2026-W52', ratings: { A: 7 } },
      { week: '2026-W53', ratings: {} },
    ])
    expect(series.map((p) => p.week)).toEqual(['2026-W52', '2026-W53', '2027-W01', '2027-W02'])
    expect(series.map((p) => p.gap)).toEqual([false, true, true, false])
    expect(series[0]).toEqual({ week: '2026-W52', A: 7, B: null, average: 7, gap: false, notes: [] })
    expect(series[3]).toMatchObject({ A: 6, B: 8, average: 7 })
    expect(series[1]).toMatchObject({ A: null, B: null, average: null })
  })

  it('attaches notes to their week and extends the range to include noted weeks', () => {
    const series = buildChartSeries(
      [{ week: '2026-W10', ratings: { A: 5, B: 5 } }],
      [
        { week: '2026-W12', text: 'Moved flat' },
        { week: '2026-W10', text: 'Long weekend away' },
        { week: '2026-W10', text: '   ' },
      ],
    )
    expect(series.map((p) => [p.week, p.notes])).toEqual([
      ['2026-W10', ['Long weekend away']],
      ['2026-W11', []],
      ['2026-W12', ['Moved flat']],
    ])
    expect(series[2]?.gap).toBe(true)
  })

  it('ignores malformed weeks and ratings outside 1–10', () => {
    const series = buildChartSeries([
      { week: 'not-a-week', ratings: { A: 5 } },
      { week: '2025-W53', ratings: { A: 5 } },
      { week: '2026-W01', ratings: { A: 0, B: 11 } },
      { week: '2026-W02', ratings: { A: 7.5, B: 4 } },
    ])
    expect(series.map((p) => [p.week, p.A, p.B])).toEqual([
      ['2026-W01', null, null],
      ['2026-W02', null, 4],
    ])
  })

  it('merges a week that appears twice, later ratings filling in or replacing earlier ones', () => {
    const series = buildChartSeries([
      { week: '2026-W05', ratings: { A: 3 } },
      { week: '2026-W05', ratings: { B: 9 } },
      { week: '2026-W05', ratings: { A: 4 } },
    ])
    expect(series).toHaveLength(1)
    expect(series[0]).toMatchObject({ A: 4, B: 9, average: 6.5 })
  })

  it('returns nothing for no data, and one point for one week', () => {
    expect(buildChartSeries([])).toEqual([])
    expect(buildChartSeries([{ week: '2026-W48', ratings: { B: 10 } }])).toHaveLength(1)
  })

  it('keeps at most MAX_SERIES_WEEKS weeks, the most recent ones', () => {
    const series = buildChartSeries([
      { week: '1990-W01', ratings: { A: 1 } },
      { week: '2026-W48', ratings: { A: 9 } },
    ])
    expect(series).toHaveLength(MAX_SERIES_WEEKS)
    expect(series[series.length - 1]?.week).toBe('2026-W48')
  })

  it('does not change its input', () => {
    const input = Object.freeze([Object.freeze({ week: '2026-W02', ratings: Object.freeze({ A: 2 }) })])
    expect(() => buildChartSeries(input)).not.toThrow()
  })
})

describe('folding', () => {
  it('ignores case and accents, including letters that do not decompose', () => {
    expect(foldText('Café CRÈME Straße Øresund')).toBe('cafe creme strasse oresund')
  })

  it('maps folded characters back to where they came from', () => {
    const { folded, map } = foldWithMap('Aß😀é')
    expect(folded).toBe('ass😀e')
    // One entry per UTF-16 unit of the folded text: both halves of the emoji point at index 2.
    expect(map).toEqual([0, 1, 1, 2, 2, 4, 5])
  })

  it('splits a query into distinct folded terms', () => {
    expect(searchTerms('  Sunday  WALK sunday ')).toEqual(['sunday', 'walk'])
    expect(searchTerms('   ')).toEqual([])
  })
})

describe('searchTexts', () => {
  const items = [
    { id: 'w1', text: 'We went to the café after the Sunday walk. It was lovely.' },
    { id: 'w2', text: 'Sunday was hard. I missed our walk.' },
    { id: 'w3', text: 'Nothing about the weekend here.' },
    { id: 'w4', text: 'Cafe\u0301 au lait in the rain' },
  ]

  it('needs every term to match, in any order, and keeps the input order', () => {
    expect(searchTexts(items, 'walk sunday').map((h) => h.id)).toEqual(['w1', 'w2'])
    expect(searchTexts(items, 'walk lovely').map((h) => h.id)).toEqual(['w1'])
    expect(searchTexts(items, 'walk picnic')).toEqual([])
  })

  it('finds accented text without the accent and the other way round', () => {
    expect(searchTexts(items, 'CAFE').map((h) => h.id)).toEqual(['w1', 'w4'])
    expect(searchTexts([{ id: 'x', text: 'a cafe' }], 'café').map((h) => h.id)).toEqual(['x'])
  })

  it('returns match ranges in the original text, including combining accents', () => {
    const [hit] = searchTexts(items, 'sunday')
    const at = items[0]!.text.indexOf('Sunday')
    expect(hit?.matches).toEqual([{ start: at, end: at + 6 }])
    const [decomposed] = searchTexts([items[3]!], 'cafe')
    expect(items[3]?.text.slice(decomposed?.matches[0]?.start, decomposed?.matches[0]?.end)).toBe('Cafe\u0301')
  })

  it('merges overlapping matches from different terms', () => {
    const [hit] = searchTexts([{ id: 'x', text: 'sunshine' }], 'sun sunshine shine')
    expect(hit?.matches).toEqual([{ start: 0, end: 8 }])
  })

  it('builds a snippet around the first match with ranges that point at the match', () => {
    const long = `${'Before the trip we packed for ages. '.repeat(5)}Then the ferry came at last and we laughed. ${'After that, rain. '.repeat(10)}`
    const [hit] = searchTexts([{ id: 'x', text: long }], 'ferry')
    expect(hit?.snippet.startsWith('…')).toBe(true)
    expect(hit?.snippet.endsWith('…')).toBe(true)
    expect(hit?.snippet.length).toBeLessThanOrEqual(SNIPPET_LENGTH + 2 + 15)
    const r = hit?.snippetMatches[0]
    expect(hit?.snippet.slice(r?.start, r?.end)).toBe('ferry')
  })

  it('shows short texts whole, with line breaks flattened', () => {
    const [hit] = searchTexts([{ id: 'x', text: 'Line one\nline two' }], 'two')
    expect(hit?.snippet).toBe('Line one line two')
    expect(hit?.snippetMatches).toEqual([{ start: 14, end: 17 }])
  })

  it('finds nothing for an empty query', () => {
    expect(searchTexts(items, '')).toEqual([])
    expect(searchTexts(items, '   ')).toEqual([])
  })
})
