import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { formatWhen } from '../../renderer/src/app/format'
import { registerBeforeLock, runBeforeLock } from '../../renderer/src/app/lock-events'
import { Button } from '../../renderer/src/components/Button'
import { Notice } from '../../renderer/src/components/Notice'
import { PassphraseField } from '../../renderer/src/components/PassphraseField'
import { TextArea } from '../../renderer/src/components/TextArea'
import { TextField } from '../../renderer/src/components/TextField'
import { groupCode } from '../../renderer/src/features/vault/RecoveryCodeReveal'

function NewPassphrase({ strength }: { strength: Parameters<typeof PassphraseField>[0]['strength'] }) {
  const [value, setValue] = useState('')
  return <PassphraseField label="New passphrase" purpose="new" value={value} onValueChange={setValue} strength={strength} minLength={10} />
}

describe('building blocks', () => {
  it('a text field is found by its label and its hint and error describe it', () => {
    render(<TextField label="Your name" hint="Any name you like." error="Write the name you would like Hearth to use." />)
    const field = screen.getByLabelText('Your name')
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(field).toHaveAccessibleDescription('Any name you like. Write the name you would like Hearth to use.')
  })

  it('a text area is found by its label, its hint and error describe it, and it can count what is left', async () => {
    const user = userEvent.setup()
    render(<TextArea label="A note" hint="Only the two of you see it." error="Write a little more." maxLength={20} showCount />)
    const area = screen.getByRole('textbox', { name: 'A note' })
    expect(area.tagName).toBe('TEXTAREA')
    expect(area).toHaveAttribute('aria-invalid', 'true')
    expect(area).toHaveAttribute('maxlength', '20')
    expect(area).toHaveAccessibleDescription('Only the two of you see it. Write a little more. 0 of 20 characters')
    await user.type(area, 'hello')
    expect(area).toHaveAccessibleDescription('Only the two of you see it. Write a little more. 5 of 20 characters')
  })

  it('a new passphrase field turns off autocorrect and the spellchecker, and the meter counts down to the minimum', async () => {
    const user = userEvent.setup()
    render(<NewPassphrase strength={null} />)
    const field = screen.getByLabelText('New passphrase')
    expect(field).toHaveAttribute('autocomplete', 'new-password')
    expect(field).toHaveAttribute('spellcheck', 'false')
    expect(field).toHaveAttribute('autocapitalize', 'off')
    await user.type(field, 'abcdefg')
    expect(field).toHaveAccessibleDescription('3 more characters to go.')
  })

  it('the meter shows the estimator’s words once the minimum is reached', async () => {
    const user = userEvent.setup()
    render(<NewPassphrase strength={{ score: 4, label: 'Strong', hint: 'Hard to guess.' }} />)
    await user.type(screen.getByLabelText('New passphrase'), 'copper kettle meadow')
    expect(screen.getByLabelText('New passphrase')).toHaveAccessibleDescription('Strong. Hard to guess.')
  })

  it('errors are announced at once, information politely', () => {
    render(
      <>
        <Notice tone="error">The disk is full.</Notice>
        <Notice>Saved.</Notice>
      </>,
    )
    expect(screen.getByRole('alert')).toHaveTextContent('The disk is full.')
    expect(screen.getByRole('status')).toHaveTextContent('Saved.')
  })

  it('a busy button ignores a second press but keeps its place in the tab order', async () => {
    const user = userEvent.setup()
    const onClick = vi.fn()
    render(
      <Button busy busyLabel="Saving…" onClick={onClick}>
        Save
      </Button>,
    )
    const button = screen.getByRole('button', { name: 'Saving…' })
    await user.tab()
    expect(button).toHaveFocus()
    await user.click(button)
    expect(onClick).not.toHaveBeenCalled()
  })

  it('recovery codes are grouped in fours for copying by hand', () => {
    expect(groupCode('abcd-efgh ijklmnop')).toEqual(['ABCD', 'EFGH', 'IJKL', 'MNOP'])
  })

  it('dates read like "Tuesday 24 November, 21:14"', () => {
    expect(formatWhen('2026-11-24T21:14:00', new Date('2026-12-01T09:00:00'))).toBe('Tuesday 24 November, 21:14')
    expect(formatWhen('2025-11-24T21:14:00', new Date('2026-12-01T09:00:00'))).toBe('Monday, 24 November 2025, 21:14')
  })
})

describe('saving drafts before a lock', () => {
  it('a failing or slow callback never holds up the lock', async () => {
    const done: string[] = []
    const offs = [
      registerBeforeLock(() => {
        throw new Error('draft store broke')
      }),
      registerBeforeLock(() => new Promise<void>(() => {})),
      registerBeforeLock(async () => {
        done.push('saved')
      }),
    ]
    await runBeforeLock(20)
    offs.forEach((off) => off())
    expect(done).toEqual(['saved'])
  })
})
