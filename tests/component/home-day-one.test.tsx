import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { Home } from '../../renderer/src/app/Home'
import { routes } from '../../renderer/src/app/routes'
import { ConversationHomeCard } from '../../renderer/src/features/conversations/ConversationHomeCard'
import { NotesHomeCard } from '../../renderer/src/features/notes/NotesHomeCard'
import { NotesPage } from '../../renderer/src/features/notes/NotesPage'
import { DECKS, LIGHT_DECKS } from '../../shared/content/decks'
import type { Note } from '../../shared/contract/journal'
import { ok } from '../../shared/result'
import { installFakeJournal } from './fake-journal'
import { renderAsSam } from './render-as'

const note = (over: Partial<Note>): Note => ({
  id: 'n',
  from: 'B',
  to: 'A',
  text: 'Thank you',
  sentAt: '2026-11-24T20:00:00',
  readAt: null,
  ...over,
})

describe('story: Home on day one is light (issue 11 deliver 7)', () => {
  it('the first suggested card comes from a light deck, whatever the day', async () => {
    const heavy = DECKS.filter((d) => !d.light).map((d) => d.title)
    expect(heavy).toContain('Fears about the future')
    for (let day = 1; day <= 31; day++) {
      installFakeJournal()
      renderAsSam(<ConversationHomeCard now={() => new Date(2026, 0, day)} />)
      const line = screen.getByText(/^Draw a card from/).textContent ?? ''
      expect(LIGHT_DECKS.some((d) => line.includes(`“${d.title}”`))).toBe(true)
      for (const title of heavy) expect(line).not.toContain(title)
      cleanup()
    }
    const fake = installFakeJournal({
      'cards:draw': (req) =>
        ok({
          card: { id: 'fun-01', deckId: req.deckId, text: 'A theme song for home?', depth: 1, custom: false },
          lastDiscussedAt: null,
        }),
    })
    renderAsSam(<ConversationHomeCard now={() => new Date(2026, 0, 1)} />)
    await userEvent.click(screen.getByRole('button', { name: 'Draw a card' }))
    expect(await screen.findByText('A theme song for home?')).toBeInTheDocument()
    const asked = fake.callsTo('cards:draw').map((r) => r.deckId)
    expect(asked).toHaveLength(1)
    expect(LIGHT_DECKS.map((d) => d.id)).toContain(asked[0])
  })

  it('Home has no list that repeats the navigation: each page is named once, in the nav', async () => {
    installFakeJournal({ 'notes:list': () => ok({ notes: [], unread: 0 }) })
    renderAsSam(<Home />)
    expect(await screen.findByRole('heading', { name: 'Welcome, Sam' })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Where to next' })).toBeNull()
    const nav = screen.getByRole('navigation', { name: 'Hearth' })
    const main = screen.getByRole('main')
    for (const r of routes) {
      expect(within(nav).getByRole('button', { name: r.label })).toBeInTheDocument()
      expect(within(main).queryByRole('button', { name: r.label })).toBeNull()
    }
    // What a first-day couple needs stays: the cards for now.
    expect(within(main).getByRole('heading', { name: 'For you now' })).toBeInTheDocument()
    expect(within(main).getByRole('heading', { name: 'A question for tonight' })).toBeInTheDocument()
  })

  it('a note opens in one press from Home, oldest first, and the next one waits for its own press', async () => {
    const fake = installFakeJournal({
      'notes:list': () =>
        ok({
          notes: [
            note({ id: 'new', text: 'For the soup', sentAt: '2026-11-25T20:00:00' }),
            note({ id: 'old', text: 'For the walk' }),
          ],
          unread: 2,
        }),
      'notes:mark-read': (req) =>
        ok(
          note({ id: req.id, text: req.id === 'old' ? 'For the walk' : 'For the soup', readAt: '2026-11-26T09:00:00' }),
        ),
    })
    const { went } = renderAsSam(<NotesHomeCard />)
    expect(await screen.findByText('You have 2 notes from Robin.')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Read the first' }))
    const opened = await screen.findByText('For the walk')
    await waitFor(() => expect(opened).toHaveFocus())
    expect(screen.getByRole('heading', { name: 'A note from Robin' })).toBeInTheDocument()
    expect(fake.callsTo('notes:mark-read')).toEqual([{ id: 'old' }])
    expect(screen.queryByText('For the soup')).toBeNull()
    expect(screen.getByText('One more waiting.')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Read the next one' }))
    expect(await screen.findByText('For the soup')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Read the next one' })).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: 'All notes' }))
    expect(went).toEqual(['notes'])
  })

  it('with nothing waiting, the notes card on Home offers to write one', async () => {
    installFakeJournal({ 'notes:list': () => ok({ notes: [note({ id: 'mine', from: 'A', to: 'B' })], unread: 0 }) })
    const { went } = renderAsSam(<NotesHomeCard />)
    expect(await screen.findByText('No new notes. Leave one for Robin?')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Write a note' }))
    expect(went).toEqual(['notes'])
  })

  it('the gratitude wall updates at once when a note is read, without a reload', async () => {
    const fake = installFakeJournal({
      'notes:list': () => ok({ notes: [note({ id: '1', text: 'For the soup' })], unread: 1 }),
      'notes:resurface': () => ok(null),
      'notes:mark-read': (req) => ok(note({ id: req.id, text: 'For the soup', readAt: '2026-11-25T09:00:00' })),
    })
    renderAsSam(<NotesPage />)
    const wall = (await screen.findByRole('heading', { name: 'Your gratitude wall' })).closest('section') as HTMLElement
    expect(within(wall).getByText('Every note either of you leaves will gather here.')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Open the note' }))
    expect(await within(wall).findByText('For the soup')).toBeInTheDocument()
    expect(within(wall).getByText(/Robin to you/)).toBeInTheDocument()
    expect(fake.callsTo('notes:list')).toHaveLength(1)
  })
})
