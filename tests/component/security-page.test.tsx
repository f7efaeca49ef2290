import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { fail, ok } from '../../shared/result'
import { App } from '../../renderer/src/app/App'
import { installFakeJournal, makeStatus, unlockedAs, SAM } from './fake-journal'

const openSecurity = async () => {
  const fake = installFakeJournal({ 'vault:status': () => ok(unlockedAs(SAM)), 'vault:lock': () => ok(makeStatus()) })
  const user = userEvent.setup()
  render(<App />)
  await screen.findByRole('heading', { name: 'Welcome, Sam' })
  await user.click(within(screen.getByRole('navigation')).getByRole('button', { name: 'Passphrase & security' }))
  return { fake, user }
}

describe('the security page', () => {
  it('issue 11, deliver 12: Sam renames themself to Ama; the header greets Ama at once', async () => {
    const { fake, user } = await openSecurity()
    fake.respond('vault:rename-partner', (req) => ok(unlockedAs({ ...SAM, name: req.name }, { partners: [{ ...SAM, name: req.name }, { id: 'B', name: 'Robin' }] })))
    const field = screen.getByLabelText('Your name')
    await user.clear(field)
    await user.type(field, 'Ama')
    await user.click(screen.getByRole('button', { name: 'Save my name' }))
    expect(fake.callsTo('vault:rename-partner')).toEqual([{ name: 'Ama' }])
    expect(await screen.findByText('Hearth now calls you Ama.')).toBeInTheDocument()
    expect(within(screen.getByRole('banner')).getByText('Ama')).toBeInTheDocument()
  })

  it('is reachable from Home, marked as the current page, with focus moved to the content', async () => {
    await openSecurity()
    expect(screen.getByRole('heading', { level: 1, name: 'Passphrase & security' })).toBeInTheDocument()
    expect(within(screen.getByRole('navigation')).getByRole('button', { name: 'Passphrase & security' })).toHaveAttribute('aria-current', 'page')
    expect(screen.getByRole('main')).toHaveFocus()
  })

  it('every field has a visible label', async () => {
    await openSecurity()
    for (const label of ['Current passphrase', 'New passphrase', 'Type the new passphrase again', 'Your passphrase']) {
      expect(screen.getByLabelText(label)).toBeInTheDocument()
    }
    expect(screen.getByLabelText('New passphrase')).toHaveAttribute('autocomplete', 'new-password')
  })

  it('changing the passphrase sends current and new, says it worked, and notes that old backups keep the old one', async () => {
    const { fake, user } = await openSecurity()
    fake.respond('vault:change-passphrase', () => ok(unlockedAs(SAM)))
    expect(screen.getByText(/Backups made before the change still open with your old passphrase/)).toBeInTheDocument()
    await user.type(screen.getByLabelText('Current passphrase'), 'river stone lantern')
    await user.type(screen.getByLabelText('New passphrase'), 'copper kettle meadow')
    await user.type(screen.getByLabelText('Type the new passphrase again'), 'copper kettle meadow{Enter}')
    expect(fake.callsTo('vault:change-passphrase')).toEqual([{ current: 'river stone lantern', next: 'copper kettle meadow' }])
    expect(await screen.findByText('Your passphrase is changed. Use the new one from now on.')).toBeInTheDocument()
    expect(screen.getByLabelText('Current passphrase')).toHaveValue('')
  })

  it('a wrong current passphrase shows the service message', async () => {
    const { fake, user } = await openSecurity()
    fake.respond('vault:change-passphrase', () => fail('wrong-passphrase', 'Your current passphrase was not right, so nothing changed.'))
    await user.type(screen.getByLabelText('Current passphrase'), 'river stone lantrn')
    await user.type(screen.getByLabelText('New passphrase'), 'copper kettle meadow')
    await user.type(screen.getByLabelText('Type the new passphrase again'), 'copper kettle meadow{Enter}')
    expect(await screen.findByRole('alert')).toHaveTextContent('Your current passphrase was not right, so nothing changed.')
  })

  it('a new recovery code asks for the passphrase, is shown once, and replaces the old one only when confirmed', async () => {
    const { fake, user } = await openSecurity()
    fake.respond('vault:new-recovery-code', () => ok({ recoveryCode: 'MMMMNNNNPPPPQQQQRRRRSSSSTTTTUUUU' }))
    await user.type(screen.getByLabelText('Your passphrase'), 'river stone lantern')
    await user.click(screen.getByRole('button', { name: 'Show my new code' }))
    expect(fake.callsTo('vault:new-recovery-code')).toEqual([{ passphrase: 'river stone lantern' }])
    expect(await screen.findByTestId('recovery-code')).toHaveTextContent('MMMM NNNN PPPP QQQQ RRRR SSSS TTTT UUUU')
    expect(screen.getByText(/old code keeps working until you confirm/)).toBeInTheDocument()
    // The disk is full when confirming: the code stays on screen and the old one still works.
    fake.respond('vault:confirm-recovery-code', () => fail('disk', 'The disk is full, so this change was not saved. Everything saved before is safe.'))
    await user.click(screen.getByLabelText('I have written this down'))
    await user.click(screen.getByRole('button', { name: 'Use this code from now on' }))
    expect(await screen.findByText(/The disk is full/)).toBeInTheDocument()
    expect(screen.getByTestId('recovery-code')).toBeInTheDocument()
    fake.respond('vault:confirm-recovery-code', () => ok(unlockedAs(SAM)))
    await user.click(screen.getByRole('button', { name: 'Use this code from now on' }))
    expect(screen.queryByTestId('recovery-code')).not.toBeInTheDocument()
    expect(screen.getByText('Your new recovery code is in place, and the old one no longer works.')).toBeInTheDocument()
    expect(fake.callsTo('vault:confirm-recovery-code')).toHaveLength(2)
  })

  it('rotating the private key explains itself, asks for the passphrase in a dialog, and Escape closes it', async () => {
    const { fake, user } = await openSecurity()
    fake.respond('vault:rotate-private-key', () => ok(unlockedAs(SAM)))
    expect(screen.getByText(/re-seals every one of them/)).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Make a fresh key…' }))
    const dialog = screen.getByRole('dialog', { name: 'Make a fresh private key?' })
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(dialog).not.toHaveAttribute('open')

    await user.click(screen.getByRole('button', { name: 'Make a fresh key…' }))
    const again = screen.getByRole('dialog', { name: 'Make a fresh private key?' })
    await user.type(within(again).getByLabelText('Your passphrase'), 'river stone lantern{Enter}')
    expect(fake.callsTo('vault:rotate-private-key')).toEqual([{ passphrase: 'river stone lantern' }])
    expect(await screen.findByText('Done. Your private entries are sealed with your new key.')).toBeInTheDocument()
  })
})
