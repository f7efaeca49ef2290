// A half-written appreciation note survives the Lock button: it is kept as Sam's own draft,
// back in the composer when Sam unlocks again, and never shown to Alex, its recipient.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openHearth, type E2E } from './browser'
import { ALEX, SAM, createCouple, goTo, lock, unlockAs } from './couple'

let e2e: E2E

beforeAll(async () => {
  e2e = await openHearth({ weakKdf: true })
  await createCouple(e2e.harness, e2e.page)
})
afterAll(async () => {
  await e2e?.close()
})

const HALF = 'Thank you for staying up with me when'

describe('a half-written appreciation note', () => {
  it('Sam locks mid-sentence and finds the words again after unlocking; Alex never sees them', async () => {
    const { page } = e2e
    await unlockAs(page, SAM)
    await goTo(page, 'Appreciation notes')
    await page.getByLabel('A note for Alex').pressSequentially(HALF, { delay: 5 })
    // Straight to the Lock button, inside the debounce: the flush before the lock saves it.
    await lock(page)

    await unlockAs(page, ALEX)
    await goTo(page, 'Appreciation notes')
    await expect(page.getByLabel('A note for Sam').inputValue()).resolves.toBe('')
    expect(await page.getByText(HALF).count()).toBe(0)
    await lock(page)

    await unlockAs(page, SAM)
    await goTo(page, 'Appreciation notes')
    const note = page.getByLabel('A note for Alex')
    await expect.poll(() => note.inputValue()).toBe(HALF)
    await e2e.shot('notes-draft-back-after-lock')

    await note.pressSequentially(' I could not sleep.', { delay: 5 })
    await page.getByRole('button', { name: 'Leave the note' }).click()
    await page.getByText(/Your note is waiting for Alex/).waitFor()
    await lock(page)
    await unlockAs(page, SAM)
    await goTo(page, 'Appreciation notes')
    await page.getByText(`${HALF} I could not sleep.`).waitFor()
    await expect(page.getByLabel('A note for Alex').inputValue()).resolves.toBe('')
    expect(e2e.foreignRequests()).toEqual([])
  })
})
