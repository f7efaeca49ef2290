// Shared e2e setup: a harness on a fresh data folder and Debian's Chromium driven by
// playwright-core, recording every request the page makes.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { startHarness, type Harness, type HarnessOptions } from '../harness/server'

export const SHOTS = resolve(import.meta.dirname, '../.artifacts/screenshots')

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]

export interface E2E {
  harness: Harness
  browser: Browser
  context: BrowserContext
  page: Page
  dataDir: string
  /** Every URL the page asked for, in order. */
  requests: string[]
  shot(name: string): Promise<string>
  /** Requests that went anywhere but the harness (must stay empty). */
  foreignRequests(): string[]
  close(): Promise<void>
}

// Data folders this module made: removed by close(), and, if a setup step threw before there was
// anything to close, when the test process exits, so a failed run leaves no hearth-e2e-* behind.
const madeDirs = new Set<string>()
const removeDir = (dir: string): void => {
  rmSync(dir, { recursive: true, force: true })
  madeDirs.delete(dir)
}
process.once('exit', () => madeDirs.forEach(removeDir))

export const openHearth = async (options: Partial<HarnessOptions> = {}): Promise<E2E> => {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'hearth-e2e-'))
  if (!options.dataDir) madeDirs.add(dataDir)
  const harness = await startHarness({ ...options, dataDir })
  const browser = await chromium.launch({
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
  })
  const context = await browser.newContext({ viewport: { width: 1200, height: 820 }, locale: 'en-GB', timezoneId: 'Europe/London' })
  const requests: string[] = []
  context.on('request', (request) => requests.push(request.url()))
  // Anything not bound for the harness is refused before it leaves the browser.
  await context.route('**/*', (route) =>
    route.request().url().startsWith(harness.origin) ? route.continue() : route.abort('blockedbyclient'),
  )
  const page = await context.newPage()
  await page.goto(harness.url)
  mkdirSync(SHOTS, { recursive: true })
  return {
    harness,
    browser,
    context,
    page,
    dataDir,
    requests,
    shot: async (name) => {
      const path = join(SHOTS, `${name}.png`)
      await page.screenshot({ path, fullPage: true })
      return path
    },
    // data: URLs count as foreign too: the renderer uses none, and the app blocks them.
    foreignRequests: () => requests.filter((url) => !url.startsWith(harness.origin)),
    close: async () => {
      try {
        await browser.close()
        await harness.close()
      } finally {
        if (!options.dataDir) removeDir(dataDir)
      }
    },
  }
}
