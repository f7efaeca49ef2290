import { describe, expect, it } from 'vitest'
import { pickForDay } from '../../../electron/services/journal/notes.service'
import { codeOf, newCouple } from './helpers'

describe('appreciation notes', () => {
  it('are delivered to the other partner on their next unlock, counted once, and stop counting when read', async () => {
    const c = await newCouple()
    await c.as('B')
    const one = await c.journal.notes.send('  Thank you for the tea this morning.  ')
    c.clock.advanceDays(0.1)
    await c.journal.notes.send('I loved our walk.')
    expect(one).toMatchObject({ from: 'B', to: 'A', text: 'Thank you for the tea this morning.', readAt: null })
    // The writer sees them on the wall but has nothing waiting.
    expect(c.journal.notes.list()).toMatchObject({ unread: 0 })

    await c.as('A')
    const inbox = c.journal.notes.list()
    expect(inbox.unread).toBe(2)
    expect(inbox.notes.map((n) => n.text)).toEqual(['I loved our walk.', 'Thank you for the tea this morning.'])
    const read = await c.journal.notes.markRead(one.id)
    expect(read.readAt).not.toBeNull()
    const again = await c.journal.notes.markRead(one.id)
    expect(again.readAt).toBe(read.readAt)
    expect(c.journal.notes.list().unread).toBe(1)
    await c.as('A')
    expect(c.journal.notes.list().unread).toBe(1)
  })

  it('threat: only the recipient can mark a note read (the writer cannot fake it being seen)', async () => {
    const c = await newCouple()
    await c.as('A')
    const note = await c.journal.notes.send('For you')
    expect(await codeOf(() => c.journal.notes.markRead(note.id))).toBe('forbidden')
    expect(await codeOf(() => c.journal.notes.markRead('nope'))).toBe('not-found')
    await c.as('B')
    expect(c.journal.notes.list().unread).toBe(1)
  })

  it('a private entry id is not a note: mark-read cannot touch other kinds of records', async () => {
    const c = await newCouple()
    await c.as('A')
    const entry = await c.journal.privateEntries.save({ text: 'mine' })
    expect(await codeOf(() => c.journal.notes.markRead(entry.id))).toBe('not-found')
  })

  it('resurfaces one older note, the same all day and chosen by the day', async () => {
    const c = await newCouple('2026-10-01T10:00:00')
    await c.as('A')
    for (const text of ['one', 'two', 'three', 'four']) {
      await c.journal.notes.send(text)
      c.clock.advanceDays(1)
    }
    await c.journal.notes.send('too recent to resurface')
    expect(c.journal.notes.resurface()).toBeNull()

    c.clock.set('2026-11-25T08:00:00')
    await c.journal.notes.send('this week')
    const morning = c.journal.notes.resurface()
    c.clock.set('2026-11-25T22:00:00')
    const evening = c.journal.notes.resurface()
    expect(morning).not.toBeNull()
    expect(evening?.id).toBe(morning?.id)
    expect(['one', 'two', 'three', 'four', 'too recent to resurface']).toContain(morning?.text)

    const picks = new Set<string>()
    for (let day = 1; day <= 30; day++) {
      c.clock.set(`2026-12-${String(day).padStart(2, '0')}T12:00:00`)
      picks.add(c.journal.notes.resurface()?.text ?? '')
    }
    expect(picks.size).toBeGreaterThan(1)
  })

  it('the daily pick is stable for a given day and list, whatever order the list comes in', () => {
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }]
    const day = new Date('2026-11-25T12:00:00')
    expect(pickForDay(items, day)).toEqual(pickForDay([...items].reverse(), day))
    expect(pickForDay([], day)).toBeNull()
  })
})
