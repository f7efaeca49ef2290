// Stories: "a dead disk does not end our journal" and "we moved to a new laptop". A couple makes a
// backup copy from the security page; a fresh data folder restores it from the first-run screen;
// both partners then see the same journal, record by record. A copy with one flipped byte is
// refused and nothing is written; restoring over a journal sets the old one aside.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync, zipSync } from 'fflate'
import { openHearth, type E2E } from './browser'
import { ALEX, SAM, createCouple, passphraseInput, unlockAs, unlockScreen, goTo } from './couple'
import { seedJournal, whatPartnerSees } from './carry-helpers'
import { createPathFileHost } from '../harness/file-host'

const usb = mkdtempSync(join(tmpdir(), 'hearth-usb-'))
const copyPath = join(usb, 'Hearth backup.hearthbackup')
const oldLaptop = createPathFileHost()
const newLaptop = createPathFileHost()
let first: E2E
let second: E2E
let seenBefore: { A: unknown; B: unknown }

const fileTimes = (dir: string) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .sort()
    .map((f) => `${f}:${statSync(join(dir, f)).mtimeMs}`)

beforeAll(async () => {
  first = await openHearth({ weakKdf: true, files: oldLaptop })
  second = await openHearth({ weakKdf: true, files: newLaptop })
})
afterAll(async () => {
  await first?.close()
  await second?.close()
  rmSync(usb, { recursive: true, force: true })
})

describe('a backup copy on another disk', () => {
  it('is made from the security page, verified, and Home says when', async () => {
    const { page, harness } = first
    await createCouple(harness, page, SAM, ALEX)
    await seedJournal(harness, SAM, ALEX)
    seenBefore = { A: await whatPartnerSees(harness, 'A', SAM), B: await whatPartnerSees(harness, 'B', ALEX) }
    await page.reload()
    await unlockAs(page, SAM)
    await page.getByText('Not copied to another disk yet.').waitFor()
    await goTo(page, 'Passphrase & security', 'Passphrase & security')
    oldLaptop.nextSave(copyPath)
    await page.getByRole('button', { name: 'Make a backup copy…' }).click()
    await page.getByText('Your copy is saved and checked').waitFor()
    await page.getByText('Last copied to another disk today.').first().waitFor()
    await first.shot('carry-backup-done')
    expect(oldLaptop.asked[0]).toMatchObject({ kind: 'save', suggestedName: expect.stringMatching(/^Hearth backup \d{4}-\d{2}-\d{2}\.hearthbackup$/) })
    expect(statSync(copyPath).size).toBeGreaterThan(1000)
    await goTo(page, 'Home')
    await page.getByText('Last copied to another disk today.').waitFor()
    await first.shot('carry-home-line')
  })
})

describe('restoring on a new laptop', () => {
  it('a copy with one flipped byte is refused with a clear message, and nothing is written', async () => {
    const { page, dataDir } = second
    const files = unzipSync(readFileSync(copyPath))
    const journal = new Uint8Array(files['journal.hearth'] ?? new Uint8Array())
    const at = Math.floor(journal.length / 2)
    journal[at] = (journal[at] ?? 0) ^ 0x04
    const bad = join(usb, 'flipped.hearthbackup')
    writeFileSync(bad, zipSync({ ...files, 'journal.hearth': journal }, { level: 0 }))
    const before = fileTimes(dataDir)
    const beside = readdirSync(join(dataDir, '..'))
    await page.getByRole('button', { name: 'Restore from a backup copy' }).click()
    await page.getByRole('heading', { name: 'Restore from a backup copy' }).waitFor()
    await second.shot('carry-restore-choose')
    newLaptop.nextOpen(bad)
    await page.getByRole('button', { name: 'Choose the backup copy…' }).click()
    await page.getByRole('alert').getByText('damaged or changed since Hearth made it').waitFor()
    await second.shot('carry-restore-refused')
    expect(fileTimes(dataDir)).toEqual(before)
    expect(readdirSync(join(dataDir, '..'))).toEqual(beside)
  })

  it('a fresh data folder restores the copy, and both partners see the same journal, record by record', async () => {
    const { page, harness } = second
    newLaptop.nextOpen(copyPath)
    await page.getByRole('button', { name: 'Choose the backup copy…' }).click()
    await page.getByText('This copy checks out').waitFor()
    await second.shot('carry-restore-preview')
    await page.getByRole('radio', { name: ALEX.name }).check()
    await passphraseInput(page).fill(ALEX.passphrase)
    await page.getByRole('button', { name: 'Restore this journal' }).click()
    await unlockScreen(page).waitFor()
    await page.getByText('Your journal is restored.').waitFor()
    await second.shot('carry-restored')
    expect(harness.services.vault.status().state).toBe('locked')
    expect(await whatPartnerSees(harness, 'A', SAM)).toEqual(seenBefore.A)
    expect(await whatPartnerSees(harness, 'B', ALEX)).toEqual(seenBefore.B)
    await unlockAs(page, ALEX)
    await goTo(page, 'Private journal')
    await page.getByText('Marmalade').first().waitFor()
  })

  it('restoring over an existing journal sets the old one aside, and it is listed to bring back', async () => {
    const { page, dataDir } = second
    await page.getByRole('banner').getByRole('button', { name: 'Lock', exact: true }).click()
    await unlockScreen(page).waitFor()
    const present = readdirSync(dataDir).filter((n) => /^(journal|boundaries)\./.test(n))
    await page.getByRole('button', { name: 'Restore from a backup copy' }).click()
    await page.getByText('It will not be overwritten').waitFor()
    newLaptop.nextOpen(copyPath)
    await page.getByRole('button', { name: 'Choose the backup copy…' }).click()
    await page.getByRole('radio', { name: SAM.name }).check()
    await passphraseInput(page).fill(SAM.passphrase)
    await page.getByRole('button', { name: 'Restore this journal' }).click()
    await page.getByText(/kept, untouched, as “set-aside-.* \(before restore\)”/).waitFor()
    const aside = readdirSync(dataDir).filter((n) => /^set-aside-.* \(before restore\)$/.test(n))
    expect(aside).toHaveLength(1)
    expect(readdirSync(join(dataDir, aside[0] ?? '')).sort()).toEqual(present.sort())
    await page.getByRole('button', { name: 'Restore from a backup copy' }).click()
    await page.getByRole('heading', { name: 'Journals set aside' }).waitFor()
    await second.shot('carry-set-aside-list')
    await page.getByRole('button', { name: 'Bring this journal back…' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Bring it back' }).click()
    await page.getByText('The journal you chose is back.').waitFor()
    expect(readdirSync(dataDir).filter((n) => /\(before bringing back\)$/.test(n))).toHaveLength(1)
    await unlockAs(page, SAM)
  })

  it('made every request of the session to the harness only', () => {
    expect(first.foreignRequests()).toEqual([])
    expect(second.foreignRequests()).toEqual([])
  })
})
