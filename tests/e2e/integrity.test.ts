// What the vault notices, as a couple meets it (issue 10): someone puts an older journal file
// back over the newer one; at the next unlock Hearth says so in plain words with both dates and
// offers the newer copy, and opening it brings back what the older file lacked.
import { copyFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openHearth, type E2E } from './browser'
import { ALEX, SAM, createCouple, lock, unlockAs } from './couple'

let e2e: E2E

beforeAll(async () => {
  e2e = await openHearth({ weakKdf: true })
  await createCouple(e2e.harness, e2e.page)
})
afterAll(async () => {
  await e2e?.close()
})

const invoke = (page: Page, channel: string, payload: unknown) =>
  page.evaluate(([c, p]) => (window.journal.invoke as (c: string, p: unknown) => Promise<unknown>)(c, p), [channel, payload] as const)

describe('an older journal file put back over the newer one', () => {
  it('is named at unlock with both dates, and the newer copy opens with everything in it', async () => {
    const { page, dataDir } = e2e
    await unlockAs(page, SAM)
    expect(await invoke(page, 'private:save', { title: 'Before', text: 'written first' })).toMatchObject({ ok: true })
    const older = Math.max(...readdirSync(join(dataDir, 'journal.backups')).map((f) => parseInt(f, 10)))
    expect(await invoke(page, 'private:save', { title: 'After', text: 'written later, lost if the old file wins' })).toMatchObject({ ok: true })
    await lock(page)

    // Someone copies an older generation over the journal while Hearth is locked.
    copyFileSync(join(dataDir, 'journal.backups', `${older}.hearth`), join(dataDir, 'journal.hearth'))
    await unlockAs(page, SAM)
    await page.getByText('This journal file is older than a copy beside it').waitFor()
    expect(await page.getByText(/was last saved on .* but a newer copy saved on .* is beside it/).count()).toBe(1)
    await e2e.shot('integrity-rollback-notice')

    await page.getByRole('button', { name: /^Open the copy saved/ }).click()
    await unlockAs(page, SAM)
    await page.getByRole('navigation', { name: 'Hearth' }).getByRole('button', { name: 'Private journal', exact: true }).click()
    await page.getByText('After', { exact: true }).first().waitFor()
    expect(await page.getByText('This journal file is older than a copy beside it').count()).toBe(0)
    // The file that was put back is kept beside it, not deleted.
    expect(readdirSync(dataDir).some((f) => f.startsWith('journal.hearth.set-aside-'))).toBe(true)
    await e2e.shot('integrity-after-restore')
  })

  it('Alex, unlocking the restored journal, sees no notice', async () => {
    const { page } = e2e
    await lock(page)
    await unlockAs(page, ALEX)
    expect(await page.getByText(/older than a copy beside it|private entries are not in this file/).count()).toBe(0)
  })

  it('made every request of the session to the harness only', () => {
    expect(e2e.foreignRequests()).toEqual([])
  })
})
