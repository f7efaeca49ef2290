// Issue 11, deliver 9: words and labels as a couple reads them.
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { PassphraseField, revealName } from '../../renderer/src/components/PassphraseField'
import { MSG } from '../../electron/services/vault/messages'

describe('words and labels (issue 11, deliver 9)', () => {
  it('the passphrase Show button reads "Show Ama’s passphrase", never "Show ama, your passphrase" or "Show type it again"', () => {
    expect(revealName('Ama, your passphrase')).toBe('Ama’s passphrase')
    expect(revealName('Your passphrase')).toBe('your passphrase')
    expect(revealName('New passphrase')).toBe('new passphrase')
    expect(revealName('Type it again')).toBe('the passphrase')
    render(<PassphraseField label="Ama, your passphrase" purpose="current" value="" onValueChange={() => {}} />)
    expect(screen.getByRole('button', { name: 'Show Ama’s passphrase' })).toBeInTheDocument()
  })

  it('a wrong passphrase is said in plain words, with no talk of keys', () => {
    const words = MSG.wrongPassphrase('Jo')
    expect(words).toBe("That is not Jo's passphrase. Check that caps lock is off and try again.")
    expect(words).not.toMatch(/key/i)
  })
})
