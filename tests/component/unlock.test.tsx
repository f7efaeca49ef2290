import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { fail, ok } from '../../shared/result'
import { App } from '../../renderer/src/app/App'
import { installFakeJournal, makeStatus, unlockedAs, ROBIN, SAM } from './fake-journal'

const renderLocked = () => {
  const fake = installFakeJournal({ 'vault:status': () => ok(makeStatus()) })
  const user = userEvent.setup()
  render(<App />)
  return { fake, user }
}

describe('opening Hearth', () => {
  it('asks who you are with one large choice per partner, by name', async () => {
    renderLocked()
    expect(await screen.findByRole('heading', { name: 'Who are you?' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Sam' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Robin' })).toBeInTheDocument()
  })

  it('a wrong passphrase shows the service message and keeps the chosen partner', async () => {
    const { fake, user } = renderLocked()
    fake.respond('vault:unlock', () => fail('wrong-passphrase', "That passphrase doesn't open Robin's journal. Take your time and try again."))
    await user.click(await screen.findByRole('button', { name: 'Robin' }))
    const field = screen.getByLabelText('Your passphrase')
    expect(field).toHaveFocus()
    expect(field).toHaveAttribute('autocomplete', 'current-password')
    expect(field).toHaveAttribute('spellcheck', 'false')
    await user.type(field, 'not quite right')
    await user.click(screen.getByRole('button', { name: 'Open my journal' }))

    expect(await screen.findByRole('alert')).toHaveTextContent("That passphrase doesn't open Robin's journal. Take your time and try again.")
    expect(screen.getByRole('heading', { name: 'Hello, Robin' })).toBeInTheDocument()
    expect(screen.getByLabelText('Your passphrase')).toHaveValue('')
    expect(fake.callsTo('vault:unlock')).toEqual([{ partner: 'B', passphrase: 'not quite right' }])
  })

  it('Enter in the passphrase field opens the journal and lands on Home', async () => {
    const { fake, user } = renderLocked()
    fake.respond('vault:unlock', () => ok(unlockedAs(SAM)))
    await user.click(await screen.findByRole('button', { name: 'Sam' }))
    await user.type(screen.getByLabelText('Your passphrase'), 'river stone lantern{Enter}')
    expect(await screen.findByRole('heading', { name: 'Welcome, Sam' })).toBeInTheDocument()
    expect(screen.getByText('Last saved Tuesday 24 November, 21:14.')).toBeInTheDocument()
    expect(screen.getByRole('main')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Lock' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main')
  })

  it('an empty passphrase is caught without asking the vault', async () => {
    const { fake, user } = renderLocked()
    await user.click(await screen.findByRole('button', { name: 'Sam' }))
    await user.keyboard('{Enter}')
    expect(screen.getByLabelText('Your passphrase')).toHaveAccessibleDescription('Type your passphrase to open Hearth.')
    expect(fake.callsTo('vault:unlock')).toHaveLength(0)
  })

  it('the show button reveals the passphrase and hides it again', async () => {
    const { user } = renderLocked()
    await user.click(await screen.findByRole('button', { name: 'Sam' }))
    const field = screen.getByLabelText('Your passphrase')
    expect(field).toHaveAttribute('type', 'password')
    await user.click(screen.getByRole('button', { name: 'Show your passphrase' }))
    expect(field).toHaveAttribute('type', 'text')
    await user.click(screen.getByRole('button', { name: 'Hide your passphrase' }))
    expect(field).toHaveAttribute('type', 'password')
  })

  it('"Not Sam?" goes back to the choice of partner', async () => {
    const { user } = renderLocked()
    await user.click(await screen.findByRole('button', { name: 'Sam' }))
    await user.click(screen.getByRole('button', { name: 'Not Sam?' }))
    expect(screen.getByRole('heading', { name: 'Who are you?' })).toBeInTheDocument()
  })
})

describe('recovering with a code', () => {
  it('a partner who forgot their passphrase sets a new one and sees the new code once', async () => {
    const { fake, user } = renderLocked()
    fake.respond('vault:recover', () => {
      fake.respond('vault:status', () => ok(unlockedAs(ROBIN)))
      return ok({ status: unlockedAs(ROBIN), recoveryCode: 'ZZZZYYYYXXXXWWWWVVVVUUUUTTTTSSSS' })
    })
    await user.click(await screen.findByRole('button', { name: 'Use a recovery code' }))
    // The recovery steps load on demand (issue 15): wait for them, then the heading has the focus.
    expect(await screen.findByRole('heading', { name: 'Use a recovery code' })).toHaveFocus()

    // Everything missing is reported at once.
    await user.click(screen.getByRole('button', { name: 'Set new passphrase' }))
    expect(screen.getByText('Choose whose code this is.')).toBeInTheDocument()
    expect(screen.getByLabelText('Recovery code')).toHaveAccessibleDescription(expect.stringContaining('Type the whole recovery code'))

    await user.click(screen.getByRole('radio', { name: 'Robin' }))
    await user.type(screen.getByLabelText('Recovery code'), 'abcd-efgh-ijkl-mnop-qrst')
    await user.type(screen.getByLabelText('New passphrase'), 'quiet orchard bicycle')
    await user.type(screen.getByLabelText('Type the new passphrase again'), 'quiet orchard bicycle{Enter}')

    expect(fake.callsTo('vault:recover')).toEqual([{ partner: 'B', code: 'abcd-efgh-ijkl-mnop-qrst', next: 'quiet orchard bicycle' }])
    expect(await screen.findByTestId('recovery-code')).toHaveTextContent('ZZZZ YYYY XXXX WWWW VVVV UUUU TTTT SSSS')
    // The used code stays valid until the new one is confirmed as saved.
    expect(fake.callsTo('vault:confirm-recovery-code')).toEqual([])
    fake.respond('vault:confirm-recovery-code', () => ok(unlockedAs(ROBIN)))
    await user.click(screen.getByLabelText('I have written this down'))
    await user.click(screen.getByRole('button', { name: 'I have saved it, open my journal' }))
    expect(fake.callsTo('vault:confirm-recovery-code')).toEqual([{}])
    expect(await screen.findByRole('heading', { name: 'Welcome, Robin' })).toBeInTheDocument()
  })

  it('a wrong code shows the service message', async () => {
    const { fake, user } = renderLocked()
    fake.respond('vault:recover', () => fail('wrong-passphrase', 'That recovery code does not match. Check each group of letters.'))
    await user.click(await screen.findByRole('button', { name: 'Use a recovery code' }))
    await user.click(screen.getByRole('radio', { name: 'Sam' }))
    await user.type(screen.getByLabelText('Recovery code'), 'abcd-efgh-ijkl-mnop-qrst')
    await user.type(screen.getByLabelText('New passphrase'), 'quiet orchard bicycle')
    await user.type(screen.getByLabelText('Type the new passphrase again'), 'quiet orchard bicycle{Enter}')
    expect(await screen.findByRole('alert')).toHaveTextContent('That recovery code does not match. Check each group of letters.')
  })
})
