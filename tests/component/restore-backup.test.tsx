import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { fail, ok } from '../../shared/result'
import { App } from '../../renderer/src/app/App'
import { installFakeJournal, makeStatus } from './fake-journal'

const broken = (newestGood: { generation: number; savedAt: string } | null) =>
  makeStatus({
    state: 'needs-recovery',
    recovery: {
      reason: 'The journal file was cut short, probably when the laptop lost power while saving.',
      quarantinedAs: '/home/couple/.config/Hearth/journal.unreadable-2026-11-25.json',
      newestGood,
    },
  })

describe('when the journal file cannot be read', () => {
  it('explains what happened, where the file went, and that it is kept', async () => {
    installFakeJournal({ 'vault:status': () => ok(broken({ generation: 41, savedAt: '2026-11-24T21:14:00' })) })
    render(<App />)
    expect(await screen.findByRole('heading', { name: "Hearth couldn't open your journal" })).toBeInTheDocument()
    expect(screen.getByText(/lost power while saving/)).toBeInTheDocument()
    expect(screen.getByText('/home/couple/.config/Hearth/journal.unreadable-2026-11-25.json')).toBeInTheDocument()
    expect(screen.getByText(/kept, not deleted/)).toBeInTheDocument()
    expect(screen.getByText('Tuesday 24 November, 21:14')).toBeInTheDocument()
  })

  it('restoring the newest good copy asks for that generation and then asks who you are', async () => {
    const fake = installFakeJournal({
      'vault:status': () => ok(broken({ generation: 41, savedAt: '2026-11-24T21:14:00' })),
      'vault:restore-backup': () => ok(makeStatus()),
    })
    const user = userEvent.setup()
    render(<App />)
    await user.click(await screen.findByRole('button', { name: 'Restore this copy' }))
    expect(fake.callsTo('vault:restore-backup')).toEqual([{ generation: 41 }])
    expect(await screen.findByRole('heading', { name: 'Who are you?' })).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('Your journal is back.')
  })

  it('a failed restore shows the service message and stays put', async () => {
    installFakeJournal({
      'vault:status': () => ok(broken({ generation: 41, savedAt: '2026-11-24T21:14:00' })),
      'vault:restore-backup': () => fail('disk', 'The disk refused the write. Nothing was changed.'),
    })
    const user = userEvent.setup()
    render(<App />)
    await user.click(await screen.findByRole('button', { name: 'Restore this copy' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('The disk refused the write. Nothing was changed.')
    expect(screen.getByRole('button', { name: 'Restore this copy' })).toBeInTheDocument()
  })

  it('with no good copy, says so plainly and offers no restore button', async () => {
    installFakeJournal({ 'vault:status': () => ok(broken(null)) })
    render(<App />)
    expect(await screen.findByText('No earlier copy opens cleanly')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Restore this copy' })).not.toBeInTheDocument()
  })
})
