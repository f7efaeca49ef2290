// Answering each other (issue 11 deliver 11): Sam leaves a heart and a few words on Alex's
// revealed weekly answer and a heart on Alex's note; Alex finds them on Home at the next unlock,
// once, and under the answer and the note. The screens with replies are checked with axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axe } from './axe'
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

const CONNECTED = 'A moment I felt connected to you'

describe('story: answering each other', () => {
  it('a heart and a reply reach the other partner on their next unlock, once, and never on a sealed answer', async () => {
    const { page } = e2e
    const d = e2e.harness.services.dispatch
    const failures: Record<string, string[]> = {}
    const check = async (name: string) => {
      await page.waitForLoadState('networkidle')
      await e2e.shot(`replies-${name}`)
      const found = await axe(page)
      if (found.length) failures[name] = found
    }

    // Alex writes under the seal, finishes, and leaves a note.
    await unlockAs(page, ALEX)
    const current = await d('reflection:get', {})
    if (!current.ok) throw new Error(current.error.message)
    const week = (current.value as { week: string }).week
    await d('reflection:save-draft', { week, answers: { connected: 'Our walk by the canal on Sunday' }, sealed: true })
    await d('reflection:submit', { week })
    await d('notes:send', { text: 'Thank you for the soup when I was ill' })
    await lock(page)

    // Sam has not finished: the sealed answer offers nothing to answer.
    await unlockAs(page, SAM)
    await goTo(page, 'Weekly reflection')
    const row = page.getByRole('region', { name: CONNECTED })
    await row.getByText('Sealed until you have both finished.').waitFor()
    expect(await row.getByRole('button', { name: /heart/i }).count()).toBe(0)
    await d('reflection:save-draft', { week, answers: { connected: 'Cooking together' } })
    await d('reflection:submit', { week })
    await goTo(page, 'Home')
    await goTo(page, 'Weekly reflection')
    await row.getByText('Our walk by the canal on Sunday').waitFor()
    await row.getByRole('button', { name: `Send a heart for Alex’s answer: ${CONNECTED}` }).click()
    await row.getByText('You sent a heart').waitFor()
    await row.getByRole('button', { name: `Reply to Alex’s answer: ${CONNECTED}` }).click()
    await row.getByLabel('A few words for Alex').fill('Let’s walk there again this weekend')
    await row.getByRole('button', { name: 'Send reply' }).click()
    await row.getByText('Let’s walk there again this weekend').waitFor()
    await row.scrollIntoViewIfNeeded()
    await check('reflection-sam-answered')

    await goTo(page, 'Appreciation notes')
    await page.getByRole('button', { name: 'Open the note' }).click()
    await page.getByRole('button', { name: 'Send a heart for Alex’s note' }).first().click()
    await page.getByText('You sent a heart').first().waitFor()
    await check('notes-sam-hearted')
    await lock(page)

    // Alex's next unlock: Home says what came back; seeing it marks it seen.
    await unlockAs(page, ALEX)
    const card = page.getByRole('region', { name: 'Sam answered you' })
    await card.getByText('Sam left 2 hearts and a reply for you.').waitFor()
    await check('home-replies-waiting')
    await card.getByRole('button', { name: 'See them' }).click()
    await card.getByText(`On your answer to “${CONNECTED}”: Let’s walk there again this weekend`).waitFor()
    await check('home-replies-seen')
    const listed = await d('replies:list', {})
    expect(listed.ok && (listed.value as { unread: number }).unread).toBe(0)

    await goTo(page, 'Weekly reflection')
    const mine = page.getByRole('region', { name: CONNECTED })
    await mine.getByText('A heart from Sam').waitFor()
    await mine.getByText('Let’s walk there again this weekend').waitFor()
    await check('reflection-alex-sees')
    await lock(page)

    // Counted once: the next unlock has nothing waiting, so Home shows no replies card.
    await unlockAs(page, ALEX)
    await page.getByRole('heading', { name: 'For you now' }).waitFor()
    await page.waitForLoadState('networkidle')
    expect(await page.getByRole('region', { name: 'Sam answered you' }).count()).toBe(0)
    expect(failures).toEqual({})
    expect(e2e.foreignRequests()).toEqual([])
  })
})
