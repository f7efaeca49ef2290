import { describe, expect, it } from 'vitest'
import { KIND } from '../../../electron/services/journal/records'
import { newCouple } from './helpers'

describe('appreciation note drafts', () => {
  it('a half-written note round-trips through a lock and back, and is replaced as the writer types on', async () => {
    const c = await newCouple()
    await c.as('A')
    expect(c.journal.notes.draft()).toBeNull()
    await c.journal.notes.saveDraft('Thank you for')
    const saved = await c.journal.notes.saveDraft('Thank you for the tea, ')
    expect(saved).toMatchObject({ text: 'Thank you for the tea, ' })

    await c.as('A')
    expect(c.journal.notes.draft()).toMatchObject({ text: 'Thank you for the tea, ' })
    // One draft per writer, not one per save.
    expect(c.vault.store('journal').list(KIND.noteDraft)).toHaveLength(1)
  })

  it('threat: the recipient cannot read the sender’s draft, through the service or the store', async () => {
    const c = await newCouple()
    await c.as('A')
    await c.journal.notes.saveDraft('Secret surprise for your birthday')
    const id = c.vault.store('journal').list(KIND.noteDraft)[0]?.id ?? ''
    expect(id).not.toBe('')

    await c.as('B')
    expect(c.journal.notes.draft()).toBeNull()
    expect(c.vault.store('journal').list(KIND.noteDraft)).toEqual([])
    expect(c.vault.store('journal').get(id)).toBeUndefined()
    expect(c.journal.notes.list().notes).toEqual([])
    expect(c.journal.search.query('birthday')).toEqual([])
    // Rio's own draft does not touch Sam's.
    await c.journal.notes.saveDraft('Mine')
    await c.as('A')
    expect(c.journal.notes.draft()).toMatchObject({ text: 'Secret surprise for your birthday' })
  })

  it('sending a note clears the writer’s draft; clearing the text deletes it too', async () => {
    const c = await newCouple()
    await c.as('A')
    await c.journal.notes.saveDraft('Thank you for the tea')
    await c.journal.notes.send('Thank you for the tea')
    expect(c.journal.notes.draft()).toBeNull()
    expect(c.vault.store('journal').list(KIND.noteDraft)).toEqual([])

    await c.journal.notes.saveDraft('Another')
    expect(await c.journal.notes.saveDraft('   ')).toBeNull()
    await c.as('A')
    expect(c.journal.notes.draft()).toBeNull()
  })
})
