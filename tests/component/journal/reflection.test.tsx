import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { runBeforeLock } from '../../../renderer/src/app/lock-events'
import { ReflectionPage } from '../../../renderer/src/features/reflection/ReflectionPage'
import { openAt } from '../../../renderer/src/features/reflection/open-later'
import { ok } from '../../../shared/result'
import { installFakeJournal } from '../fake-journal'
import { renderAsSam, week } from './session'

const setup = (initial = week()) => {
  let view = initial
  const fake = installFakeJournal({
    'reflection:get': () => ok(view),
    'reflection:list': () => ok([{ ...view, states: { A: view.mine.state, B: view.theirs.state } }]),
    'reflection:save-draft': (req) => ok({ ...view, sealed: view.sealed || req.sealed === true, mine: { ...view.mine, answers: { ...req.answers } as never } }),
    'reflection:set-sealed': (req) => {
      view = { ...view, sealed: req.sealed, canOpen: req.sealed }
      return ok(view)
    },
  })
  const user = userEvent.setup()
  renderAsSam(<ReflectionPage />)
  return { fake, user }
}

describe('the weekly reflection screen', () => {
  it('shows both columns side by side: Sam writes, Robin’s answers are there to read', async () => {
    setup(week({}, { connected: 'Our walk' }, { connected: 'The film on Friday', rating: 8 }))
    const row = (await screen.findByRole('region', { name: 'A moment I felt connected to you' }))
    expect(within(row).getByLabelText(/Your answer/)).toHaveValue('Our walk')
    expect(within(row).getByText('The film on Friday')).toBeInTheDocument()
    expect(screen.getByText('8 out of 10')).toBeInTheDocument()
  })

  it('issue 11, deliver 9: each answer is named "Your answer: <prompt>", with no stray space before the colon', async () => {
    setup()
    expect(await screen.findByRole('textbox', { name: 'Your answer: A moment I felt connected to you' })).toBeInTheDocument()
  })

  it('saves a draft as Sam types, about half a second after the last key, with only Sam’s answers', async () => {
    const { fake, user } = setup()
    await user.type(await screen.findByLabelText(/Your answer: A moment I felt connected/), 'Cooking together')
    expect(fake.callsTo('reflection:save-draft')).toHaveLength(0)
    await waitFor(() => expect(fake.callsTo('reflection:save-draft')).toHaveLength(1))
    expect(fake.callsTo('reflection:save-draft')[0]).toMatchObject({ week: '2026-W48', answers: { connected: 'Cooking together', rating: null } })
    expect(fake.callsTo('reflection:save-draft')[0]).not.toHaveProperty('author')
    expect(await screen.findByText('Saved')).toBeInTheDocument()
  })

  it('nothing is lost when Hearth locks mid-sentence: the draft is flushed before the lock', async () => {
    const { fake, user } = setup()
    await user.type(await screen.findByLabelText(/Your answer: Something that was hard/), 'Work was heav')
    expect(fake.callsTo('reflection:save-draft')).toHaveLength(0)
    await act(() => runBeforeLock())
    expect(fake.callsTo('reflection:save-draft')).toHaveLength(1)
    expect(fake.callsTo('reflection:save-draft')[0]).toMatchObject({ answers: { hard: 'Work was heav' } })
  })

  it('a sealed week hides Robin’s column and says why', async () => {
    setup(week({ sealed: true, theirs: { partner: 'B', state: 'submitted', answers: null, hidden: true, updatedAt: null, submittedAt: 'x' } }))
    expect(await screen.findByText(/Sealed: Robin cannot see your words until you have both finished/)).toBeInTheDocument()
    // Robin wrote under the seal: Sam cannot open it.
    expect(screen.getByRole('checkbox', { name: 'Seal our answers until we have both finished' })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Seal our answers until we have both finished' })).toBeDisabled()
    expect(screen.getAllByText('Sealed until you have both finished.')).toHaveLength(6)
    expect(screen.getByText('Robin has finished.')).toBeInTheDocument()
  })

  it('an open week says so at all times: "Open: Robin sees what you write"', async () => {
    setup()
    expect(await screen.findByText(/Open: Robin sees what you write/)).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Seal our answers until we have both finished' })).not.toBeChecked()
  })

  it('bug 1: ticking seal seals the week in the service at once, before any word typed afterwards is saved', async () => {
    const { fake, user } = setup()
    await user.click(await screen.findByRole('checkbox', { name: 'Seal our answers until we have both finished' }))
    // No second button: the tick itself went to the service.
    expect(screen.queryByRole('button', { name: 'Seal this week' })).toBeNull()
    await waitFor(() => expect(fake.callsTo('reflection:set-sealed')).toEqual([{ week: '2026-W48', sealed: true }]))
    expect(await screen.findByText(/Sealed: Robin cannot see your words/)).toBeInTheDocument()
    await user.type(screen.getByLabelText(/Your answer: A moment I felt connected/), 'Our walk')
    await act(() => runBeforeLock())
    // The words say they were typed under the seal, too.
    expect(fake.callsTo('reflection:save-draft').at(-1)).toMatchObject({ sealed: true, answers: { connected: 'Our walk' } })
  })

  it('bug 1: words typed before the tick and still waiting are saved only after the seal', async () => {
    const { fake, user } = setup()
    await user.type(await screen.findByLabelText(/Your answer: A moment I felt connected/), 'Quick words')
    await user.click(screen.getByRole('checkbox', { name: 'Seal our answers until we have both finished' }))
    await waitFor(() => expect(fake.callsTo('reflection:save-draft')).toHaveLength(1))
    const order = fake.calls.map((c) => c.channel).filter((c) => c.startsWith('reflection:s'))
    expect(order).toEqual(['reflection:set-sealed', 'reflection:save-draft'])
    expect(screen.getByLabelText(/Your answer: A moment I felt connected/)).toHaveValue('Quick words')
  })

  it('shows the service’s words when finishing fails', async () => {
    const { fake, user } = setup()
    fake.respond('reflection:submit', () => ({ ok: false, error: { code: 'bad-request', message: 'Write at least one answer before you finish the week.' } }))
    await user.click(await screen.findByRole('button', { name: 'I have finished this week' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Write at least one answer before you finish the week.')
  })

  it('opens at the week another screen asked for (history → that week)', async () => {
    let went = ''
    openAt((id) => (went = id), 'reflection', '2026-W40')
    expect(went).toBe('reflection')
    const { fake } = setup()
    await screen.findByRole('heading', { level: 1 })
    await waitFor(() => expect(fake.callsTo('reflection:get')).toEqual([{ week: '2026-W40' }]))
  })
})
