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

  it('after an edit, the entry is found by its new words and no longer by the old ones; the other entries keep their hits (issue 15: candidates built per record)', async () => {
    const c = await newCouple()
    await c.as('A')
    const kept = await c.journal.privateEntries.save({ title: 'Harbour', text: 'Gulls over the harbour wall' })
    const edited = await c.journal.privateEntries.save({ title: 'Meadow', text: 'Poppies in the meadow by the river' })
    await c.journal.notes.send('Thank you for the soup on a cold night')
    expect(c.journal.search.query('poppies').map((h) => h.id)).toEqual([edited.id])
    const saved = await c.journal.privateEntries.save({ id: edited.id, title: 'Orchard', text: 'Apples in the orchard after rain', expectedRev: edited.rev })
    expect(c.journal.search.query('apples').map((h) => h.id)).toEqual([edited.id])
    expect(c.journal.search.query('poppies')).toEqual([])
    expect(c.journal.search.query('meadow')).toEqual([])
    expect(c.journal.search.query('orchard').map((h) => h.title)).toEqual(['Orchard'])
    expect(c.journal.search.query('harbour').map((h) => h.id)).toEqual([kept.id])
    expect(c.journal.search.query('soup').map((h) => h.kind)).toEqual(['note'])
    // A second edit of the same entry, then one of another: each time only the new words count.
    await c.journal.privateEntries.save({ id: edited.id, text: 'Pears, in the end', expectedRev: saved.rev })
    expect(c.journal.search.query('apples')).toEqual([])
    expect(c.journal.search.query('pears').map((h) => h.id)).toEqual([edited.id])
  })

  it('threat: Rio’s private entries never enter Sam’s search candidates, before or after Sam’s edits and Rio’s own', async () => {
    const c = await newCouple()
    await c.as('B')
    const rios = await c.journal.privateEntries.save({ title: 'Quince', text: 'The quince tree I never told anyone about, shared word lantern' })
    await c.as('A')
    const sams = await c.journal.privateEntries.save({ text: 'My own lantern by the window' })
    expect(c.journal.search.query('lantern').map((h) => h.id)).toEqual([sams.id])
    expect(c.journal.search.query('quince')).toEqual([])
    // Sam edits: the incremental rebuild still sees only Sam's records.
    const again = await c.journal.privateEntries.save({ id: sams.id, text: 'My own lantern, moved to the shelf', expectedRev: sams.rev })
    expect(c.journal.search.query('lantern').map((h) => h.id)).toEqual([sams.id])
    expect(c.journal.search.query('quince')).toEqual([])
    // Rio edits their entry in their own session; back with Sam, still nothing of Rio's.
    await c.as('B')
    expect(c.journal.search.query('quince').map((h) => h.id)).toEqual([rios.id])
    await c.journal.privateEntries.save({ id: rios.id, text: 'The quince tree and a lantern, still private', expectedRev: rios.rev })
    await c.as('A')
    expect(c.journal.search.query('quince')).toEqual([])
    expect(c.journal.search.query('lantern').map((h) => h.id)).toEqual([again.id])
  })

  it('after many edits, hits and their order are exactly those of a search built from nothing (same-time saves included) (issue 15)', async () => {
    const c = await newCouple()
    await c.as('A')
    // The clock stands still for the first saves: equal dates, so the order of ties counts too.
    const entries = []
    for (let i = 0; i < 6; i++) entries.push(await c.journal.privateEntries.save({ title: `Walk ${i}`, text: `A walk by the canal, number ${i}` }))
    await c.journal.notes.send('A canal walk together, thank you')
    expect(c.journal.search.query('canal')).toHaveLength(7)
    c.clock.advanceDays(1)
    let third = entries[2]!
    third = await c.journal.privateEntries.save({ id: third.id, text: 'The canal again, now in the rain', expectedRev: third.rev })
    expect(c.journal.search.query('canal')[0]!.id).toBe(third.id)
    await c.journal.privateEntries.remove(entries[4]!.id)
    await c.journal.privateEntries.save({ id: entries[0]!.id, text: 'No water in this one', expectedRev: entries[0]!.rev })
    const incremental = c.journal.search.query('canal')
    const walks = c.journal.search.query('walk')
    // Locking drops every prepared part: the next query builds everything from the records.
    await c.as('A')
    expect(c.journal.search.query('canal')).toEqual(incremental)
    expect(c.journal.search.query('walk')).toEqual(walks)
    expect(incremental.map((h) => h.id)).not.toContain(entries[4]!.id)
    expect(incremental.map((h) => h.id)).not.toContain(entries[0]!.id)
  })
})
