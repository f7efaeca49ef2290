// User stories: Hearth follows the system's dark mode or the couple's own choice, its text can
// be made up to twice as large, both are remembered and apply on the lock screen too, every
// screen stays accessible (axe-core) in dark mode and at 200 %, and the print view stays light.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openHearth, type E2E } from './browser'
import { SAM, createCouple, goTo, lock, unlockAs, unlockScreen } from './couple'
import { axe } from './axe'

let e2e: E2E
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
const rootFontPx = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))
const isDark = (rgb: string) => {
  const [r = 255, g = 255, b = 255] = (rgb.match(/\d+/g) ?? []).map(Number)
  return (r + g + b) / 3 < 80
}

/** Every page in the navigation: a screenshot and axe; returns the failures by page. */
const everyScreen = async (page: Page, prefix: string): Promise<Record<string, string[]>> => {
  const nav = page.getByRole('navigation', { name: 'Hearth' })
  const labels = (await nav.getByRole('button').allInnerTexts()).map((l) => l.trim())
  expect(labels.length).toBeGreaterThan(5)
  const failures: Record<string, string[]> = {}
  for (const label of labels) {
    await nav.getByRole('button', { name: label, exact: true }).click()
    await page.getByRole('main').getByRole('heading', { level: 1 }).first().waitFor({ timeout: 5000 })
    await page.waitForLoadState('networkidle')
    await e2e.shot(`${prefix}-${label.toLowerCase().replace(/[^a-z]+/g, '-')}`)
    const found = await axe(page)
    // Large text must reflow, not push the page sideways (WCAG 1.4.10).
    const wide = await page.evaluate(() =>
      document.documentElement.scrollWidth > window.innerWidth
        ? [...document.querySelectorAll('body *')]
            .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
            .slice(-3)
            .map((el) => `overflows sideways: ${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`)
        : [],
    )
    found.push(...wide)
    if (found.length) failures[label] = found
  }
  return failures
}

beforeAll(async () => {
  e2e = await openHearth()
})
afterAll(async () => {
  await e2e?.close()
})

describe('dark theme', () => {
  it('follows the system: the welcome screen is dark when the system is, and passes axe', async () => {
    const { page } = e2e
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.getByRole('heading', { name: 'Welcome to Hearth' }).waitFor()
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('system')
    expect(isDark(await background(page))).toBe(true)
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark')
    await e2e.shot('dark-welcome')
    expect(await axe(page)).toEqual([])
  })

  it('the lock screen and every page are dark and pass axe', async () => {
    const { page } = e2e
    await createCouple(e2e.harness, page)
    await unlockScreen(page).waitFor()
    await e2e.shot('dark-unlock')
    expect(await axe(page)).toEqual([])
    await unlockAs(page, SAM)
    await e2e.shot('dark-home')
    expect(await axe(page)).toEqual([])
    expect(await everyScreen(page, 'dark-screen')).toEqual({})
  })

  it('the agreement prints light whatever the theme', async () => {
    const { page } = e2e
    await goTo(page, 'Print agreement')
    await page.getByRole('main').getByRole('heading', { level: 1 }).first().waitFor()
    try {
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' })
      expect(isDark(await background(page))).toBe(false)
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--color-ink').trim())).toBe('#2b211c')
      expect(await rootFontPx(page)).toBe(16)
    } finally {
      await page.emulateMedia({ media: 'screen', colorScheme: 'dark' })
    }
  })

  it('an explicit Light choice wins over a dark system, and Dark over a light one', async () => {
    const { page } = e2e
    await goTo(page, 'Display & reminders', 'Display & reminders')
    await page.getByRole('radio', { name: 'Light' }).click()
    await expect.poll(async () => isDark(await background(page))).toBe(false)
    await page.emulateMedia({ colorScheme: 'light' })
    await page.getByRole('radio', { name: 'Dark' }).click()
    await expect.poll(async () => isDark(await background(page))).toBe(true)
    await e2e.shot('dark-preferences')
    expect(await axe(page)).toEqual([])
  })
})

describe('text size', () => {
  it('200 % is chosen in settings, remembered after a restart and used on the lock screen', async () => {
    const { page } = e2e
    await page.getByLabel('Text size').selectOption({ label: '200 %' })
    await expect.poll(() => rootFontPx(page)).toBe(32)
    // A fresh page (the journal stays open in the harness) starts at 200 % straight away.
    await page.reload()
    await page.getByRole('heading', { name: `Welcome, ${SAM.name}` }).waitFor()
    expect(await rootFontPx(page)).toBe(32)
    await lock(page)
    await expect.poll(() => rootFontPx(page)).toBe(32)
    expect(isDark(await background(page))).toBe(true)
    await e2e.shot('text200-unlock')
    expect(await axe(page)).toEqual([])
  })

  it('every page at 200 % (light theme) passes axe', async () => {
    const { page } = e2e
    await unlockAs(page, SAM)
    await goTo(page, 'Display & reminders', 'Display & reminders')
    await page.getByRole('radio', { name: 'Light' }).click()
    await expect.poll(async () => isDark(await background(page))).toBe(false)
    await goTo(page, 'Home')
    await e2e.shot('text200-home')
    expect(await axe(page)).toEqual([])
    expect(await everyScreen(page, 'text200-screen')).toEqual({})
  })

  it('the file holds the choices in plain JSON, no journal words', () => {
    const prefs = e2e.harness.services.preferences.get()
    expect(prefs).toMatchObject({ theme: 'light', textScale: 2 })
  })
})

describe('privacy: no request ever leaves the laptop', () => {
  it('made every request of the session to the harness only', () => {
    expect(e2e.foreignRequests()).toEqual([])
  })
})
