import { describe, expect, it } from 'vitest'
import { codeOf, newCouple } from './helpers'

const WEEK = '2026-W48'

describe('the weekly reflection together', () => {
  it('saves a draft as it is typed and reads it back after locking and unlocking (round trip)', async () => {
    const c = await newCouple()
    await c.as('A')
    await c.journal.reflection.saveDraft(WEEK, { connected: 'Cooking on Tuesday with the radio on' })
    const saved = await c.journal.reflection.saveDraft(WEEK, { hard: 'Work was heavy, and I kept it to myself ', rating: 7 })
    expect(saved.mine).toMatchObject({ state: 'writing', submittedAt: null })
    expect(saved.mine.answers).toEqual({ connected: 'Cooking on Tuesday with the radio on', hard: 'Work was heavy, and I kept it to myself ', rating: 7 })

    await c.as('A')
    const again = c.journal.reflection.get(WEEK)
    expect(again.mine.answers).toEqual(saved.mine.answers)
    // Clearing: an empty text or a null rating removes the answer.
    const cleared = await c.journal.reflection.saveDraft(WEEK, { hard: '', rating: null })
    expect(cleared.mine.answers).toEqual({ connected: 'Cooking on Tuesday with the radio on' })
  })

  it('without a week, opens this week (by the service clock)', async () => {
    const c = await newCouple()
    await c.as('B')
    expect(c.journal.reflection.get()).toMatchObject({ week: WEEK, isCurrent: true, sealed: true, mine: { partner: 'B', state: 'empty' } })
  })

  it('an open week shows both columns side by side to both partners', async () => {
    const c = await newCouple()
    await c.as('A')
    await c.journal.reflection.setSealed(WEEK, false)
    await c.journal.reflection.saveDraft(WEEK, { connected: 'Our walk' })
    await c.as('B')
    await c.journal.reflection.saveDraft(WEEK, { connected: 'The film on Friday' })
    const view = c.journal.reflection.get(WEEK)
    expect(view.sealed).toBe(false)
    expect(view.mine.answers).toEqual({ connected: 'The film on Friday' })
    expect(view.theirs).toMatchObject({ partner: 'A', hidden: false, answers: { connected: 'Our walk' } })
  })

  it('threat: a sealed week never returns the other partner’s answers until both have submitted', async () => {
    const c = await newCouple()
    await c.as('A')
    await c.journal.reflection.saveDraft(WEEK, { connected: 'SECRET-A', rating: 8 }, true)
    await c.journal.reflection.submit(WEEK)

    await c.as('B')
    const beforeB = c.journal.reflection.get(WEEK)
    expect(beforeB.sealed).toBe(true)
    expect(beforeB.theirs).toMatchObject({ partner: 'A', hidden: true, answers: null, state: 'submitted' })
    expect(JSON.stringify(beforeB)).not.toContain('SECRET-A')
    // Not through the save response, the list, the history chart or search either.
    const draft = await c.journal.reflection.saveDraft(WEEK, { connected: 'SECRET-B', rating: 5 })
    expect(JSON.stringify(draft)).not.toContain('SECRET-A')
    expect(JSON.stringify(c.journal.reflection.list())).not.toContain('SECRET-A')
    const history = c.journal.history.overview()
    expect(history.weeks.at(-1)?.ratings).toEqual({ A: null, B: 5 })
    expect(c.journal.search.query('SECRET-A')).toEqual([])

    // A, meanwhile, cannot see B's draft either.
    await c.as('A')
    expect(c.journal.reflection.get(WEEK).theirs).toMatchObject({ hidden: true, answers: null, state: 'writing' })

    await c.as('B')
    const revealed = await c.journal.reflection.submit(WEEK)
    expect(revealed).toMatchObject({ sealed: true, revealed: true })
    expect(revealed.theirs).toMatchObject({ hidden: false, answers: { connected: 'SECRET-A', rating: 8 } })
    await c.as('A')
    expect(c.journal.reflection.get(WEEK).theirs.answers).toEqual({ connected: 'SECRET-B', rating: 5 })
  })

  it('a sealed week stays sealed: the other partner cannot unseal it to read drafts', async () => {
    const c = await newCouple()
    await c.as('A')
    await c.journal.reflection.saveDraft(WEEK, { need: 'SECRET-A' }, true)
    await c.as('B')
    const view = await c.journal.reflection.saveDraft(WEEK, { need: 'mine' }, false)
    expect(view.sealed).toBe(true)
    expect(view.theirs.answers).toBeNull()
  })

  it('in a sealed week, finished answers stay exactly as they were handed in', async () => {
    const c = await newCouple()
    await c.as('A')
    await c.journal.reflection.saveDraft(WEEK, { need: 'time' }, true)
    await c.journal.reflection.submit(WEEK)
    expect(await codeOf(() => c.journal.reflection.saveDraft(WEEK, { need: 'changed' }))).toBe('conflict')
    expect(c.journal.reflection.get(WEEK).mine.answers).toEqual({ need: 'time' })
  })

  it('in an open week, answers can still be changed after finishing', async () => {
    const c = await newCouple()
    await c.as('A')
    await c.journal.reflection.setSealed(WEEK, false)
    await c.journal.reflection.saveDraft(WEEK, { need: 'time' })
    await c.journal.reflection.submit(WEEK)
    const view = await c.journal.reflection.saveDraft(WEEK, { need: 'time outside' })
    expect(view.mine).toMatchObject({ state: 'submitted', answers: { need: 'time outside' } })
  })

  it('threat: a partner cannot edit the other partner’s answers; the author is always the unlocked partner', async () => {
    const c = await newCouple()
    await c.as('A')
    await c.journal.reflection.setSealed(WEEK, false)
    await c.journal.reflection.saveDraft(WEEK, { appreciated: 'You made soup' })
    await c.as('B')
    // Everything B sends lands in B's own column, whatever it contains.
    await c.journal.reflection.saveDraft(WEEK, { appreciated: 'Overwritten by B?' })
    await c.journal.reflection.submit(WEEK)
    await c.as('A')
    const view = c.journal.reflection.get(WEEK)
    expect(view.mine).toMatchObject({ partner: 'A', state: 'writing', answers: { appreciated: 'You made soup' } })
    expect(view.theirs).toMatchObject({ partner: 'B', state: 'submitted', answers: { appreciated: 'Overwritten by B?' } })
    expect(c.journal.reflection.all().map((r) => r.body.author).sort()).toEqual(['A', 'B'])
  })

  it('lists past weeks newest first with each partner’s progress, and this week always', async () => {
    const c = await newCouple('2026-11-11T09:00:00')
    await c.as('A')
    await c.journal.reflection.saveDraft('2026-W46', { together: 'Market' })
    await c.journal.reflection.submit('2026-W46')
    c.clock.set('2026-11-25T09:00:00')
    const list = c.journal.reflection.list()
    expect(list.map((w) => w.week)).toEqual(['2026-W48', '2026-W46'])
    expect(list[1]).toMatchObject({ states: { A: 'submitted', B: 'empty' }, isCurrent: false })
    expect(c.journal.reflection.get('2026-W46').mine.answers).toEqual({ together: 'Market' })
  })

  it('refuses future weeks, empty submissions and answers while locked', async () => {
    const c = await newCouple()
    await c.as('A')
    expect(await codeOf(() => c.journal.reflection.saveDraft('2026-W50', { need: 'x' }))).toBe('bad-request')
    expect(await codeOf(() => c.journal.reflection.submit(WEEK))).toBe('bad-request')
    expect(await codeOf(() => c.journal.reflection.get('2025-W53'))).toBe('bad-request')
    c.vault.lock('user')
    expect(await codeOf(() => c.journal.reflection.get(WEEK))).toBe('locked')
    expect(await codeOf(() => c.journal.reflection.saveDraft(WEEK, { need: 'x' }))).toBe('locked')
  })

  it('overlapping saves (a debounced draft and the flush before lock) both land, in order', async () => {
    const c = await newCouple()
    await c.as('A')
    await Promise.all([
      c.journal.reflection.saveDraft(WEEK, { connected: 'first' }),
      c.journal.reflection.saveDraft(WEEK, { hard: 'second' }),
      c.journal.reflection.saveDraft(WEEK, { connected: 'third' }),
    ])
    expect(c.journal.reflection.get(WEEK).mine.answers).toEqual({ connected: 'third', hard: 'second' })
    expect(c.journal.reflection.all()).toHaveLength(1)
  })
})
