import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { DrawnCard } from '../../../shared/contract/worksheets'
import type { BrowsedCard } from '../../../shared/contract/rituals-guided'
import { fail, ok } from '../../../shared/result'
import { ConversationsPage } from '../../../renderer/src/features/conversations/ConversationsPage'
import { ConversationHomeCard } from '../../../renderer/src/features/conversations/ConversationHomeCard'
import { installFakeJournal } from '../fake-journal'
import { renderAsSam } from '../render-as'

const card = (id: string, text: string): DrawnCard => ({ card: { id, deckId: 'dreams', text, depth: 1, custom: false }, lastDiscussedAt: null })

const browsed = (id: string, text: string, favourite = false): BrowsedCard => ({ card: { id, deckId: 'fun', text, depth: 1, custom: false }, favourite, lastDiscussedAt: null })

describe('conversation cards worksheet', () => {
  it('story: Draw another keeps the card for later, Skip sets it aside, and a card is marked talked about with a note', async () => {
    const fake = installFakeJournal({
      'cards:history': () => ok({ discussed: [], custom: [] }),
      'decks:browse': () => ok([]),
      'decks:draw': (req) => {
        const n = new Set([...req.seen, ...req.skipped]).size + 1
        return ok({ card: browsed(`fun-0${n}`, `Question ${n}?`), startedOver: false })
      },
      'cards:mark-discussed': (req) => ok({ id: 'd1', cardId: req.cardId, deckId: 'fun', text: 'Question 3?', note: req.note, by: 'A', at: '2026-11-24T20:00:00Z' }),
    })
    renderAsSam(<ConversationsPage />)
    await userEvent.selectOptions(await screen.findByLabelText('Deck'), 'fun')
    await userEvent.click(screen.getByRole('button', { name: 'Draw a card' }))
    expect(await screen.findByText('Question 1?')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Draw another' }))
    expect(await screen.findByText('Question 2?')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Skip for tonight' }))
    expect(await screen.findByText('Question 3?')).toBeInTheDocument()
    expect(fake.callsTo('decks:draw')).toEqual([
      { deck: 'fun', seen: [], skipped: [] },
      { deck: 'fun', seen: ['fun-01'], skipped: [] },
      { deck: 'fun', seen: ['fun-01', 'fun-02'], skipped: ['fun-02'] },
    ])
    // The two read differently and each says what it does.
    expect(screen.getByRole('button', { name: 'Draw another' })).toHaveAccessibleDescription(/comes up again only after all the others/)
    expect(screen.getByRole('button', { name: 'Skip for tonight' })).toHaveAccessibleDescription(/set aside until you come back another day/)
    await userEvent.click(screen.getByRole('button', { name: 'We talked about it' }))
    await userEvent.type(screen.getByLabelText('A note for both of you (optional)'), 'Both want a garden.')
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    expect(fake.callsTo('cards:mark-discussed')).toEqual([{ cardId: 'fun-03', note: 'Both want a garden.' }])
    expect(await screen.findByText('Saved to your shared list of conversations.')).toBeInTheDocument()
    expect(fake.callsTo('cards:history')).toHaveLength(2)
  })

  it('says when the deck starts over, when everything is set aside, and shows a failure’s message', async () => {
    const fake = installFakeJournal({ 'cards:history': () => ok({ discussed: [], custom: [] }), 'decks:browse': () => ok([]), 'decks:draw': () => ok({ card: browsed('fun-01', 'Again?'), startedOver: true }) })
    renderAsSam(<ConversationsPage />)
    await userEvent.click(await screen.findByRole('button', { name: 'Draw a card' }))
    expect(await screen.findByText(/starts again from the top/)).toBeInTheDocument()
    fake.respond('decks:draw', () => ok({ card: null, startedOver: false }))
    await userEvent.click(screen.getByRole('button', { name: 'Skip for tonight' }))
    expect(await screen.findByText(/set aside every card in this deck tonight/)).toBeInTheDocument()
    fake.respond('decks:draw', () => fail('locked', 'Hearth is locked. Open it again to carry on.'))
    await userEvent.click(screen.getByRole('button', { name: 'Draw a card' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Hearth is locked.')
  })

  it('story: a card we write goes to our own deck, with the theme it is closest to', async () => {
    const fake = installFakeJournal({
      'cards:history': () => ok({ discussed: [], custom: [] }),
      'decks:browse': () => ok([]),
      'cards:add': (req) => ok({ id: 'custom-x', ...req, custom: true }),
    })
    renderAsSam(<ConversationsPage />)
    await userEvent.type(await screen.findByLabelText('Your question'), 'What song is ours?')
    await userEvent.selectOptions(screen.getByLabelText('Closest theme'), 'fun')
    await userEvent.click(screen.getByLabelText('Deep'))
    await userEvent.click(screen.getByRole('button', { name: 'Add card' }))
    expect(fake.callsTo('cards:add')).toEqual([{ deckId: 'fun', text: 'What song is ours?', depth: 3 }])
    expect(await screen.findByText('Your card is in your own deck now.')).toBeInTheDocument()
    expect(fake.callsTo('decks:browse').length).toBeGreaterThanOrEqual(2)
  })

  it('story: the deck list puts cards not talked about first and stars a favourite', async () => {
    const fake = installFakeJournal({
      'cards:history': () => ok({ discussed: [], custom: [] }),
      'decks:browse': () => ok([browsed('fun-01', 'Never talked?'), { ...browsed('fun-02', 'Talked before?'), lastDiscussedAt: '2026-10-01T20:00:00Z' }]),
      'decks:favourite': () => ok([]),
    })
    renderAsSam(<ConversationsPage />)
    const list = await screen.findByRole('region', { name: 'All cards in this deck' })
    expect(await within(list).findByText('Never talked?')).toBeInTheDocument()
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([expect.stringContaining('Not talked about yet'), expect.stringContaining('Talked about on')])
    await userEvent.click(within(list).getByRole('button', { name: 'Favourite: Never talked?' }))
    expect(fake.callsTo('decks:favourite')).toEqual([{ cardId: 'fun-01', favourite: true }])
  })

  it('the home card draws a question and leads to all the cards', async () => {
    installFakeJournal({ 'cards:draw': () => ok(card('dreams-01', 'A free year?')) })
    const { went } = renderAsSam(<ConversationHomeCard now={() => new Date(2026, 10, 6)} />)
    await userEvent.click(screen.getByRole('button', { name: 'Draw a card' }))
    expect(await screen.findByText('A free year?')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'All conversation cards' }))
    expect(went).toEqual(['conversations'])
  })
})
