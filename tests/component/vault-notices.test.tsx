import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ok } from '../../shared/result'
import { App } from '../../renderer/src/app/App'
import { installFakeJournal, makeStatus, unlockedAs, SAM } from './fake-journal'

const rollback = {
  store: 'journal' as const,
  kind: 'rollback' as const,
  message: 'This journal file was last saved on 1 May, but a newer copy saved on 9 May is beside it.',
  newer: { generation: 9, savedAt: '2026-05-09T18:00:00.000Z' },
}

describe('what the vault noticed is shown above every page', () => {
  it('a rolled-back journal offers the newer copy, and opening it ends the session for a fresh unlock', async () => {
    const fake = installFakeJournal({ 'vault:status': () => ok(unlockedAs(SAM, { notices: [rollback] })) })
    fake.respond('vault:restore-backup', () => ok(makeStatus()))
    const user = userEvent.setup()
    render(<App />)
    expect(await screen.findByText('This journal file is older than a copy beside it')).toBeInTheDocument()
    expect(screen.getByText(/a newer copy saved on 9 May is beside it/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: /Open the copy saved/ }))
    expect(fake.callsTo('vault:restore-backup')).toEqual([{ generation: 9, store: 'journal' }])
    expect(await screen.findByRole('button', { name: 'Sam' })).toBeInTheDocument()
  })

  it('keeping the open file lets the newer copy go and the notice disappears', async () => {
    const fake = installFakeJournal({ 'vault:status': () => ok(unlockedAs(SAM, { notices: [rollback] })) })
    fake.respond('vault:keep-current', () => ok(unlockedAs(SAM)))
    const user = userEvent.setup()
    render(<App />)
    await user.click(await screen.findByRole('button', { name: 'Keep this file and let the newer copy go' }))
    expect(fake.callsTo('vault:keep-current')).toEqual([{ store: 'journal' }])
    expect(screen.queryByText('This journal file is older than a copy beside it')).not.toBeInTheDocument()
  })

  it('missing private entries are named with the backup that has them', async () => {
    const missing = { store: 'journal' as const, kind: 'private-missing' as const, message: '2 of your private entries are missing from this file. The backup of 12 May has them.', newer: { generation: 4, savedAt: '2026-05-12T10:00:00.000Z' } }
    installFakeJournal({ 'vault:status': () => ok(unlockedAs(SAM, { notices: [missing] })) })
    render(<App />)
    expect(await screen.findByText('Some of your private entries are not in this file')).toBeInTheDocument()
    expect(screen.getByText(/2 of your private entries are missing/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /let the newer copy go/ })).not.toBeInTheDocument()
  })

  it('a save that landed with a warning says it was saved, pushed by main after the save', async () => {
    const fake = installFakeJournal({ 'vault:status': () => ok(unlockedAs(SAM)) })
    const user = userEvent.setup()
    render(<App />)
    await screen.findByRole('heading', { name: 'Welcome, Sam' })
    fake.emit('vault:changed', { status: unlockedAs(SAM, { warning: 'Your change was saved, but the backup copy did not finish.' }) })
    expect(await screen.findByText('Saved, with one thing left to finish')).toBeInTheDocument()
    expect(screen.queryByText(/not saved/i)).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'I understand' }))
    expect(screen.queryByText('Saved, with one thing left to finish')).not.toBeInTheDocument()
  })
})
