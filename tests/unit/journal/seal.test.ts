// Issue 11, bug 1 ("the seal leaks"): sealing is one act that takes effect in the service before
// any word is saved, and whatever is written under the seal never reaches the other partner
// through any channel until both have finished.
import { afterEach, describe, expect, it } from 'vitest'
import { rm } from 'node:fs/promises'
import { codeOf, newCouple, type Couple } from './helpers'

const WEEK = '2026-W48'
const LAST_WEEK = '2026-W47'
let couple: Couple | undefined
afterEach(async () => {
  if (couple) await rm(couple.dir, { recursive: true, force: true })
  couple = undefined
})
const start = async () => (couple = await newCouple())

/** Everything partner B can ask for, as one string, to look for A's words in. */
const everythingBSees = (c: Couple, week = WEEK) =>
  JSON.stringify([
    c.journal.reflection.get(week),
    c.journal.reflection.list(),
    c.journal.history.overview(),
    c.journal.search.query('SECRET'),
    c.journal.search.query('lantern'),
    c.journal.notes.list(),
  ])

describe('sealing is one act, visible at all times (issue 11, bug 1)', () => {
  it('bug 1: Ama ticks seal in an open week, types without a second button, locks; Jo unlocks and cannot read a word', async () => {
    const c = await start()
    // The couple chose an open week last time, so this week starts open.
    await c.as('A')
    await c.journal.reflection.setSealed(LAST_WEEK, false)
    await c.journal.reflection.saveDraft(LAST_WEEK, { together: 'open words' })
    expect(c.journal.reflection.get(WEEK).sealed).toBe(false)

    const ticked = await c.journal.reflection.setSealed(WEEK, true)
    expect(ticked.sealed).toBe(true)
    // Typing afterwards: ordinary drafts, no `sealed` flag in them.
    await c.journal.reflection.saveDraft(WEEK, { connected: 'SECRET lantern walk' })
    await c.journal.reflection.saveDraft(WEEK, { rating: 9 })

    await c.as('B')
    const jo = c.journal.reflection.get(WEEK)
    expect(jo.sealed).toBe(true)
    expect(jo.theirs).toMatchObject({ hidden: true, answers: null, state: 'writing' })
    expect(everythingBSees(c)).not.toContain('SECRET')
    expect(everythingBSees(c)).not.toContain('lantern')
    expect(c.journal.history.overview().weeks.at(-1)?.ratings.A).toBeNull()
    // Jo's own save cannot open it either.
    const save = await c.journal.reflection.saveDraft(WEEK, { need: 'rest' }, false)
    expect(JSON.stringify(save)).not.toContain('SECRET')
  })

  it('a new couple’s first week starts sealed: the first word is already saved under the seal', async () => {
    const c = await start()
    await c.as('A')
    expect(c.journal.reflection.get(WEEK)).toMatchObject({ sealed: true, canOpen: true })
    await c.journal.reflection.saveDraft(WEEK, { hard: 'SECRET first words' })
    await c.as('B')
    expect(c.journal.reflection.get(WEEK)).toMatchObject({ sealed: true, theirs: { hidden: true, answers: null } })
    expect(everythingBSees(c)).not.toContain('SECRET')
  })

  it('a new week starts in the state the couple last chose', async () => {
    const c = await start()
    c.clock.set('2026-11-18T12:00:00')
    await c.as('A')
    await c.journal.reflection.setSealed(LAST_WEEK, false)
    c.clock.set('2026-11-25T12:00:00')
    expect(c.journal.reflection.get(WEEK).sealed).toBe(false)
    expect(c.journal.reflection.list().find((w) => w.week === WEEK)?.sealed).toBe(false)
    // Sealing last week again (the newest choice) makes the new week sealed.
    await c.journal.reflection.setSealed(LAST_WEEK, true)
    expect(c.journal.reflection.get(WEEK).sealed).toBe(true)
  })

  it('opening a sealed week shows only the opener’s own words: refused once the other partner wrote under the seal', async () => {
    const c = await start()
    await c.as('B')
    await c.journal.reflection.saveDraft(WEEK, { need: 'SECRET from Jo' })
    await c.as('A')
    expect(c.journal.reflection.get(WEEK)).toMatchObject({ sealed: true, canOpen: false })
    expect(await codeOf(() => c.journal.reflection.setSealed(WEEK, false))).toBe('conflict')
    expect(everythingBSees(c)).not.toContain('SECRET')
  })

  it('Ama may open a week only she has written in; then Jo sees what she writes', async () => {
    const c = await start()
    await c.as('A')
    await c.journal.reflection.saveDraft(WEEK, { need: 'a quiet evening' })
    const opened = await c.journal.reflection.setSealed(WEEK, false)
    expect(opened.sealed).toBe(false)
    await c.as('B')
    expect(c.journal.reflection.get(WEEK).theirs).toMatchObject({ hidden: false, answers: { need: 'a quiet evening' } })
  })

  it('words Jo writes after Ama seals an open week are sealed too, so Ama cannot open the week to read them', async () => {
    const c = await start()
    await c.as('A')
    await c.journal.reflection.setSealed(WEEK, false)
    await c.as('B')
    await c.journal.reflection.saveDraft(WEEK, { connected: 'before the seal' })
    await c.as('A')
    await c.journal.reflection.setSealed(WEEK, true)
    await c.as('B')
    await c.journal.reflection.saveDraft(WEEK, { hard: 'SECRET after the seal' })
    await c.as('A')
    expect(await codeOf(() => c.journal.reflection.setSealed(WEEK, false))).toBe('conflict')
    expect(JSON.stringify(c.journal.reflection.get(WEEK))).not.toContain('SECRET')
  })
})
