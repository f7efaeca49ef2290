// The guided rituals' screens with a fake journal: the pattern hint inside the "I" statement
// help, the check-in resuming where it stopped and finishing, a repair page shared only after a
// confirmation, and love maps showing no score until asked.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { loveMapRound } from '../../../shared/content/love-maps'
import type { CheckinRecord, CheckinView, LoveMapSide, LoveMapView, RepairView } from '../../../shared/contract/rituals-guided'
import { ok } from '../../../shared/result'
import { CheckinPage } from '../../../renderer/src/features/guided/CheckinPage'
import { LoveMapsPage } from '../../../renderer/src/features/guided/LoveMapsPage'
import { RepairPage } from '../../../renderer/src/features/guided/RepairPage'
import { WritingArea } from '../../../renderer/src/features/reflection/WritingArea'
import { installFakeJournal } from '../fake-journal'
import { renderAsSam } from '../render-as'

function Writing({ initial }: { initial: string }) {
  const [text, setText] = useState(initial)
  return <WritingArea label="A note for Robin" value={text} onChange={setText} coach />
}

describe('the "I" statement help knows the four patterns', () => {
  it('offers a break to calm down for stonewalling, politely, and can be waved away', async () => {
    const user = userEvent.setup()
    render(<Writing initial="Leave me alone." />)
    const lead = await screen.findByText(/might come across as stonewalling/, {}, { timeout: 2000 })
    expect(lead.closest('[role="status"]')).toHaveAttribute('aria-live', 'polite')
    expect(screen.getByText(/Can we take a break for twenty minutes/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Keep mine' }))
    expect(screen.queryByText(/might come across as stonewalling/)).toBeNull()
  })

  it('gives a criticism sentence one nudge, the "I" statement rewording, not two', async () => {
    render(<Writing initial="You never listen to me." />)
    await screen.findByText(/might land as blame/, {}, { timeout: 2000 })
    expect(screen.queryByText(/might come across as criticism/)).toBeNull()
  })
})

const WEEK = { week: '2026-W48', label: 'Week 48 · 23–29 November 2026', startsOn: '2026-11-23', endsOn: '2026-11-29', isCurrent: true }
const record = (over: Partial<CheckinRecord> = {}): CheckinRecord => ({
  step: 'went-well',
  appreciations: { A: ['Thanks for the soup'], B: [] },
  wentWell: { A: 'Our walk', B: '' },
  issue: { skipped: false, topic: '', raisedBy: null, turns: 0, understood: { A: '', B: '' }, step: '' },
  startedAt: '2026-11-26T19:00:00Z',
  startedBy: 'B',
  updatedAt: '2026-11-26T19:10:00Z',
  updatedBy: 'B',
  finishedAt: null,
  ...over,
})

describe('the weekly check-in screen', () => {
  it('story: opens at the step where the couple stopped, saves as they type, and finishes', async () => {
    const user = userEvent.setup()
    const view = (r: CheckinRecord): CheckinView => ({ ...WEEK, record: r })
    const fake = installFakeJournal({
      'checkin:get': () => ok(view(record())),
      'checkin:save': () => ok(view(record())),
      'checkin:finish': () => ok(view(record({ step: 'done', finishedAt: '2026-11-26T20:00:00Z', issue: { ...record().issue, skipped: true } }))),
    })
    renderAsSam(<CheckinPage />)
    expect(await screen.findByRole('heading', { name: 'What went well', level: 2 })).toBeInTheDocument()
    expect(screen.getByLabelText('What went well for Sam')).toHaveValue('Our walk')
    await user.type(screen.getByLabelText('What went well for Robin'), 'Pancakes')
    await user.click(screen.getByRole('button', { name: 'Next: one thing to talk through' }))
    await user.click(screen.getByLabelText('Not this week'))
    await user.click(screen.getByRole('button', { name: 'Finish this week’s check-in' }))
    expect(await screen.findByRole('heading', { name: /^Your check-in for Week 48/ })).toBeInTheDocument()
    const last = fake.callsTo('checkin:save').at(-1)
    expect(last).toMatchObject({ week: '2026-W48', patch: { step: 'issue', wentWell: { A: 'Our walk', B: 'Pancakes' }, issue: { skipped: true } } })
    expect(fake.callsTo('checkin:finish')).toEqual([{ week: '2026-W48' }])
  })
})

describe('the repair screen', () => {
  it('story: my page is saved as a private draft and shared only after I confirm', async () => {
    const user = userEvent.setup()
    const empty: RepairView = { draft: null, pairs: [] }
    const fake = installFakeJournal({
      'repair:get': () => ok(empty),
      'repair:save-draft': (req) => ok({ draft: { fields: req.fields, updatedAt: '2026-11-26T19:00:00Z' }, pairs: [] }),
      'repair:share': () => ok({ draft: null, pairs: [{ id: 'p1', startedAt: '2026-11-26T19:05:00Z', sides: { A: { partner: 'A', fields: { felt: 'Sad' }, sharedAt: '2026-11-26T19:05:00Z' }, B: null } }] }),
    })
    renderAsSam(<RepairPage />)
    await user.type(await screen.findByLabelText('What I felt'), 'Sad')
    await user.click(screen.getByRole('button', { name: 'Share my page with Robin' }))
    expect(fake.callsTo('repair:share')).toHaveLength(0)
    await user.click(await screen.findByRole('button', { name: 'Share it' }))
    expect(fake.callsTo('repair:save-draft').at(-1)).toEqual({ fields: { felt: 'Sad' } })
    expect(fake.callsTo('repair:share')).toHaveLength(1)
    const shared = await screen.findByRole('region', { name: 'Shared pages' })
    expect(within(shared).getByText('Robin has not shared a page yet.')).toBeInTheDocument()
  })
})

describe('the love maps screen', () => {
  it('shows both sides once revealed, with no score until someone asks', async () => {
    const user = userEvent.setup()
    const ids = loveMapRound(1).map((q) => q.id)
    const side = (partner: 'A' | 'B', answer: string): LoveMapSide => ({ partner, answers: { [ids[0]!]: answer }, guesses: { [ids[0]!]: `guess by ${partner}` }, answersDoneAt: 'x', guessesDoneAt: 'x', close: partner === 'A' ? [ids[0]!] : [] })
    const view: LoveMapView = { round: 1, questionIds: ids, mine: side('A', 'Porridge'), partner: { partner: 'B', answersDone: true, guessesDone: true }, revealed: { A: side('A', 'Porridge'), B: side('B', 'Pancakes') }, pastRounds: 0 }
    installFakeJournal({ 'lovemaps:get': () => ok(view) })
    renderAsSam(<LoveMapsPage />)
    const reveal = await screen.findByRole('region', { name: 'Round 1, side by side' })
    expect(within(reveal).getByText('Porridge')).toBeInTheDocument()
    expect(within(reveal).getByText('Pancakes')).toBeInTheDocument()
    expect(within(reveal).queryByText(/marked close/)).toBeNull()
    await user.click(within(reveal).getByRole('button', { name: 'Show a score' }))
    expect(within(reveal).getByText(/Robin’s guesses about Sam: 1 of 5 marked close/)).toBeInTheDocument()
  })
})
