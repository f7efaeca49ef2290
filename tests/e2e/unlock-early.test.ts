// User story (issue 15): the laptop is busy and Hearth's code is slow to load, yet "Who are you?"
// and both names are there as soon as Hearth knows the journal is locked. A name pressed (or
// reached with Tab) before React has taken the screen over is not lost, and React adopts the early
// drawing without a mismatch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openHearth, type E2E } from './browser'
import { ALEX, SAM, createCouple, passphraseInput } from './couple'

let e2e: E2E
const problems: string[] = []

beforeAll(async () => {
  e2e = await openHearth()
  e2e.page.on('console', (message) => {
    // Chromium's own favicon request 404s on the harness; everything else counts.
    if (message.location().url.endsWith('/favicon.ico')) return
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text())
  })
  e2e.page.on('pageerror', (error) => problems.push(error.message))
  await createCouple(e2e.harness, e2e.page)
})
afterAll(async () => {
  await e2e?.close()
})

/** Reloads with React's chunk held back until `release` is called. */
const reloadWithReactHeld = async (): Promise<() => void> => {
  let release = () => {}
  const held = new Promise<void>((done) => (release = done))
  // The newest route answers first; fallback() hands the request on to the harness-only guard.
  await e2e.context.route(/\/assets\/boot-[^/]+\.js$/, async (route) => {
    await held
    await route.fallback()
  })
  await e2e.page.reload({ waitUntil: 'commit' })
  return release
}

describe('the unlock screen before React has loaded', () => {
  it('shows the question and both names, and a name pressed then opens that passphrase form', async () => {
    const { page } = e2e
    const release = await reloadWithReactHeld()
    await page.getByRole('button', { name: SAM.name, exact: true }).click()
    // React is still held back: the choice is kept, not acted on yet.
    expect(await page.getByRole('heading', { name: 'Who are you?' }).isVisible()).toBe(true)
    release()
    await page.getByRole('heading', { name: `Hello, ${SAM.name}` }).waitFor()
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('autocomplete')))
      .toBe('current-password')
    expect(await passphraseInput(page).isVisible()).toBe(true)
    expect(problems).toEqual([])
  })

  it('a keyboard user who reached a name with Tab keeps their place when React takes over', async () => {
    const { page } = e2e
    const release = await reloadWithReactHeld()
    await page.getByRole('button', { name: ALEX.name, exact: true }).waitFor()
    // The question has the focus first; the names are the next stops.
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(ALEX.name)
    release()
    await page.waitForFunction(() => document.getElementById('desktop-layer') !== null)
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(ALEX.name)
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: `Hello, ${ALEX.name}` }).waitFor()
    expect(problems).toEqual([])
  })
})
