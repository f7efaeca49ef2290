import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import html from '../../renderer/index.html?raw'
import { App } from '../../renderer/src/app/App'
import { askStatusEarly } from '../../renderer/src/app/first-status'
import { installFakeJournal, makeStatus } from './fake-journal'
import { ok } from '../../shared/result'

/** What index.html paints inside #root before any script has run. */
const staticRoot = /<div id="root">([\s\S]*?)<\/div>\s*<script/.exec(html)?.[1]?.trim() ?? ''

describe('the first paint of the unlock screen (issue 15)', () => {
  it('index.html paints the same frame and "Opening Hearth…" that the app renders while it asks for the vault, so nothing moves when React takes over', () => {
    // vault:status never answers: the app stays on its own opening screen.
    installFakeJournal({ 'vault:status': () => new Promise(() => {}) })
    const { container } = render(<App />)
    expect(staticRoot).toContain('Opening Hearth…')
    expect(container.innerHTML).toBe(staticRoot)
  })

  it('the static paint carries no inline script or style, so the CSP needs nothing more', () => {
    expect(staticRoot).not.toMatch(/<script|style=|<style/i)
    expect(html.match(/<script/g)).toHaveLength(1)
  })

  it('the vault status asked for before the first render is the one the unlock screen uses: one round trip, not two', async () => {
    const fake = installFakeJournal({ 'vault:status': () => ok(makeStatus()) })
    void askStatusEarly()
    expect(fake.callsTo('vault:status')).toHaveLength(1)
    render(<App />)
    expect(await screen.findByRole('heading', { name: 'Who are you?' })).toBeInTheDocument()
    expect(fake.callsTo('vault:status')).toHaveLength(1)
  })
})
