import { describe, expect, it } from 'vitest'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { codeOf, newCouple } from './helpers'

describe('each partner’s private journal', () => {
  it('saves as you type, keeps title and prompt, and lists entries newest first', async () => {
    const c = await newCouple()
    await c.as('A')
    const first = await c.journal.privateEntries.save({ text: 'Where I went as a child', prompt: 'childhood-safe-place' })
    const edited = await c.journal.privateEntries.save({ id: first.id, title: ' The den ', text: 'Where I went as a child: the den', expectedRev: first.rev })
    expect(edited).toMatchObject({ id: first.id, title: 'The den', promptId: 'childhood-safe-place', rev: 2 })
    c.clock.advanceDays(1)
    const second = await c.journal.privateEntries.save({ text: 'Another day' })
    expect(c.journal.privateEntries.list().map((e) => e.id)).toEqual([second.id, first.id])
    await c.as('A')
    expect(c.journal.privateEntries.get(first.id).text).toBe('Where I went as a child: the den')
  })

  it('threat: partner B cannot read A’s private entries by list, get, search or history', async () => {
    const c = await newCouple()
    await c.as('A')
    const entry = await c.journal.privateEntries.save({ title: 'PRIVATE-TITLE', text: 'What I am afraid of: PRIVATE-WORDS' })
    await c.as('B')
    expect(c.journal.privateEntries.list()).toEqual([])
    expect(await codeOf(() => c.journal.privateEntries.get(entry.id))).toBe('not-found')
    expect(c.journal.search.query('PRIVATE-WORDS')).toEqual([])
    expect(c.journal.search.query('PRIVATE-TITLE')).toEqual([])
    expect(JSON.stringify(c.journal.history.overview())).not.toContain('PRIVATE')
    // And the words are not on disk in the clear.
    for (const name of await readdir(c.dir, { recursive: true })) {
      const bytes = await readFile(join(c.dir, name)).catch(() => Buffer.alloc(0))
      expect(bytes.toString('latin1')).not.toContain('PRIVATE-WORDS')
    }
  })

  it('threat: partner B cannot overwrite or delete A’s entry, and learns nothing from trying', async () => {
    const c = await newCouple()
    await c.as('A')
    const entry = await c.journal.privateEntries.save({ text: 'mine alone' })
    await c.as('B')
    expect(await codeOf(() => c.journal.privateEntries.save({ id: entry.id, text: 'overwritten' }))).toBe('not-found')
    expect(await codeOf(() => c.journal.privateEntries.remove(entry.id))).toBe('not-found')
    // Same answer as an id that never existed: no way to probe for entries.
    expect(await codeOf(() => c.journal.privateEntries.get('no-such-id'))).toBe('not-found')
    await c.as('A')
    expect(c.journal.privateEntries.get(entry.id)).toMatchObject({ text: 'mine alone', rev: 1 })
  })

  it('deletes an entry for good, refuses unknown prompts, and spots a stale save', async () => {
    const c = await newCouple()
    await c.as('B')
    const entry = await c.journal.privateEntries.save({ text: 'draft' })
    await c.journal.privateEntries.save({ id: entry.id, text: 'draft 2' })
    expect(await codeOf(() => c.journal.privateEntries.save({ id: entry.id, text: 'old tab', expectedRev: 1 }))).toBe('conflict')
    expect(await codeOf(() => c.journal.privateEntries.save({ text: 'x', prompt: 'made-up' }))).toBe('bad-request')
    await c.journal.privateEntries.remove(entry.id)
    expect(c.journal.privateEntries.list()).toEqual([])
    expect(await codeOf(() => c.journal.privateEntries.get(entry.id))).toBe('not-found')
  })

  it('is visible only while its writer is unlocked', async () => {
    const c = await newCouple()
    await c.as('A')
    await c.journal.privateEntries.save({ text: 'just for me' })
    c.vault.lock('user')
    expect(await codeOf(() => c.journal.privateEntries.list())).toBe('locked')
  })
})
