// User story (issue 15): on a slow evening the laptop is busy, yet "Who are you?" and both names
// are there the moment Hearth knows the journal is locked, before React has loaded; choosing a
// name then is never lost, and a keyboard user keeps their place when React takes the screen over.
import { act, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import html from '../../renderer/index.html?raw'
import { App } from '../../renderer/src/app/App'
import { boot } from '../../renderer/src/app/boot'
import {
  drawEarlyUnlock,
  earlyUnlockCard,
  handOverEarlyUnlock,
  replayEarlyPress,
} from '../../renderer/src/app/early-unlock'
import { askStatusEarly } from '../../renderer/src/app/first-status'
import { ok } from '../../shared/result'
import { installFakeJournal, makeStatus, ROBIN } from './fake-journal'

const staticRoot = /<div id="root">([\s\S]*?)<\/div>\s*<script/.exec(html)?.[1]?.trim() ?? ''

/** A page as index.html paints it before any script: the frame and "Opening Hearth…". */
const staticPage = (): HTMLElement => {
  document.body.innerHTML = `<div id="root">${staticRoot}</div>`
  return document.getElementById('root')!
}

afterEach(() => {
  // One page per test: forget any drawing (its main is gone, so nothing is replayed).
  document.body.innerHTML = ''
  handOverEarlyUnlock()
  replayEarlyPress()
  vi.restoreAllMocks()
})

describe('the unlock choice drawn before React (issue 15)', () => {
  it('is exactly the markup UnlockScreen renders for a locked journal, so React can adopt it as it is', () => {
    installFakeJournal()
    const { container } = render(<App firstStatus={ok(makeStatus())} />)
    const reactCard = container.querySelector('main > section.card')
    const earlyCard = earlyUnlockCard(makeStatus())
    // isEqualNode compares tags, attributes (in any order) and text, all the way down.
    expect(reactCard?.outerHTML).toBeDefined()
    expect(earlyCard.isEqualNode(reactCard), `early:\n${earlyCard.outerHTML}\nReact:\n${reactCard?.outerHTML}`).toBe(
      true,
    )
  })

  it('draws over the static frame only for a locked journal, with the question focused first', () => {
    const root = staticPage()
    expect(drawEarlyUnlock(root, makeStatus({ state: 'none', partners: [] }))).toBe(false)
    expect(root.querySelector('[role="status"]')).toHaveTextContent('Opening Hearth…')
    expect(drawEarlyUnlock(root, makeStatus())).toBe(true)
    expect(screen.getByRole('heading', { name: 'Who are you?' })).toHaveFocus()
    expect(screen.getByRole('button', { name: 'Sam' })).toBeEnabled()
    expect(screen.getByRole('button', { name: 'Robin' })).toBeEnabled()
  })

  it('a name is written as text, never as markup', () => {
    const root = staticPage()
    drawEarlyUnlock(root, makeStatus({ partners: [{ id: 'A', name: '<img src=x onerror=alert(1)>' }, ROBIN] }))
    expect(root.querySelector('img')).toBeNull()
    expect(screen.getByRole('button', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument()
  })

  it('React adopts the drawing without a mismatch and keeps the focus where the person put it', async () => {
    const errors = vi.spyOn(console, 'error')
    const fake = installFakeJournal({ 'vault:status': () => ok(makeStatus()) })
    const root = staticPage()
    drawEarlyUnlock(root, makeStatus())
    const robin = screen.getByRole('button', { name: 'Robin' })
    robin.focus()
    void askStatusEarly()
    await act(() => boot(root))
    // The very same node, now React's, and still focused.
    expect(screen.getByRole('button', { name: 'Robin' })).toBe(robin)
    expect(robin).toHaveFocus()
    expect(errors).not.toHaveBeenCalled()
    expect(fake.callsTo('vault:status')).toHaveLength(1)
  })

  it('a name chosen before React took over opens that partner’s passphrase form once it has', async () => {
    installFakeJournal({ 'vault:status': () => ok(makeStatus()) })
    const root = staticPage()
    drawEarlyUnlock(root, makeStatus())
    screen.getByRole('button', { name: 'Robin' }).click()
    void askStatusEarly()
    await act(() => boot(root))
    expect(await screen.findByRole('heading', { name: 'Hello, Robin' })).toBeInTheDocument()
    expect(screen.getByLabelText('Your passphrase')).toHaveFocus()
  })
})
