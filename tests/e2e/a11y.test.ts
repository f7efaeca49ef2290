// Accessibility and a look at every screen: axe-core's WCAG 2 A/AA rules on the first-run
// welcome, the unlock screen, Home and every page in the navigation, with a screenshot of each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { openHearth, type E2E } from './browser'
import { axe } from './axe'
import { ALEX, SAM, createCouple, goTo, lock, unlockAs, unlockScreen } from './couple'
import { loveMapRound } from '../../shared/content/love-maps'
import { isoWeekKey } from '../../shared/logic/iso-week'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createPathFileHost } from '../harness/file-host'

let e2e: E2E
const files = createPathFileHost()
const usb = mkdtempSync(join(tmpdir(), 'hearth-a11y-usb-'))

beforeAll(async () => {
  e2e = await openHearth({ files })
})
afterAll(async () => {
  await e2e?.close()
  rmSync(usb, { recursive: true, force: true })
})

describe('accessibility: every screen passes axe-core’s WCAG 2.1 A/AA checks', () => {
  it('the first-run welcome', async () => {
    await e2e.page.getByRole('heading', { name: 'Welcome to Hearth' }).waitFor()
    expect(await axe(e2e.page)).toEqual([])
  })

  it('restore from a backup copy, from the first-run screen', async () => {
    await e2e.page.getByRole('button', { name: 'Restore from a backup copy' }).click()
    await e2e.page.getByRole('heading', { level: 1, name: 'Restore from a backup copy' }).waitFor()
    expect(await axe(e2e.page)).toEqual([])
    await e2e.page.getByRole('button', { name: 'Back', exact: true }).click()
  })

  it('the unlock screen', async () => {
    await createCouple(e2e.harness, e2e.page)
    await unlockScreen(e2e.page).waitFor()
    expect(await axe(e2e.page)).toEqual([])
  })

  it('a backup copy checked and ready to restore (with a journal here already)', async () => {
    const { page, harness } = e2e
    const path = join(usb, 'copy.hearthbackup')
    await harness.services.dispatch('vault:unlock', { partner: 'A', passphrase: SAM.passphrase })
    files.nextSave(path)
    expect((await harness.services.dispatch('carry:backup', {})).ok).toBe(true)
    await harness.services.dispatch('vault:lock', {})
    await page.reload()
    await page.getByRole('button', { name: 'Restore from a backup copy' }).click()
    await page.getByText('It will not be overwritten').waitFor()
    expect(await axe(page)).toEqual([])
    files.nextOpen(path)
    await page.getByRole('button', { name: 'Choose the backup copy…' }).click()
    await page.getByText('This copy checks out').waitFor()
    expect(await axe(page)).toEqual([])
    await page.getByRole('radio', { name: 'My recovery code' }).check()
    expect(await axe(page)).toEqual([])
    await page.reload()
  })

  it('Home and each page in the navigation', async () => {
    const { page } = e2e
    await unlockAs(page, SAM)
    expect(await axe(page)).toEqual([])
    const nav = page.getByRole('navigation', { name: 'Hearth' })
    const labels = await nav.getByRole('button').allInnerTexts()
    expect(labels.length).toBeGreaterThan(5)
    const failures: Record<string, string[]> = {}
    for (const label of labels) {
      await nav.getByRole('button', { name: label.trim(), exact: true }).click()
      const heading = await page
        .getByRole('main')
        .getByRole('heading', { level: 1 })
        .first()
        .waitFor({ timeout: 5000 })
        .then(() => null)
        .catch(() => ['page-has-heading-one: no visible h1 in main'])
      await page.waitForLoadState('networkidle')
      await e2e.shot(`screen-${label.trim().toLowerCase().replace(/[^a-z]+/g, '-')}`)
      const found = [...(heading ?? []), ...(await axe(page))]
      if (found.length) failures[label.trim()] = found
    }
    expect(failures).toEqual({})
  })

  it('can be used from the keyboard: the skip link leads to the main content', async () => {
    const { page } = e2e
    // Start from the top of the document, as after opening the window.
    await page.reload()
    await page.getByRole('heading', { name: `Welcome, ${SAM.name}` }).waitFor()
    await page.waitForLoadState('networkidle')
    await page.keyboard.press('Tab')
    const first = await page.evaluate(() => document.activeElement?.textContent ?? '')
    expect(first.toLowerCase()).toContain('skip')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN')
  })
})

describe('accessibility: the guided rituals with something in them', () => {
  it('the check-in issue step with a hint, a love-map reveal, shared repair pages, a drawn card and our year', async () => {
    const { page } = e2e
    const d = e2e.harness.services.dispatch
    const q = loveMapRound(1)[0]!
    const sealBoth = async (answer: string) => {
      await d('lovemaps:save', { round: 1, part: 'answers', questionId: q.id, text: answer })
      await d('lovemaps:seal', { round: 1, part: 'answers' })
      await d('lovemaps:save', { round: 1, part: 'guesses', questionId: q.id, text: `A guess from ${answer}` })
      await d('lovemaps:seal', { round: 1, part: 'guesses' })
    }
    // Sam is still in from the story above.
    await d('checkin:save', { week: isoWeekKey(new Date()), patch: { step: 'issue', appreciations: { A: ['Thank you for the tea'] }, issue: { topic: 'It’s not my fault we were late.' } } })
    await sealBoth('Porridge')
    await d('repair:save-draft', { fields: { felt: 'Hurt', 'my-side': 'You never listen to me.' } })
    await d('repair:share', {})
    await lock(page)
    await unlockAs(page, ALEX)
    await sealBoth('Pancakes')
    await d('repair:save-draft', { fields: { felt: 'Tired' } })
    await d('repair:share', {})

    const failures: Record<string, string[]> = {}
    const check = async (name: string) => {
      await page.waitForLoadState('networkidle')
      await e2e.shot(`screen-guided-${name}`)
      const found = await axe(page)
      if (found.length) failures[name] = found
    }
    await goTo(page, 'Weekly check-in', 'Weekly check-in')
    await page.getByText(/might come across as defensiveness/).waitFor()
    await check('checkin-issue')
    await goTo(page, 'How well do you know me?', 'How well do you know me?')
    await page.getByRole('heading', { name: 'Round 1, side by side' }).waitFor()
    await check('lovemaps-reveal')
    await goTo(page, 'After a hard moment', 'After a hard moment')
    await page.getByRole('list', { name: 'Tone hints' }).waitFor()
    await check('repair-shared')
    await goTo(page, 'Conversation cards', 'Conversation cards')
    await page.getByRole('button', { name: 'Draw a card' }).click()
    await page.getByRole('button', { name: 'Draw another' }).waitFor()
    await check('card-drawn')
    await goTo(page, 'Our year', `Our year, ${new Date().getFullYear()}`)
    await check('our-year')
    expect(failures).toEqual({})
  })
})

describe('privacy: no request ever leaves the laptop', () => {
  it('made every request of the session to the harness only', () => {
    expect(e2e.foreignRequests()).toEqual([])
  })
})
