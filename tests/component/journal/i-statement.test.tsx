import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { applySuggestion } from '../../../renderer/src/features/reflection/IStatementHint'
import { WritingArea } from '../../../renderer/src/features/reflection/WritingArea'
import { findBlame } from '../../../shared/logic/i-statements'

function Harness({ initial = '' }: { initial?: string }) {
  const [text, setText] = useState(initial)
  return <WritingArea label="A note for Robin" value={text} onChange={setText} coach />
}

describe('"I" statement help while writing', () => {
  it('offers a feeling/when/need rewording, politely, when a sentence reads as blame', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    await user.type(screen.getByLabelText('A note for Robin'), 'You never listen to me.')
    const hint = await screen.findByText(/might land as blame/, {}, { timeout: 2000 })
    const region = hint.closest('[role="status"]')
    expect(region).toHaveAttribute('aria-live', 'polite')
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByText("I feel … when you don't listen to me. I need …")).toBeInTheDocument()
  })

  it('the writer may take the suggestion: it replaces the sentence and selects the first gap to fill', async () => {
    const user = userEvent.setup()
    render(<Harness initial="Thanks for Sunday. You never listen to me. See you later." />)
    await user.click(await screen.findByRole('button', { name: 'Use this wording' }, { timeout: 2000 }))
    const area = screen.getByLabelText('A note for Robin')
    expect(area).toHaveValue("Thanks for Sunday. I feel … when you don't listen to me. I need … See you later.")
  })

  it('the writer may ignore it: "Keep mine" dismisses that sentence for good', async () => {
    const user = userEvent.setup()
    render(<Harness initial="You always leave the door open." />)
    await user.click(await screen.findByRole('button', { name: 'Keep mine' }, { timeout: 2000 }))
    expect(screen.queryByText(/might land as blame/)).toBeNull()
    expect(screen.getByLabelText('A note for Robin')).toHaveValue('You always leave the door open.')
  })

  it('stays quiet for kind words', async () => {
    render(<Harness initial="You always make me laugh." />)
    await new Promise((r) => setTimeout(r, 900))
    expect(screen.queryByText(/might land as blame/)).toBeNull()
  })

  it('applySuggestion puts the cursor on the first “…”', () => {
    const text = 'Hi. You never call.'
    const [hint] = findBlame(text)
    if (!hint) throw new Error('expected a hint')
    const { text: next, cursor } = applySuggestion(text, hint)
    expect(next.slice(cursor.start, cursor.end)).toBe('…')
    expect(next.startsWith('Hi. I feel')).toBe(true)
  })
})
