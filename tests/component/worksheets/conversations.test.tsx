import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { DrawnCard } from '../../../shared/contract/worksheets'
import { fail, ok } from '../../../shared/result'
import { ConversationsPage } from '../../../renderer/src/features/conversations/ConversationsPage'
import { ConversationHomeCard } from '../../../renderer/src/features/conversations/ConversationHomeCard'
import { installFakeJournal } from '../fake-journal'
import { renderAsSam } from '../render-as'

const card = (id: string, text: string): DrawnCard => ({ card: { id, deckId: 'dreams', text, depth: 1, custom: false }, lastDiscussedAt: null })

describe('conversation cards worksheet', () => {
  it('draws from the chosen deck, skips without repeating, and marks a card talked about with a note', async () => {
    const fake = installFakeJournal({
      'cards:history': () => ok({ discussed: [], custom: [] }),
      'cards:draw': (req) => ok((req.exclude ?? []).length === 0 ? card('fun-01', 'First question?') : card('fun-02', 'Second question?')),
      'cards:mark-discussed': (req) => ok({ id: 'd1', cardId: req.cardId, deckId: 'fun', text: 'Second question?', note: req.note, by: 'A', at: '2026-11-24T20:00:00Z' }),
    })
    renderAsSam(<ConversationsPage />)
    await userEvent.selectOptions(await screen.findByLabelText('Deck'), 'fun')
    await userEvent.click(screen.getByRole('button', { name: 'Draw a card' }))
    expect(await screen.findByText('First question?')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Skip this one' }))
    expect(await screen.findByText('Second question?')).toBeInTheDocument()
    expect(fake.callsTo('cards:draw')).toEqual([
      { deckId: 'fun', exclude: [] },
      { deckId: 'fun', exclude: ['fun-01'] },
    ])
    await userEvent.click(screen.getByRole('button', { name: 'We talked about it' }))
    await userEvent.type(screen.getByLabelText('A note for both of you (optional)'), 'Both want a garden.')
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    expect(fake.callsTo('cards:mark-discussed')).toEqual([{ cardId: 'fun-02', note: 'Both want a garden.' }])
    expect(await screen.findByText('Saved to your shared list of conversations.')).toBeInTheDocument()
    expect(fake.callsTo('cards:history')).toHaveLength(2)
  })

  it('an empty deck is said plainly, and a failure shows its message', async () => {
    const fake = installFakeJournal({ 'cards:history': () => ok({ discussed: [], custom: [] }), 'cards:draw': () => ok(null) })
    renderAsSam(<ConversationsPage />)
    await userEvent.click(await screen.findByRole('button', { name: 'Draw a card' }))
    expect(await screen.findByText(/every card in this deck tonight/)).toBeInTheDocument()
    fake.respond('cards:draw', () => fail('locked', 'Hearth is locked. Open it again to carry on.'))
    await userEvent.click(screen.getByRole('button', { name: 'Draw a card' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Hearth is locked.')
  })

  it('writing a card sends it to the chosen deck at the chosen depth', async () => {
    const fake = installFakeJournal({
      'cards:history': () => ok({ discussed: [], custom: [] }),
      'cards:add': (req) => ok({ id: 'custom-x', ...req, custom: true }),
    })
    renderAsSam(<ConversationsPage />)
    await userEvent.type(await screen.findByLabelText('Your question'), 'What song is ours?')
    await userEvent.click(screen.getByLabelText('Deep'))
    await userEvent.click(screen.getByRole('button', { name: 'Add card' }))
    expect(fake.callsTo('cards:add')).toEqual([{ deckId: 'dreams', text: 'What song is ours?', depth: 3 }])
    expect(await screen.findByText('Your card is in the deck now.')).toBeInTheDocument()
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
