// Stories and threats for the guided rituals, through the composition root with a real vault:
// the weekly check-in as one shared sitting, love-map answers sealed until both are done, repair
// pages private until shared, and a year in review that never reads anything private.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CHANNEL_NAMES } from '../../../shared/contract'
import { loveMapRound } from '../../../shared/content/love-maps'
import { setupGuided, type GuidedCouple } from './helpers'

let c: GuidedCouple
beforeEach(async () => {
  c = await setupGuided()
})
afterEach(async () => {
  await c.close()
})

const WEEK = '2026-W48'

describe('story: the weekly check-in is one shared sitting, saved for the week and resumable', () => {
  it('Sam starts it, stops halfway; Rio’s session picks it up where they left off and finishes it', async () => {
    await c.as('A')
    await c.call('checkin:save', { week: WEEK, patch: { appreciations: { A: ['Thank you for the soup', ''], B: ['You fixed my bike'] }, step: 'went-well' } })
    await c.as('B')
    const resumed = await c.call('checkin:get', {})
    expect(resumed.week).toBe(WEEK)
    expect(resumed.record?.step).toBe('went-well')
    expect(resumed.record?.appreciations.A).toEqual(['Thank you for the soup', ''])
    await c.call('checkin:save', {
      week: WEEK,
      patch: { wentWell: { A: 'Our Sunday walk', B: 'Cooking together' }, issue: { topic: 'Screens at dinner', raisedBy: 'B', turns: 2, understood: { A: 'You feel alone when I scroll', B: 'You need to wind down' }, step: 'Phones in the hall at dinner' } },
    })
    const done = await c.call('checkin:finish', { week: WEEK })
    expect(done.record?.finishedAt).not.toBeNull()
    expect(done.record?.appreciations.A).toEqual(['Thank you for the soup'])
    expect(done.record?.startedBy).toBe('A')
    expect(done.record?.updatedBy).toBe('B')
    const list = await c.call('checkin:list', {})
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject({ week: WEEK, appreciations: 2, topic: 'Screens at dinner', agreedStep: 'Phones in the hall at dinner' })
  })

  it('a finished check-in is kept as it was, and another week cannot be written', async () => {
    await c.as('A')
    await c.call('checkin:save', { week: WEEK, patch: { appreciations: { A: ['Thanks'] } } })
    await c.call('checkin:finish', { week: WEEK })
    expect((await c.raw('checkin:save', { week: WEEK, patch: { wentWell: { A: 'x' } } })).error?.code).toBe('conflict')
    expect((await c.raw('checkin:save', { week: '2026-W47', patch: { wentWell: { A: 'x' } } })).error?.code).toBe('bad-request')
    expect((await c.raw('checkin:save', { week: WEEK, patch: { extra: 1 } })).error?.code).toBe('bad-request')
  })

  it('cannot be finished with no appreciation named', async () => {
    await c.as('A')
    await c.call('checkin:save', { week: WEEK, patch: { wentWell: { A: 'ok' } } })
    const r = await c.raw('checkin:finish', { week: WEEK })
    expect(r.error?.message).toMatch(/at least one appreciation/)
  })
})

/** Every argument-free or simply-argued read channel, to prove nothing carries a sealed word. */
const readEverything = async (c: GuidedCouple): Promise<string> => {
  const reads: [string, unknown][] = [
    ['lovemaps:get', {}],
    ['lovemaps:get', { round: 1 }],
    ['repair:get', {}],
    ['checkin:get', {}],
    ['checkin:list', {}],
    ['year:review', { year: 2026 }],
    ['history:overview', {}],
    ['search:query', { q: 'kumquat' }],
    ['search:query', { q: 'lighthouse' }],
    ['notes:list', {}],
    ['reflection:list', {}],
    ['reflection:get', {}],
    ['private:list', {}],
    ['cards:history', {}],
    ['rituals:list', {}],
    ['decks:browse', { deck: 'ours' }],
  ]
  expect(reads.every(([name]) => (CHANNEL_NAMES as string[]).includes(name))).toBe(true)
  const out: unknown[] = []
  for (const [name, req] of reads) out.push(await c.raw(name, req))
  return JSON.stringify(out)
}

describe('threat: a love-map answer is read by the other partner before the reveal', () => {
  const [q1, q2] = loveMapRound(1)

  it('Rio cannot read Sam’s answers or guesses through any channel until both have sealed both', async () => {
    await c.as('A')
    await c.call('lovemaps:save', { round: 1, part: 'answers', questionId: q1!.id, text: 'Kumquat jam on toast' })
    await c.call('lovemaps:seal', { round: 1, part: 'answers' })
    await c.call('lovemaps:save', { round: 1, part: 'guesses', questionId: q1!.id, text: 'Lighthouse porridge' })
    await c.call('lovemaps:seal', { round: 1, part: 'guesses' })

    await c.as('B')
    const seen = await readEverything(c)
    expect(seen).not.toContain('Kumquat')
    expect(seen).not.toContain('Lighthouse')
    const view = await c.call('lovemaps:get', {})
    expect(view.partner).toEqual({ partner: 'A', answersDone: true, guessesDone: true })
    expect(view.revealed).toBeNull()

    await c.call('lovemaps:save', { round: 1, part: 'answers', questionId: q1!.id, text: 'Porridge with honey' })
    await c.call('lovemaps:seal', { round: 1, part: 'answers' })
    // Rio's answers sealed but guesses not: still nothing of Sam's.
    expect(JSON.stringify(await c.call('lovemaps:get', {}))).not.toContain('Kumquat')
    await c.call('lovemaps:save', { round: 1, part: 'guesses', questionId: q1!.id, text: 'Jam on toast' })
    const revealed = await c.call('lovemaps:seal', { round: 1, part: 'guesses' })
    expect(revealed.revealed?.A.answers[q1!.id]).toBe('Kumquat jam on toast')
    expect(revealed.revealed?.B.guesses[q1!.id]).toBe('Jam on toast')

    // And from Sam's session too, with no score until someone marks guesses as close.
    await c.as('A')
    const fromSam = await c.call('lovemaps:get', {})
    expect(fromSam.revealed?.B.answers[q1!.id]).toBe('Porridge with honey')
    const marked = await c.call('lovemaps:mark', { round: 1, questionId: q1!.id, close: true })
    expect(marked.mine.close).toEqual([q1!.id])
  })

  it('sealed answers stay as they are, guesses wait for one’s own answers, and round 2 waits for round 1', async () => {
    await c.as('A')
    expect((await c.raw('lovemaps:save', { round: 1, part: 'guesses', questionId: q1!.id, text: 'x' })).error?.code).toBe('conflict')
    await c.call('lovemaps:save', { round: 1, part: 'answers', questionId: q2!.id, text: 'Mine' })
    await c.call('lovemaps:seal', { round: 1, part: 'answers' })
    expect((await c.raw('lovemaps:save', { round: 1, part: 'answers', questionId: q2!.id, text: 'Changed' })).error?.code).toBe('conflict')
    expect((await c.raw('lovemaps:save', { round: 2, part: 'answers', questionId: loveMapRound(2)[0]!.id, text: 'Early' })).error?.code).toBe('conflict')
    expect((await c.raw('lovemaps:save', { round: 1, part: 'answers', questionId: 'not-a-question', text: 'x' })).error?.code).toBe('bad-request')
    expect((await c.call('lovemaps:get', { round: 2 })).round).toBe(1)
  })
})

describe('threat: a repair page is read by the other partner before it is shared', () => {
  it('Rio cannot read Sam’s unshared page through any channel nor by opening the vault’s records', async () => {
    await c.as('A')
    await c.call('repair:save-draft', { fields: { felt: 'Kumquat-sized hurt', 'my-part': 'I snapped' } })
    await c.as('B')
    expect(await readEverything(c)).not.toContain('Kumquat')
    // Sealed with Sam's private key: Rio's session cannot even list it.
    expect(c.services.vault.store('journal').list('repair.draft')).toEqual([])
    expect((await c.call('repair:get', {})).draft).toBeNull()

    await c.as('A')
    const shared = await c.call('repair:share', {})
    expect(shared.draft).toBeNull()
    expect(shared.pairs[0]?.sides.A?.fields.felt).toBe('Kumquat-sized hurt')
    await c.as('B')
    await c.call('repair:save-draft', { fields: { felt: 'Tired and unheard' } })
    const both = await c.call('repair:share', {})
    expect(both.pairs).toHaveLength(1)
    expect(both.pairs[0]?.sides.A?.fields['my-part']).toBe('I snapped')
    expect(both.pairs[0]?.sides.B?.fields.felt).toBe('Tired and unheard')
  })

  it('an empty page cannot be shared', async () => {
    await c.as('A')
    expect((await c.raw('repair:share', {})).error?.code).toBe('bad-request')
  })
})

describe('threat: the year in review shows something private', () => {
  it('counts and quotes only shared things: never private entries, drafts or sealed words', async () => {
    await c.as('A')
    await c.call('private:save', { title: 'Kumquat secret', text: 'Lighthouse thoughts only I may read' })
    await c.call('notes:save-draft', { text: 'Kumquat draft note' })
    await c.call('reflection:save-draft', { week: WEEK, answers: { hard: 'Lighthouse sealed words', rating: 9 }, sealed: true })
    await c.call('repair:save-draft', { fields: { felt: 'Kumquat repair' } })
    await c.call('notes:send', { text: 'Thank you for the tea' })
    await c.call('checkin:save', { week: WEEK, patch: { appreciations: { A: ['Soup'] }, issue: { step: 'Walk on Sundays' } } })
    await c.call('checkin:finish', { week: WEEK })
    await c.call('rituals:log', { date: '2026-11-25', what: 'Morning coffee', ritualId: null, feeling: 'lovely', note: '' })

    for (const partner of ['A', 'B'] as const) {
      await c.as(partner)
      const review = await c.call('year:review', { year: 2026 })
      const text = JSON.stringify(review)
      expect(text).not.toContain('Kumquat')
      expect(text).not.toContain('Lighthouse')
      expect(review.appreciations.count).toBe(1)
      expect(review.appreciations.few[0]?.text).toBe('Thank you for the tea')
      expect(review.checkins).toEqual({ held: 1, steps: ['Walk on Sundays'] })
      expect(review.rituals).toEqual({ kept: 1, favourite: 'Morning coffee' })
      // Sam's own sealed rating is his to see; Rio's view of the week hides it.
      const week = review.weeks.find((w) => w.week === WEEK)
      expect(week?.ratings.A).toBe(partner === 'A' ? 9 : null)
    }
  })
})
