// The note composer keeps a half-written note as a private draft, so a lock mid-sentence (the idle
// timer, sleep, the Lock button) loses nothing.
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { App } from '../../../renderer/src/app/App'
import { NotesPage } from '../../../renderer/src/features/notes/NotesPage'
import type { Note, NoteDraft } from '../../../shared/contract/journal'
import { ok } from '../../../shared/result'
import { installFakeJournal, makeStatus, unlockedAs, SAM } from '../fake-journal'
import { renderAsSam } from './session'

/** A fake whose draft channels keep one draft, as the service does. */
const withDraftStore = (initial: string | null = null) => {
  let kept: NoteDraft | null = initial === null ? null : { text: initial, updatedAt: '2026-11-25T09:00:00' }
  const fake = installFakeJournal({
    'vault:status': () => ok(unlockedAs(SAM)),
    'vault:lock': () => ok(makeStatus()),
    'notes:list': () => ok({ notes: [], unread: 0 }),
    'notes:resurface': () => ok(null),
    'notes:draft': () => ok(kept),
    'notes:save-draft': (req) => {
      kept = req.text.trim() ? { text: req.text, updatedAt: '2026-11-25T09:01:00' } : null
      return ok(kept)
    },
    'notes:send': (req) => {
      kept = null
      const note: Note = { id: 'x', from: 'A', to: 'B', text: req.text, sentAt: '2026-11-25T09:02:00', readAt: null }
      return ok(note)
    },
  })
  return { fake, kept: () => kept }
}

const composer = () => screen.findByLabelText('A note for Robin')

describe('appreciation note drafts', () => {
  it('typing saves the draft once, after a pause, with the newest words', async () => {
    const { fake } = withDraftStore()
    const user = userEvent.setup()
    renderAsSam(<NotesPage />)
    await user.type(await composer(), 'Thank you for the tea')
    // Still typing: nothing written yet.
    expect(fake.callsTo('notes:save-draft')).toEqual([])
    await waitFor(() => expect(fake.callsTo('notes:save-draft')).toEqual([{ text: 'Thank you for the tea' }]))
    expect(await screen.findByText('Saved')).toBeInTheDocument()
  })

  it('"vault:will-lock" saves the half-written note at once, and it is back in the composer after unlocking', async () => {
    const { fake, kept } = withDraftStore()
    const user = userEvent.setup()
    render(<App />)
    await screen.findByRole('heading', { name: 'Welcome, Sam' })
    const nav = () => within(screen.getByRole('navigation'))
    await user.click(nav().getByRole('button', { name: 'Appreciation notes' }))
    await user.type(await composer(), 'Thank you for waiting up')

    act(() => fake.emit('vault:will-lock', { reason: 'idle', graceMs: 3000 }))
    // No debounce: the save went out in the same tick as the announcement.
    expect(fake.callsTo('notes:save-draft')).toEqual([{ text: 'Thank you for waiting up' }])
    await waitFor(() => expect(kept()?.text).toBe('Thank you for waiting up'))

    act(() => fake.emit('vault:locked', { reason: 'idle', status: makeStatus() }))
    fake.respond('vault:unlock', () => ok(unlockedAs(SAM)))
    await user.click(await screen.findByRole('button', { name: 'Sam' }))
    await user.type(await screen.findByLabelText('Your passphrase'), 'river stone lantern{Enter}')
    await screen.findByRole('heading', { name: 'Welcome, Sam' })
    await user.click(nav().getByRole('button', { name: 'Appreciation notes' }))
    await waitFor(async () => expect(await composer()).toHaveValue('Thank you for waiting up'))
  })

  it('reopening restores the kept draft; leaving the note empties the composer and saves no late draft', async () => {
    const { fake, kept } = withDraftStore('Thank you for the soup')
    const user = userEvent.setup()
    renderAsSam(<NotesPage />)
    await waitFor(async () => expect(await composer()).toHaveValue('Thank you for the soup'))
    await user.type(await composer(), ' on Sunday')
    await user.click(screen.getByRole('button', { name: 'Leave the note' }))
    await waitFor(() => expect(fake.callsTo('notes:send')).toEqual([{ text: 'Thank you for the soup on Sunday' }]))
    expect(await composer()).toHaveValue('')
    // The pending keystrokes were dropped, not saved after the send cleared the draft.
    await new Promise((resolve) => setTimeout(resolve, 700))
    expect(fake.callsTo('notes:save-draft')).toEqual([])
    expect(kept()).toBeNull()
  })
})
