import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { NotesHomeCard } from '../../../renderer/src/features/notes/NotesHomeCard'
import { NotesPage } from '../../../renderer/src/features/notes/NotesPage'
import type { Note } from '../../../shared/contract/journal'
import { ok } from '../../../shared/result'
import { installFakeJournal } from '../fake-journal'
import { renderAsSam } from './session'

const note = (over: Partial<Note>): Note => ({ id: 'n', from: 'B', to: 'A', text: 'Thank you', sentAt: '2026-11-24T20:00:00', readAt: null, ...over })

describe('appreciation notes', () => {
  it('the home card says how many notes are waiting and from whom', async () => {
    installFakeJournal({ 'notes:list': () => ok({ notes: [note({ id: '1' }), note({ id: '2' })], unread: 2 }) })
    renderAsSam(<NotesHomeCard />)
    expect(await screen.findByText('You have 2 notes from Robin.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Read the first' })).toBeInTheDocument()
  })

  it('a waiting note stays closed until Sam opens it, which marks it read', async () => {
    const fake = installFakeJournal({
      'notes:list': () => ok({ notes: [note({ id: '1', text: 'For the soup' })], unread: 1 }),
      'notes:resurface': () => ok(null),
      'notes:mark-read': (req) => ok(note({ id: req.id, text: 'For the soup', readAt: '2026-11-25T09:00:00' })),
    })
    const user = userEvent.setup()
    renderAsSam(<NotesPage />)
    expect(await screen.findByRole('heading', { name: 'You have a note from Robin' })).toBeInTheDocument()
    expect(screen.queryByText('For the soup')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Open the note' }))
    const waiting = screen.getByRole('heading', { name: 'From Robin' }).closest('section') as HTMLElement
    expect(await within(waiting).findByText('For the soup')).toBeInTheDocument()
    expect(fake.callsTo('notes:mark-read')).toEqual([{ id: '1' }])
  })

  it('leaving a note sends only its text and shows it on the wall as not opened yet', async () => {
    const fake = installFakeJournal({
      'notes:list': () => ok({ notes: [], unread: 0 }),
      'notes:resurface': () => ok(null),
      'notes:send': (req) => ok(note({ id: 'x', from: 'A', to: 'B', text: req.text })),
    })
    const user = userEvent.setup()
    renderAsSam(<NotesPage />)
    await user.type(await screen.findByLabelText('A note for Robin'), 'Thank you for the tea')
    await user.click(screen.getByRole('button', { name: 'Leave the note' }))
    await waitFor(() => expect(fake.callsTo('notes:send')).toEqual([{ text: 'Thank you for the tea' }]))
    expect(await screen.findByText(/Your note is waiting for Robin/)).toBeInTheDocument()
    expect(screen.getByText(/Not opened yet/)).toBeInTheDocument()
  })

  it('shows a resurfaced note from the wall', async () => {
    installFakeJournal({
      'notes:list': () => ok({ notes: [], unread: 0 }),
      'notes:resurface': () => ok(note({ id: 'old', text: 'From last spring', readAt: 'x' })),
    })
    renderAsSam(<NotesPage />)
    expect(await screen.findByRole('heading', { name: 'From your wall' })).toBeInTheDocument()
    expect(screen.getByText('From last spring')).toBeInTheDocument()
  })
})
