import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { NotesPage } from '../../../renderer/src/features/notes/NotesPage'
import { ReflectionPage } from '../../../renderer/src/features/reflection/ReflectionPage'
import { RepliesHomeCard } from '../../../renderer/src/features/replies/RepliesHomeCard'
import type { Note } from '../../../shared/contract/journal'
import type { Reply } from '../../../shared/contract/replies'
import { fail, ok } from '../../../shared/result'
import { installFakeJournal } from '../fake-journal'
import { renderAsSam, week } from '../journal/session'

const CONNECTED = 'A moment I felt connected to you'
const reply = (over: Partial<Reply>): Reply => ({
  id: 'r1',
  from: 'B',
  to: 'A',
  target: { kind: 'answer', week: '2026-W48', promptId: 'connected' },
  heart: false,
  text: 'Me too',
  sentAt: '2026-11-26T20:00:00',
  seenAt: null,
  ...over,
})
const note = (over: Partial<Note>): Note => ({
  id: 'n1',
  from: 'B',
  to: 'A',
  text: 'For the soup',
  sentAt: '2026-11-24T20:00:00',
  readAt: '2026-11-25T08:00:00',
  ...over,
})

const reflection = (view: ReturnType<typeof week>, replies: Reply[] = []) => {
  const fake = installFakeJournal({
    'reflection:get': () => ok(view),
    'reflection:list': () => ok([{ ...view, states: { A: view.mine.state, B: view.theirs.state } }]),
    'replies:list': () => ok({ replies, unread: 0 }),
    'replies:send': (req) =>
      ok(
        reply({
          id: `sent-${fake.calls.length}`,
          from: 'A',
          to: 'B',
          target: req.target,
          heart: req.type === 'heart',
          text: req.type === 'text' ? req.text : '',
        }),
      ),
  })
  renderAsSam(<ReflectionPage />)
  return fake
}

const revealed = () => {
  const v = week(
    { sealed: true, revealed: true },
    { connected: 'Cooking together' },
    { connected: 'The walk by the canal' },
  )
  return {
    ...v,
    mine: { ...v.mine, state: 'submitted' as const },
    theirs: { ...v.theirs, state: 'submitted' as const },
  }
}

describe('story: answering each other (issue 11 deliver 11)', () => {
  it('a heart and a short reply on Robin’s revealed answer, shown under it at once', async () => {
    const fake = reflection(revealed())
    const row = await screen.findByRole('region', { name: CONNECTED })
    await userEvent.click(within(row).getByRole('button', { name: `Send a heart for Robin’s answer: ${CONNECTED}` }))
    expect(await within(row).findByText('You sent a heart')).toBeInTheDocument()
    const sent = within(row).getByRole('button', { name: `Heart sent for Robin’s answer: ${CONNECTED}` })
    expect(sent).toHaveAttribute('aria-disabled', 'true')
    expect(sent).toHaveFocus()
    await userEvent.click(sent)
    expect(fake.callsTo('replies:send')).toHaveLength(1)
    await userEvent.click(within(row).getByRole('button', { name: `Reply to Robin’s answer: ${CONNECTED}` }))
    await userEvent.type(within(row).getByLabelText('A few words for Robin'), 'Let’s go again on Sunday')
    await userEvent.click(within(row).getByRole('button', { name: 'Send reply' }))
    expect(await within(row).findByText('Let’s go again on Sunday')).toBeInTheDocument()
    expect(fake.callsTo('replies:send')).toEqual([
      { type: 'heart', target: { kind: 'answer', week: '2026-W48', promptId: 'connected' } },
      {
        type: 'text',
        target: { kind: 'answer', week: '2026-W48', promptId: 'connected' },
        text: 'Let’s go again on Sunday',
      },
    ])
  })

  it('threat: a sealed, unrevealed answer offers no heart and no reply', async () => {
    const v = week({ sealed: true }, { connected: 'Cooking together' }, null)
    const fake = reflection({ ...v, theirs: { ...v.theirs, state: 'submitted' } })
    const row = await screen.findByRole('region', { name: CONNECTED })
    expect(within(row).getByText('Sealed until you have both finished.')).toBeInTheDocument()
    expect(within(row).queryByRole('button', { name: /heart|Reply/i })).toBeNull()
    expect(fake.callsTo('replies:send')).toEqual([])
  })

  it('an answer Robin is still writing in an open week cannot be answered yet', async () => {
    reflection(week({}, {}, { connected: 'The walk' }))
    const row = await screen.findByRole('region', { name: CONNECTED })
    expect(within(row).getByText('The walk')).toBeInTheDocument()
    expect(within(row).queryByRole('button', { name: /heart/i })).toBeNull()
  })

  it('Robin’s heart on Sam’s own answer shows under Sam’s answer, not under Robin’s', async () => {
    reflection(revealed(), [reply({ id: 'h', heart: true, text: '' })])
    const row = await screen.findByRole('region', { name: CONNECTED })
    expect(await within(row).findByText('A heart from Robin')).toBeInTheDocument()
    expect(within(row).queryByText('You sent a heart')).toBeNull()
  })

  it('a heart on a note from Robin on the notes page; a refusal is said in words', async () => {
    const fake = installFakeJournal({
      'notes:list': () => ok({ notes: [note({})], unread: 0 }),
      'notes:resurface': () => ok(null),
      'replies:send': () => fail('forbidden', 'Only the person a note was written to can answer it.'),
    })
    renderAsSam(<NotesPage />)
    await userEvent.click(await screen.findByRole('button', { name: 'Send a heart for Robin’s note' }))
    expect(await screen.findByText('Only the person a note was written to can answer it.')).toBeInTheDocument()
    fake.respond('replies:send', (req) =>
      ok(reply({ id: 'h', from: 'A', to: 'B', target: req.target, heart: true, text: '' })),
    )
    await userEvent.click(screen.getByRole('button', { name: 'Send a heart for Robin’s note' }))
    expect(await screen.findByText('You sent a heart')).toBeInTheDocument()
    expect(fake.callsTo('replies:send').at(-1)).toEqual({ type: 'heart', target: { kind: 'note', noteId: 'n1' } })
  })

  it('Sam’s own note shows Robin’s reply and offers no reply to oneself', async () => {
    installFakeJournal({
      'notes:list': () => ok({ notes: [note({ id: 'mine', from: 'A', to: 'B' })], unread: 0 }),
      'notes:resurface': () => ok(null),
      'replies:list': () =>
        ok({
          replies: [reply({ from: 'B', to: 'A', target: { kind: 'note', noteId: 'mine' }, text: 'Thank you back' })],
          unread: 1,
        }),
    })
    renderAsSam(<NotesPage />)
    expect(await screen.findByText('Thank you back')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /heart/i })).toBeNull()
  })

  it('Home delivers waiting replies once: See them marks them seen and shows what they answer', async () => {
    const waiting = [
      reply({ id: 'h', heart: true, text: '' }),
      reply({ id: 't', target: { kind: 'note', noteId: 'n1' }, text: 'Any time' }),
      reply({ id: 'old', seenAt: 'x', text: 'Seen before' }),
    ]
    const fake = installFakeJournal({
      'replies:list': () => ok({ replies: waiting, unread: 2 }),
      'replies:mark-seen': () => ok({ replies: waiting.map((r) => ({ ...r, seenAt: 'now' })), unread: 0 }),
    })
    renderAsSam(<RepliesHomeCard />)
    expect(await screen.findByText('Robin left a heart and a reply for you.')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'See them' }))
    expect(fake.callsTo('replies:mark-seen')).toEqual([{ ids: ['h', 't'] }])
    const list = await screen.findByRole('list', { name: 'From Robin' })
    expect(within(list).getByText(`A heart on your answer to “${CONNECTED}”`)).toBeInTheDocument()
    expect(within(list).getByText('On your note: Any time')).toBeInTheDocument()
    expect(within(list).queryByText(/Seen before/)).toBeNull()
    await waitFor(() => expect(list).toHaveFocus())
  })

  it('Home stays light: with nothing waiting there is no replies card', async () => {
    const fake = installFakeJournal({
      'replies:list': () =>
        ok({ replies: [reply({ seenAt: 'x' }), reply({ id: 'mine', from: 'A', to: 'B' })], unread: 0 }),
    })
    const { container } = renderAsSam(<RepliesHomeCard />)
    await waitFor(() => expect(fake.callsTo('replies:list')).toHaveLength(1))
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(container).toBeEmptyDOMElement()
  })
})
