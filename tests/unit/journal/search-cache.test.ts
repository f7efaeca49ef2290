// Search keeps the texts it may read folded in memory between queries; these stories prove the
// cache never serves stale or foreign words.
import { describe, expect, it } from 'vitest'
import { newCouple } from './helpers'

describe('search between saves, partners and locks', () => {
  it('finds a private entry saved after an earlier search, and forgets one that was deleted', async () => {
    const c = await newCouple()
    await c.as('A')
    expect(c.journal.search.query('lighthouse')).toEqual([])
    const entry = await c.journal.privateEntries.save({ text: 'The lighthouse walk I keep thinking about' })
    expect(c.journal.search.query('lighthouse').map((h) => h.id)).toEqual([entry.id])
    await c.journal.privateEntries.remove(entry.id)
    expect(c.journal.search.query('lighthouse')).toEqual([])
  })

  it('a search after a newer save still points each hit at its own entry', async () => {
    const c = await newCouple()
    await c.as('A')
    const older = await c.journal.privateEntries.save({ text: 'Notes on the alpine trip' })
    expect(c.journal.search.query('alpine').map((h) => h.id)).toEqual([older.id])
    c.clock.advanceDays(1)
    const newer = await c.journal.privateEntries.save({ text: 'A quiet beach day' })
    expect(c.journal.search.query('alpine').map((h) => h.id)).toEqual([older.id])
    expect(c.journal.search.query('beach').map((h) => h.id)).toEqual([newer.id])
  })

  it('threat: after Sam searched, Rio unlocking does not get Sam’s private words from the cache', async () => {
    const c = await newCouple()
    await c.as('A')
    await c.journal.privateEntries.save({ text: 'A secret about the orchard' })
    expect(c.journal.search.query('orchard')).toHaveLength(1)
    await c.as('B')
    expect(c.journal.search.query('orchard')).toEqual([])
  })
})
