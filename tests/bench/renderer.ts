// Renderer figures: the initial JS and CSS the unlock screen needs (bytes and gzipped, from the
// built out/renderer), and the time from navigation to an interactive unlock screen in headless
// Chromium, served by the e2e harness on a vault that exists and is locked.

import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { startHarness } from '../harness/server'
import { NAMES } from './generate'
import { median } from './stats'

export const RENDERER_DIR = resolve(import.meta.dirname, '../../out/renderer')

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

export interface BundleFigures {
  js: { files: string[]; bytes: number; gzip: number }
  css: { files: string[]; bytes: number; gzip: number }
}

/** Scripts, module preloads and stylesheets that index.html loads before anything else. */
export const initialBundle = async (dir = RENDERER_DIR): Promise<BundleFigures> => {
  const html = await readFile(join(dir, 'index.html'), 'utf8')
  const refs = (re: RegExp) => [...new Set([...html.matchAll(re)].map((m) => m[1]!.replace(/^\.?\//, '')))]
  const js = refs(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g)
  const css = refs(/<link[^>]+href="([^"]+\.css)"/g)
  const sum = async (files: string[]) => {
    let bytes = 0
    let gzip = 0
    for (const f of files) {
      const data = await readFile(join(dir, f))
      bytes += data.length
      gzip += gzipSync(data, { level: 9 }).length
    }
    return { files, bytes, gzip }
  }
  return { js: await sum(js), css: await sum(css) }
}

const readyScript = (names: string[]): string => `(() => {
  const names = ${JSON.stringify(names)}
  const ready = () => {
    const buttons = [...document.querySelectorAll('button.choice')].filter((b) => names.includes((b.textContent || '').trim()))
    return buttons.length === names.length && buttons.every((b) => !b.disabled && b.offsetParent !== null)
  }
  const check = () => { if (window.__benchReady === undefined && ready()) window.__benchReady = performance.now() }
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true })
})()`

export interface InteractiveFigures {
  /** From navigation start (performance.timeOrigin) to both partner buttons visible and enabled. */
  inPageMs: number[]
  /** Wall clock from calling page.goto to Playwright seeing the same state. */
  wallMs: number[]
}

/**
 * `dataDir` must hold a vault created with the cheap test KDF (it is only shown locked here).
 * Each run uses a fresh browser context, so nothing is served from a warm cache.
 */
export const timeToInteractive = async (dataDir: string, runs: number): Promise<InteractiveFigures> => {
  const harness = await startHarness({ dataDir, weakKdf: true, idleMs: 3_600_000 })
  const browser = await chromium.launch({ executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium', headless: true, args: FLAGS })
  const out: InteractiveFigures = { inPageMs: [], wallMs: [] }
  try {
    for (let i = 0; i < runs + 1; i++) {
      const context = await browser.newContext({ viewport: { width: 1200, height: 820 } })
      await context.route('**/*', (route) => (route.request().url().startsWith(harness.origin) ? route.continue() : route.abort('blockedbyclient')))
      // Records, inside the page, the first moment both partner choices are visible and enabled.
      // (A script string: this file is type-checked for Node, without the DOM library.)
      await context.addInitScript({ content: readyScript([NAMES.A, NAMES.B]) })
      const page = await context.newPage()
      const t0 = performance.now()
      await page.goto(harness.url)
      // Functions, not strings: the page's CSP has no 'unsafe-eval'.
      await page.waitForFunction(() => (globalThis as { __benchReady?: number }).__benchReady !== undefined, undefined, { polling: 'raf', timeout: 30_000 })
      const wall = performance.now() - t0
      const inPage = await page.evaluate(() => (globalThis as unknown as { __benchReady: number }).__benchReady)
      // The first run warms Chromium itself (process start, font cache), not Hearth: dropped.
      if (i > 0) {
        out.wallMs.push(wall)
        out.inPageMs.push(inPage)
      }
      await context.close()
    }
  } finally {
    await browser.close()
    await harness.close()
  }
  return out
}

export const summarise = (f: InteractiveFigures) => ({ inPageMs: median(f.inPageMs), wallMs: median(f.wallMs) })
