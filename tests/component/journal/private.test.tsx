import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { runBeforeLock } from '../../../renderer/src/app/lock-events'
import { PrivateJournalPage } from '../../../renderer/src/features/private/PrivateJournalPage'
import type { PrivateEntry } from '../../../shared/contract/journal'
import { ok } from '../../../shared/result'
import { installFakeJournal } from '../fake-journal'
import { renderAsSam } from './session'

const entry = (over: Partial<PrivateEntry> = {}): PrivateEntry => ({
  id: 'e1',
  title: 'The den',
  excerpt: 'Where I went as a child',
  text: 'Where I went as a child',
  promptId: null,
  createdAt: '2026-11-24T21:00:00',
  updatedAt: '2026-11-24T21:00:00',
  rev: 1,
  ...over,
})

const setup = (entries: PrivateEntry[] = []) => {
  let rev = 0
  const fake = installFakeJournal({
    'private:list': () => ok(entries.map(({ text: _t, ...s }) => s)),
    'private:get': (req) => {
      const found = entries.find((e) => e.id === req.id)
      return found ? ok(found) : { ok: false, error: { code: 'not-found', message: 'That entry could not be found.' } }
    },
    'private:save': (req) => ok(entry({ id: req.id ?? 'new1', title: req.title ?? '', text: req.text, excerpt: req.text, rev: ++rev })),
    'search:query': () => ok([]),
    'private:delete': () => ok(null),
  })
  const user = userEvent.setup()
  renderAsSam(<PrivateJournalPage />)
  return { fake, user }
}

describe('the private journal screen', () => {
  it('says clearly whose it is and that the partner cannot see it', async () => {
    setup()
    expect(await screen.findByRole('heading', { level: 1, name: 'Private to Sam' })).toBeInTheDocument()
    expect(screen.getByText(/Robin cannot read them or find them in Hearth/)).toBeInTheDocument()
  })

  it('a new entry is created by the first save, and later saves name it and its revision', async () => {
    const { fake, user } = setup()
    await user.click(await screen.findByRole('button', { name: 'New entry' }))
    await user.type(screen.getByLabelText('Your words'), 'First words')
    await waitFor(() => expect(fake.callsTo('private:save')).toHaveLength(1))
    expect(fake.callsTo('private:save')[0]).toMatchObject({ id: undefined, text: 'First words' })
    await user.type(screen.getByLabelText('Your words'), ', more')
    await act(() => runBeforeLock())
    expect(fake.callsTo('private:save').at(-1)).toMatchObject({ id: 'new1', text: 'First words, more', expectedRev: 1 })
    expect(await screen.findByRole('button', { name: /Untitled entry/ })).toBeInTheDocument()
    expect(screen.getByText('Private to Sam', { selector: '.private-badge' })).toBeInTheDocument()
  })

  it('lists entries by date and opens one', async () => {
    const { user } = setup([entry(), entry({ id: 'e2', title: '', text: 'Later', excerpt: 'Later', createdAt: '2026-11-25T08:00:00' })])
    const buttons = await screen.findAllByRole('button', { name: /Untitled entry|The den/ })
    expect(buttons.map((b) => b.textContent)).toEqual([expect.stringContaining('The den'), expect.stringContaining('Untitled entry')])
    await user.click(buttons[0] as HTMLElement)
    expect(await screen.findByLabelText('Your words')).toHaveValue('Where I went as a child')
  })

  it('a prompt can be picked to start from, and set aside again', async () => {
    const { user } = setup()
    await user.click(await screen.findByRole('button', { name: 'New entry' }))
    await user.click(screen.getByText('Need a starting point?'))
    await user.click(screen.getByRole('button', { name: 'What are you most afraid of losing right now?' }))
    expect(screen.getByText('What are you most afraid of losing right now?')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Write without this prompt' }))
    expect(screen.getByText('Need a starting point?')).toBeInTheDocument()
  })

  it('search asks the service and shows when nothing matches', async () => {
    const { fake, user } = setup()
    await user.type(await screen.findByLabelText('Search your entries'), 'lighthouse')
    await user.click(screen.getByRole('button', { name: 'Search' }))
    expect(await screen.findByText('Nothing in your entries matches that.')).toBeInTheDocument()
    expect(fake.callsTo('search:query')).toEqual([{ q: 'lighthouse' }])
  })

  it('deleting asks once, then removes the entry from the list', async () => {
    const { fake, user } = setup([entry()])
    await user.click(await screen.findByRole('button', { name: /The den/ }))
    await user.click(await screen.findByRole('button', { name: 'Delete this entry' }))
    await user.click(await screen.findByRole('button', { name: 'Delete for good' }))
    await waitFor(() => expect(fake.callsTo('private:delete')).toEqual([{ id: 'e1' }]))
    expect(await screen.findByText(/No entries yet/)).toBeInTheDocument()
    expect(fake.callsTo('private:save')).toHaveLength(0)
  })
})
