import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ok } from '../../shared/result'
import { App } from '../../renderer/src/app/App'
import { installFakeJournal, makeStatus, unlockedAs, SAM } from './fake-journal'

const CODES = { A: 'AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH', B: 'JJJJ-KKKK-LLLL-MMMM-NNNN-PPPP-QQQQ-RRRR' }

const startSetup = async () => {
  const fake = installFakeJournal({ 'vault:status': () => ok(makeStatus({ state: 'none', partners: [] })) })
  const user = userEvent.setup()
  render(<App />)
  await user.click(await screen.findByRole('button', { name: "Let's begin" }))
  return { fake, user }
}

const fillPartner = async (user: ReturnType<typeof userEvent.setup>, name: string, passphrase: string, confirm = passphrase) => {
  const nameField = screen.getByLabelText('Your name')
  await user.clear(nameField)
  await user.type(nameField, name)
  await user.type(screen.getByLabelText('Your passphrase'), passphrase)
  await user.type(screen.getByLabelText('Type it again'), confirm)
}

describe('setting up Hearth for two', () => {
  it('welcomes the couple and explains there is no cloud and no password email', async () => {
    installFakeJournal({ 'vault:status': () => ok(makeStatus({ state: 'none', partners: [] })) })
    render(<App />)
    expect(await screen.findByRole('heading', { name: 'Welcome to Hearth' })).toBeInTheDocument()
    expect(screen.getByText(/no cloud/)).toBeInTheDocument()
    expect(screen.getByText(/forgot password/)).toBeInTheDocument()
  })

  it('a passphrase shorter than the minimum is refused with a reason linked to the field', async () => {
    const { fake, user } = await startSetup()
    await fillPartner(user, 'Sam', 'short')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    const field = screen.getByLabelText('Your passphrase')
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Use at least 10 characters'))
    expect(field).toHaveFocus()
    expect(screen.getByRole('heading', { name: 'First, one of you' })).toBeInTheDocument()
    expect(fake.callsTo('vault:create')).toHaveLength(0)
  })

  it('the strength meter gives plain feedback and warns against using your names', async () => {
    const { user } = await startSetup()
    await user.type(screen.getByLabelText('Your name'), 'Sam')
    const field = screen.getByLabelText('Your passphrase')
    await user.type(field, 'abc')
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Add 7 more characters'))
    await user.clear(field)
    await user.type(field, 'samsamsam2024')
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Leave out your names'))
    await user.clear(field)
    await user.type(field, 'river stone lantern')
    expect(field).toHaveAccessibleDescription('Very strong. Make sure you will remember it.')
  })

  it('a confirmation that does not match is caught before moving on', async () => {
    const { user } = await startSetup()
    await fillPartner(user, 'Sam', 'river stone lantern', 'river stone lanterns')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(screen.getByLabelText('Type it again')).toHaveAccessibleDescription("These two don't match yet. Try typing it again.")
  })

  it('an empty name is caught', async () => {
    const { user } = await startSetup()
    await fillPartner(user, ' ', 'river stone lantern')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(screen.getByLabelText('Your name')).toHaveAccessibleDescription(expect.stringContaining('Write the name'))
  })

  it('the second partner cannot reuse the first partner’s passphrase', async () => {
    const { fake, user } = await startSetup()
    await fillPartner(user, 'Sam', 'river stone lantern')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(await screen.findByText(/hand the laptop to your partner/)).toBeInTheDocument()
    await fillPartner(user, 'Robin', 'river stone lantern')
    await user.click(screen.getByRole('button', { name: 'Create our journal' }))
    expect(screen.getByLabelText('Your passphrase')).toHaveAccessibleDescription(expect.stringContaining("same as Sam's passphrase"))
    expect(fake.callsTo('vault:create')).toHaveLength(0)
  })

  it('going back from step 2 never shows the first passphrase to the second partner', async () => {
    const { user } = await startSetup()
    await fillPartner(user, 'Sam', 'river stone lantern')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await user.click(await screen.findByRole('button', { name: 'Back' }))
    expect(screen.getByLabelText('Your name')).toHaveValue('Sam')
    expect(screen.getByLabelText('Your passphrase')).toHaveValue('')
  })

  it('shows a service error in words and stays on step 2', async () => {
    const { fake, user } = await startSetup()
    fake.respond('vault:create', () => ({ ok: false, error: { code: 'disk', message: 'The disk is full. Nothing was saved.' } }))
    await fillPartner(user, 'Sam', 'river stone lantern')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await fillPartner(user, 'Robin', 'quiet orchard bicycle')
    await user.click(screen.getByRole('button', { name: 'Create our journal' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('The disk is full. Nothing was saved.')
  })

  it('on success each partner sees their own recovery code, one at a time, then Hearth asks who is there', async () => {
    const { fake, user } = await startSetup()
    fake.respond('vault:create', () => {
      fake.respond('vault:status', () => ok(makeStatus()))
      return ok({ status: unlockedAs(SAM), recoveryCodes: CODES })
    })
    fake.respond('vault:lock', () => ok(makeStatus()))
    await fillPartner(user, 'Sam', 'river stone lantern')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await fillPartner(user, 'Robin', 'quiet orchard bicycle')
    await user.keyboard('{Enter}')

    expect(fake.callsTo('vault:create')).toEqual([
      { partners: [{ name: 'Sam', passphrase: 'river stone lantern' }, { name: 'Robin', passphrase: 'quiet orchard bicycle' }] },
    ])

    // Robin is at the laptop: Robin's code first, and only after Robin asks for it.
    await user.click(await screen.findByRole('button', { name: "I'm Robin, show my code" }))
    expect(screen.getByTestId('recovery-code')).toHaveTextContent('JJJJ KKKK LLLL MMMM NNNN PPPP QQQQ RRRR')
    expect(screen.queryByText(/AAAA/)).not.toBeInTheDocument()
    expect(screen.getByText(/gone for good/)).toBeInTheDocument()

    // Continuing without ticking the box is not allowed.
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(screen.getByRole('alert')).toHaveTextContent('Tick the box')
    await user.click(screen.getByLabelText('I have written this down'))
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    await user.click(await screen.findByRole('button', { name: "I'm Sam, show my code" }))
    expect(screen.getByTestId('recovery-code')).toHaveTextContent('AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH')
    expect(screen.queryByText(/JJJJ/)).not.toBeInTheDocument()
    expect(screen.getByLabelText('I have written this down')).not.toBeChecked()
    await user.click(screen.getByLabelText('I have written this down'))
    await user.click(screen.getByRole('button', { name: 'Finish setup' }))

    expect(await screen.findByRole('heading', { name: 'Who are you?' })).toBeInTheDocument()
    expect(fake.callsTo('vault:lock')).toHaveLength(1)
    const choices = screen.getAllByRole('button').filter((b) => b.classList.contains('choice'))
    expect(choices.map((c) => c.textContent)).toEqual(['Sam', 'Robin'])
    expect(within(screen.getByRole('status')).getByText(/journal is ready/)).toBeInTheDocument()
  })
})
