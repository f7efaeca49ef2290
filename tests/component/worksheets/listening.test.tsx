import { act, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ok } from '../../../shared/result'
import { ListeningPage } from '../../../renderer/src/features/listening/ListeningPage'
import { installFakeJournal } from '../fake-journal'
import { renderAsSam } from '../render-as'

afterEach(() => {
  vi.useRealTimers()
})

describe('active listening worksheet', () => {
  it('issue 11, deliver 4: a running turn tells main when it ends, so the idle lock waits; pausing lets go', async () => {
    const fake = installFakeJournal({ 'listening:list': () => ok([]), 'app:listening-turn': () => ok(null) })
    const user = userEvent.setup()
    renderAsSam(<ListeningPage />)
    await user.click(await screen.findByRole('button', { name: 'Begin' }))
    await user.click(screen.getByRole('button', { name: /^Start .+’s turn$/ }))
    const [started] = fake.callsTo('app:listening-turn')
    expect(started?.endsInMs).toBeGreaterThan(60_000)
    await user.click(screen.getByRole('button', { name: 'Pause' }))
    expect(fake.callsTo('app:listening-turn').at(-1)).toEqual({ endsInMs: null })
  })

  it('a short turn runs out, the listener is reminded politely to reflect back, the floor swaps and the session is logged', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] })
    const fake = installFakeJournal({
      'listening:list': () => ok([]),
      'listening:log': (req) => ok({ id: 's1', at: '2026-11-24T20:00:00Z', ...req }),
    })
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) })
    renderAsSam(<ListeningPage />)
    await user.click(await screen.findByLabelText('Robin'))
    await user.click(screen.getByLabelText('Other'))
    const seconds = screen.getByLabelText('Seconds per turn')
    await user.clear(seconds)
    await user.type(seconds, '5')
    await user.click(screen.getByRole('button', { name: 'Begin' }))

    expect(screen.getByRole('heading', { name: 'Robin has the floor' })).toBeInTheDocument()
    expect(screen.getByRole('timer')).toHaveTextContent('0:05')
    await user.click(screen.getByRole('button', { name: 'Start Robin’s turn' }))
    act(() => {
      vi.advanceTimersByTime(6000)
    })
    expect(screen.getByRole('timer')).toHaveTextContent('0:00')
    expect(screen.getByText('Time is up. Sam, before you reply, say back what you heard.')).toHaveAttribute('aria-live', 'polite')

    await user.click(screen.getByRole('button', { name: 'Pass the floor to Sam' }))
    expect(screen.getByRole('heading', { name: 'Sam has the floor' })).toBeInTheDocument()
    await user.click(screen.getByLabelText(/Reflect back what you heard/))
    await user.type(screen.getByLabelText('A shared note (optional)'), 'Slower this time.')
    await user.click(screen.getByRole('button', { name: 'End and save session' }))
    expect(fake.callsTo('listening:log')).toEqual([
      { firstSpeaker: 'B', turnSeconds: 5, turns: 1, checked: ['reflect-back'], note: 'Slower this time.' },
    ])
    expect(await screen.findByText('Your session is saved in your shared log.')).toBeInTheDocument()
  })

  it('a custom length out of range is caught next to the field', async () => {
    installFakeJournal({ 'listening:list': () => ok([]) })
    renderAsSam(<ListeningPage />)
    await userEvent.click(await screen.findByLabelText('Other'))
    const seconds = screen.getByLabelText('Seconds per turn')
    await userEvent.clear(seconds)
    await userEvent.type(seconds, '2')
    await userEvent.click(screen.getByRole('button', { name: 'Begin' }))
    expect(seconds).toHaveAccessibleDescription(/from 5 to 900/)
  })

  it('past sessions show who spoke first and the note', async () => {
    installFakeJournal({
      'listening:list': () => ok([{ id: 's1', at: '2026-11-20T20:00:00Z', firstSpeaker: 'B', turnSeconds: 120, turns: 2, checked: [], note: 'We both felt heard.' }]),
    })
    renderAsSam(<ListeningPage />)
    expect(await screen.findByText(/Robin spoke first, 2 turns of 2:00/)).toBeInTheDocument()
    expect(screen.getByText('We both felt heard.')).toBeInTheDocument()
  })
})
