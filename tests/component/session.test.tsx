import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ok } from '../../shared/result'
import { App } from '../../renderer/src/app/App'
import { registerBeforeLock, useBeforeLock } from '../../renderer/src/app/lock-events'
import { installFakeJournal, makeStatus, unlockedAs, ROBIN, SAM } from './fake-journal'

const renderUnlocked = async () => {
  const fake = installFakeJournal({ 'vault:status': () => ok(unlockedAs(SAM)), 'vault:lock': () => ok(makeStatus()) })
  const user = userEvent.setup()
  render(<App />)
  await screen.findByRole('heading', { name: 'Welcome, Sam' })
  return { fake, user }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('locking', () => {
  it('when main locks the vault (idle), Hearth drops to the Unlock screen and asks who is there, not pre-filling Sam (issue 11, deliver 2)', async () => {
    const { fake } = await renderUnlocked()
    act(() => fake.emit('vault:locked', { reason: 'idle', status: makeStatus() }))
    expect(await screen.findByRole('heading', { name: 'Who are you?' })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Hello, Sam' })).not.toBeInTheDocument()
    expect(screen.queryByText('Welcome, Sam')).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Lock' })).not.toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('Hearth locked itself after a quiet while.')
  })

  it('nothing typed while unlocked survives a lock and the next unlock', async () => {
    const { fake, user } = await renderUnlocked()
    await user.click(within(screen.getByRole('navigation')).getByRole('button', { name: 'Passphrase & security' }))
    await user.type(screen.getByLabelText('Current passphrase'), 'half typed secret')
    act(() => fake.emit('vault:locked', { reason: 'lock-screen', status: makeStatus() }))
    fake.respond('vault:unlock', () => ok(unlockedAs(SAM)))
    await user.click(await screen.findByRole('button', { name: 'Sam' }))
    await user.type(await screen.findByLabelText('Your passphrase'), 'river stone lantern{Enter}')
    expect(await screen.findByRole('heading', { name: 'Welcome, Sam' })).toBeInTheDocument()
    await user.click(within(screen.getByRole('navigation')).getByRole('button', { name: 'Passphrase & security' }))
    expect(screen.getByLabelText('Current passphrase')).toHaveValue('')
  })

  it('the Lock button saves drafts first, then locks', async () => {
    const { fake, user } = await renderUnlocked()
    const order: string[] = []
    const off = registerBeforeLock(() => {
      order.push(`flush (locks so far: ${fake.callsTo('vault:lock').length})`)
    })
    await user.click(screen.getByRole('button', { name: 'Lock' }))
    off()
    expect(order).toEqual(['flush (locks so far: 0)'])
    expect(fake.callsTo('vault:lock')).toHaveLength(1)
    expect(await screen.findByRole('heading', { name: 'Who are you?' })).toBeInTheDocument()
  })

  it('"Hand over to Robin" in the header locks and opens Robin’s unlock (issue 11, deliver 2)', async () => {
    const { fake, user } = await renderUnlocked()
    await user.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Hand over to Robin' }))
    expect(fake.callsTo('vault:lock')).toHaveLength(1)
    expect(await screen.findByRole('heading', { name: 'Hello, Robin' })).toBeInTheDocument()
    expect(screen.getByLabelText('Your passphrase')).toHaveFocus()
  })

  it('"vault:will-lock" gives every useBeforeLock callback its chance to save a draft', async () => {
    const saved: string[] = []
    function Draft() {
      const [text] = useState('a sentence in progress')
      useBeforeLock(() => {
        saved.push(text)
      })
      return null
    }
    const fake = installFakeJournal({ 'vault:status': () => ok(unlockedAs(SAM)) })
    render(
      <>
        <App />
        <Draft />
      </>,
    )
    await screen.findByRole('heading', { name: 'Welcome, Sam' })
    act(() => fake.emit('vault:will-lock', { reason: 'idle', graceMs: 3000 }))
    expect(saved).toEqual(['a sentence in progress'])
  })

  it('switching partner locks and opens Unlock with the other partner chosen', async () => {
    const { fake, user } = await renderUnlocked()
    await user.click(within(screen.getByRole('navigation')).getByRole('button', { name: 'Passphrase & security' }))
    await user.click(screen.getByRole('button', { name: 'Lock and switch to Robin' }))
    // Main also announces the lock; the order of reply and event must not matter.
    act(() => fake.emit('vault:locked', { reason: 'user', status: makeStatus() }))
    expect(await screen.findByRole('heading', { name: `Hello, ${ROBIN.name}` })).toBeInTheDocument()
    expect(screen.getByLabelText('Your passphrase')).toHaveFocus()
  })
})

describe('auto-lock activity', () => {
  it('reports activity at most once every 30 seconds, and only while unlocked', async () => {
    const { fake } = await renderUnlocked()
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-24T21:00:00'))
    const press = () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }))
    press()
    press()
    window.dispatchEvent(new WheelEvent('wheel'))
    expect(fake.callsTo('app:activity')).toHaveLength(1)
    vi.setSystemTime(new Date('2026-11-24T21:00:29'))
    press()
    expect(fake.callsTo('app:activity')).toHaveLength(1)
    vi.setSystemTime(new Date('2026-11-24T21:00:31'))
    window.dispatchEvent(new PointerEvent('pointerdown'))
    expect(fake.callsTo('app:activity')).toHaveLength(2)

    act(() => fake.emit('vault:locked', { reason: 'idle', status: makeStatus() }))
    vi.setSystemTime(new Date('2026-11-24T21:05:00'))
    press()
    expect(fake.callsTo('app:activity')).toHaveLength(2)
  })
})
