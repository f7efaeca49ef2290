// Story: a couple writes their boundaries agreement, each signs it with their own passphrase in
// the UI, and prints it. The PDF is made by Chromium from the print stylesheet and checked as
// text (pdftotext) and as pictures (pdftoppm) for app chrome.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openHearth, type E2E } from './browser'
import { RIO, SAM, createCouple, goTo, lock, unlockAs, type Person } from './couple'

const OUT = resolve(import.meta.dirname, '../.artifacts/boundaries')
const SPACE_ITEM = 'We each get one evening a week to ourselves, no questions asked.'
const MONEY_ITEM = 'We talk before spending more than 200 on one thing.'

let e2e: E2E

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true })
  e2e = await openHearth({ weakKdf: true })
  await createCouple(e2e.harness, e2e.page, SAM, RIO)
})
afterAll(async () => {
  await e2e?.close()
})

/** Unlocks as one of the couple and opens the agreement. */
const openAgreementAs = async (who: Person) => {
  await unlockAs(e2e.page, who)
  await goTo(e2e.page, 'Boundaries', 'Our boundaries agreement')
}

const addItem = async (section: string, text: string) => {
  const region = e2e.page.getByRole('region', { name: section })
  await region.getByRole('button', { name: /^Add an agreed item/ }).click()
  await region.getByRole('textbox', { name: /^Agreed item \d+:/ }).last().fill(text)
}

describe('a couple writes, signs and prints their boundaries agreement', () => {
  it('Sam writes what they need and what they agree, saves version 1 and signs it', async () => {
    const page = e2e.page
    await openAgreementAs(SAM)
    const space = page.getByRole('region', { name: 'Personal space and time alone' })
    await space.getByLabel('What Sam needs: Personal space and time alone').fill('A quiet evening on my own most weeks.')
    await addItem('Personal space and time alone', SPACE_ITEM)
    await addItem('Money', MONEY_ITEM)
    await page.getByRole('button', { name: 'Propose version 1' }).click()
    const dialog = page.getByRole('dialog', { name: 'Propose version 1?' })
    await dialog.getByText(`Agreed in Money: “${MONEY_ITEM}”`).waitFor()
    await e2e.shot('boundaries-propose-dialog')
    await dialog.getByRole('button', { name: 'Propose version 1' }).click()
    await page.getByText('Saved as version 1.').waitFor()
    await page.getByLabel('Sam, your passphrase').fill(SAM.passphrase)
    await page.getByRole('button', { name: 'Sign version 1 as Sam' }).click()
    await page.getByText('You signed version 1.').waitFor()
    await expect(page.getByText('Not signed by Rio yet').isVisible()).resolves.toBe(true)
    await e2e.shot('boundaries-signed-by-sam')
    await lock(page)
  })

  it('Rio cannot sign with Sam’s passphrase, then signs with their own: version 1 is agreed', async () => {
    const page = e2e.page
    await openAgreementAs(RIO)
    await expect(page.getByText('A quiet evening on my own most weeks.').isVisible()).resolves.toBe(true)
    await page.getByLabel('Rio, your passphrase').fill(SAM.passphrase)
    await page.getByRole('button', { name: 'Sign version 1 as Rio' }).click()
    await page.getByRole('alert').filter({ hasText: 'That is not Rio' }).waitFor()
    await page.getByLabel('Rio, your passphrase').fill(RIO.passphrase)
    await page.getByRole('button', { name: 'Sign version 1 as Rio' }).click()
    await page.getByText('You have both signed version 1. It is agreed.').waitFor()
    await e2e.shot('boundaries-agreed')
  })

  it('the print view saves as PDF only in the app and prints a clean A4 and Letter copy', async () => {
    const page = e2e.page
    await page.getByRole('button', { name: 'Print or save as PDF' }).click()
    await page.getByRole('heading', { level: 1, name: 'Our boundaries agreement' }).waitFor()
    await page.getByRole('button', { name: 'Save as PDF…' }).click()
    await page.getByRole('alert').filter({ hasText: 'use your browser' }).waitFor()
    await e2e.shot('boundaries-print-view')

    for (const format of ['A4', 'Letter'] as const) {
      const pdf = join(OUT, `agreement-${format}.pdf`)
      await page.pdf({ path: pdf, format })
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
      expect(text).toContain('Our boundaries agreement')
      expect(text).toContain('Between Sam and Rio')
      expect(text).toContain(SPACE_ITEM)
      expect(text).toContain(MONEY_ITEM)
      expect(text).toMatch(/Version 1\b/)
      expect(text).toContain('Signed by Sam on')
      expect(text).toContain('Signed by Rio on')
      expect(text).toMatch(/Fingerprint: [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}/)
      expect(text).toContain('Signed by hand')
      // No app chrome: navigation, lock button, print controls and the private needs stay off paper.
      for (const chrome of ['Passphrase & security', 'Lock', 'Save as PDF', 'Open for', 'A quiet evening on my own']) expect(text).not.toContain(chrome)
      execFileSync('pdftoppm', ['-png', '-r', '70', pdf, join(OUT, `agreement-${format}`)])
    }
    expect(readdirSync(OUT).filter((f) => f.endsWith('.png')).length).toBeGreaterThanOrEqual(2)
  })
})

describe('a partner prints their recovery kit from the screen that shows their new code', () => {
  it('prints only the kit, with the code, how to use it and where to keep it', async () => {
    const page = e2e.page
    await goTo(page, 'Passphrase & security')
    const card = page.getByRole('region', { name: 'Get a new recovery code' })
    await card.getByLabel('Your passphrase').fill(RIO.passphrase)
    await card.getByRole('button', { name: 'Show my new code' }).click()
    const code = (await page.getByTestId('recovery-code').innerText()).trim()
    expect(code).toMatch(/^[A-Z0-9]{4}( [A-Z0-9]{1,4})+$/)
    await page.getByRole('button', { name: 'Print recovery kit' }).click()
    await page.getByRole('dialog', { name: 'Rio’s recovery kit' }).waitFor()
    await e2e.shot('recovery-kit-print-view')
    const pdf = join(OUT, 'recovery-kit-A4.pdf')
    await page.pdf({ path: pdf, format: 'A4' })
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    expect(text).toContain('Rio’s recovery kit')
    expect(text).toContain(code)
    expect(text).toContain('How to use it')
    expect(text).toContain('Where to keep it')
    for (const chrome of ['Passphrase & security', 'Open for', 'Save as PDF', 'I have written this down']) expect(text).not.toContain(chrome)
    execFileSync('pdftoppm', ['-png', '-r', '70', pdf, join(OUT, 'recovery-kit-A4')])
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog').count()).resolves.toBe(0)
  })
})

describe('privacy: the agreement never leaves the laptop', () => {
  it('made no request anywhere but the harness', () => {
    expect(e2e.foreignRequests()).toEqual([])
  })
})
