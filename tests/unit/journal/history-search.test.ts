import { describe, expect, it } from 'vitest'
import { newCouple } from './helpers'

describe('history and patterns', () => {
  it('gives consecutive weeks with both ratings and appreciations per week', async () => {
    const c = await newCouple('2026-11-04T10:00:00') // 2026-W45
    await c.as('A')
    // An open week (new weeks then follow that choice): sealed ratings are hidden, tested elsewhere.
    await c.journal.reflection.setSealed('2026-W45', false)
    await c.journal.reflection.saveDraft('2026-W45', { rating: 6 })
    await c.journal.notes.send('Thanks for Monday')
    await c.as('B')
    await c.journal.reflection.saveDraft('2026-W45', { rating: 8 })
    c.clock.set('2026-11-18T10:00:00') // 2026-W47: nothing in W46
    await c.journal.notes.send('You were kind to my sister')
    await c.journal.notes.send('And the flowers')
    await c.journal.reflection.saveDraft('2026-W47', { rating: 9 })
    c.clock.set('2026-11-25T10:00:00') // 2026-W48

    const { weeks } = c.journal.history.overview()
    expect(weeks.map((w) => [w.week, w.ratings, w.appreciations, w.reflected])).toEqual([
      ['2026-W45', { A: 6, B: 8 }, 1, true],
      ['2026-W46', { A: null, B: null }, 0, false],
      ['2026-W47', { A: null, B: 9 }, 2, true],
      ['2026-W48', { A: null, B: null }, 0, false],
    ])
    expect(weeks.at(-1)?.isCurrent).toBe(true)
  })

  it('with nothing written yet, history is just this week', async () => {
    const c = await newCouple()
    await c.as('A')
    expect(c.journal.history.overview()).toMatchObject({ weeks: [{ week: '2026-W48', appreciations: 0 }], thisWeekLastYear: null })
  })

  it('this week last year brings back that week’s reflection, notes and only your own private entries', async () => {
    const c = await newCouple('2025-11-26T10:00:00') // 2025-W48
    await c.as('A')
    await c.journal.reflection.setSealed('2025-W48', false)
    await c.journal.reflection.saveDraft('2025-W48', { together: 'Lisbon' })
    await c.journal.notes.send('Last year’s note')
    await c.journal.privateEntries.save({ text: 'A private memory' })
    await c.as('B')
    await c.journal.privateEntries.save({ text: 'B private memory' })
    c.clock.set('2026-11-25T10:00:00')
    const { thisWeekLastYear } = c.journal.history.overview()
    expect(thisWeekLastYear?.week.week).toBe('2025-W48')
    expect(thisWeekLastYear?.reflection?.theirs.answers).toEqual({ together: 'Lisbon' })
    expect(thisWeekLastYear?.notes.map((n) => n.text)).toEqual(['Last year’s note'])
    expect(thisWeekLastYear?.privateEntries.map((e) => e.excerpt)).toEqual(['B private memory'])
  })
})

describe('search across everything the active partner may read', () => {
  it('finds reflections, own entries and notes, case- and accent-insensitively, newest first', async () => {
    const c = await newCouple()
    await c.as('A')
    await c.journal.reflection.saveDraft('2026-W48', { connected: 'The Café by the river' })
    c.clock.advanceDays(0.1)
    await c.journal.privateEntries.save({ title: 'Cafe thoughts', text: 'I still think about that cafe.' })
    c.clock.advanceDays(0.1)
    await c.journal.notes.send('Thank you for the café date')
    const hits = c.journal.search.query('CAFE')
    expect(hits.map((h) => h.kind)).toEqual(['note', 'private', 'reflection'])
    expect(hits[2]).toMatchObject({ id: '2026-W48', week: '2026-W48', title: 'A moment I felt connected to you (Sam), Week 48 · 23–29 November 2026' })
    const note = hits[0]
    const first = note?.matches[0]
    expect(first && note.snippet.slice(first.start, first.end)).toBe('café')
    // Every word must appear, in any order.
    expect(c.journal.search.query('river café').map((h) => h.kind)).toEqual(['reflection'])
    expect(c.journal.search.query('café moon')).toEqual([])
  })

  it('threat: finds only what the active partner may read', async () => {
    const c = await newCouple()
    await c.as('A')
    await c.journal.privateEntries.save({ text: 'lighthouse in my private journal' })
    await c.journal.reflection.saveDraft('2026-W48', { hard: 'lighthouse in a sealed draft' }, true)
    await c.journal.notes.send('lighthouse on the wall')
    await c.as('B')
    expect(c.journal.search.query('lighthouse').map((h) => h.snippet)).toEqual(['lighthouse on the wall'])
    await c.as('A')
    expect(c.journal.search.query('lighthouse')).toHaveLength(3)
  })
})
