import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ok, fail } from '../../shared/result'
import { AutoLockCard } from '../../renderer/src/features/vault/AutoLockCard'
import { installFakeJournal } from './fake-journal'

describe('a couple chooses how soon Hearth locks itself', () => {
  it('shows the current idle time and saves a new one', async () => {
    const fake = installFakeJournal({ 'settings:set-idle': ({ minutes }) => ok({ idleMinutes: minutes, minMinutes: 1, maxMinutes: 60 }) })
    const user = userEvent.setup()
    render(<AutoLockCard />)
    const select = await screen.findByLabelText('Lock after')
    expect(select).toHaveValue('5')
    await user.selectOptions(select, '15')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(fake.callsTo('settings:set-idle')).toEqual([{ minutes: 15 }])
    expect(await screen.findByText('Saved. Hearth now locks after 15 quiet minutes.')).toBeInTheDocument()
  })

  it('says plainly when the setting could not be saved', async () => {
    installFakeJournal({ 'settings:set-idle': () => fail('disk', 'The disk is full, so this change was not saved.') })
    const user = userEvent.setup()
    render(<AutoLockCard />)
    await user.selectOptions(await screen.findByLabelText('Lock after'), '2')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('The disk is full, so this change was not saved.')
  })
})
