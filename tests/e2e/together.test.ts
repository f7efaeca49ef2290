// Issue 11, "Writing together without surprises", as Ama and Jo meet it on one laptop: the seal
// that must hold from the first tick, and the hand-over from one partner to the other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openHearth, type E2E } from './browser'
import { addWeeks, isoWeekKey } from '../../shared/logic/iso-week'
import { createCouple, goTo, lock, unlockAs, type Person } from './couple'

export const AMA: Person = { name: 'Ama', passphrase: 'copper kettle by the window' }
export const JO: Person = { name: 'Jo', passphrase: 'moss on the northern wall' }

let e2e: E2E

beforeAll(async () => {
  e2e = await openHearth({ weakKdf: true })
  await createCouple(e2e.harness, e2e.page, AMA, JO)
})
afterAll(async () => {
  await e2e?.close()
})

const invoke = (page: Page, channel: string, payload: unknown) =>
  page.evaluate(([c, p]) => (window.journal.invoke as (c: string, p: unknown) => Promise<unknown>)(c, p), [channel, payload] as const)

const SEAL = 'Seal our answers until we have both finished'

describe('bug 1: the seal leaks (issue 11)', () => {
  it('Ama ticks seal and types (no other button), locks; Jo unlocks and cannot read a word', async () => {
    const { page } = e2e
    await unlockAs(page, AMA)
    // Last week the couple wrote openly, so this week starts open, as they last chose.
    const lastWeek = addWeeks(isoWeekKey(new Date()), -1)
    expect(await invoke(page, 'reflection:set-sealed', { week: lastWeek, sealed: false })).toMatchObject({ ok: true })
    await goTo(page, 'Weekly reflection')
    await page.getByText('Open: Jo sees what you write').waitFor()
    await e2e.shot('together-reflection-open')

    await page.getByRole('checkbox', { name: SEAL }).check()
    await page.getByText('Sealed: Jo cannot see your words until you have both finished').waitFor()
    await page.getByLabel('Your answer: A moment I felt connected to you').fill('The copper-kettle morning')
    await page.getByRole('radio', { name: '9', exact: true }).check()
    await page.getByText('Saved', { exact: true }).waitFor()
    await e2e.shot('together-reflection-sealed-ama')
    await lock(page)

    await unlockAs(page, JO)
    await goTo(page, 'Weekly reflection')
    await page.getByText('Sealed: Ama cannot see your words until you have both finished').waitFor()
    expect(await page.getByRole('checkbox', { name: SEAL }).isChecked()).toBe(true)
    expect(await page.content()).not.toContain('copper-kettle')
    await e2e.shot('together-reflection-sealed-jo')
    // Nor through any other channel Jo's session can ask.
    for (const [channel, payload] of [
      ['reflection:get', {}],
      ['reflection:list', {}],
      ['history:overview', {}],
      ['search:query', { q: 'copper' }],
    ] as const) {
      expect(JSON.stringify(await invoke(page, channel, payload))).not.toContain('copper-kettle')
    }
    await lock(page)
  })
})

describe('deliver 2: hand-over (issue 11)', () => {
  it('hand-over lands on the other partner’s unlock: after finishing the week, and from the header', async () => {
    const { page } = e2e
    await unlockAs(page, AMA)
    await goTo(page, 'Weekly reflection')
    await page.getByRole('button', { name: 'I have finished this week' }).click()
    await page.getByText('You finished this week.').waitFor()
    await e2e.shot('together-reflection-finished-hand-over')
    await page.getByRole('main').getByRole('button', { name: 'Hand over to Jo' }).click()
    await page.getByRole('heading', { name: 'Hello, Jo' }).waitFor()
    await expect(page.getByLabel('Your passphrase', { exact: true }).evaluate((el) => el === document.activeElement)).resolves.toBe(true)
    await e2e.shot('together-hand-over-jo-unlock')

    await page.getByLabel('Your passphrase', { exact: true }).fill(JO.passphrase)
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'Welcome, Jo' }).waitFor()
    await page.getByRole('banner').getByRole('button', { name: 'Hand over to Ama' }).click()
    await page.getByRole('heading', { name: 'Hello, Ama' }).waitFor()
  })

  it('after an ordinary lock the unlock screen asks who is there, instead of offering the partner who just left', async () => {
    const { page } = e2e
    await page.getByLabel('Your passphrase', { exact: true }).fill(AMA.passphrase)
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'Welcome, Ama' }).waitFor()
    await lock(page)
    await page.getByRole('heading', { name: 'Who are you?' }).waitFor()
    expect(await page.getByRole('heading', { name: 'Hello, Ama' }).count()).toBe(0)
    await e2e.shot('together-unlock-who-is-there')
  })
})

describe('bugs 2 and 3: the agreement editor keeps each partner’s draft (issue 11)', () => {
  let idle: E2E
  beforeAll(async () => {
    idle = await openHearth({ weakKdf: true, idleMs: 4000 })
    await createCouple(idle.harness, idle.page, AMA, JO)
  })
  afterAll(async () => {
    await idle?.close()
  })
  const need = (page: Page, who: string, section: string) => page.getByLabel(`What ${who} needs: ${section}`)

  it('Boundaries text survives leaving the page and an auto-lock, the signed version stays the agreement, and Jo never sees the draft', async () => {
    const { page } = idle
    // Version 1, signed by both.
    await unlockAs(page, AMA)
    await goTo(page, 'Boundaries', 'Our boundaries agreement')
    await need(page, 'Ama', 'Personal space and time alone').fill('A quiet evening most weeks.')
    await page.getByRole('button', { name: 'Propose version 1' }).click()
    await page.getByRole('dialog', { name: 'Propose version 1?' }).getByRole('button', { name: 'Propose version 1' }).click()
    await page.getByLabel('Ama, your passphrase').fill(AMA.passphrase)
    await page.getByRole('button', { name: 'Sign version 1 as Ama' }).click()
    await page.getByText('You signed version 1.').waitFor()
    await lock(page)
    await unlockAs(page, JO)
    await goTo(page, 'Boundaries', 'Our boundaries agreement')
    await page.getByLabel('Jo, your passphrase').fill(JO.passphrase)
    await page.getByRole('button', { name: 'Sign version 1 as Jo' }).click()
    await page.getByText('You have both signed version 1. It is agreed.').waitFor()
    await lock(page)

    // Bug 3: Ama types, goes Home, comes back: the words are there.
    await unlockAs(page, AMA)
    await goTo(page, 'Boundaries', 'Our boundaries agreement')
    await need(page, 'Ama', 'Money').fill('A say before big purchases')
    const money = page.getByRole('region', { name: 'Money' })
    await money.getByRole('button', { name: /^Add an agreed item/ }).click()
    await money.getByRole('textbox', { name: /^Agreed item 1:/ }).fill('Fun money is our own')
    await page.getByText('Draft kept. Only you can see it until you propose it.').waitFor()
    await goTo(page, 'Home')
    await goTo(page, 'Boundaries', 'Our boundaries agreement')
    await expect(need(page, 'Ama', 'Money').inputValue()).resolves.toBe('A say before big purchases')
    await expect(money.getByRole('textbox', { name: /^Agreed item 1:/ }).inputValue()).resolves.toBe('Fun money is our own')
    await page.getByText('Your draft is here').waitFor()
    await idle.shot('together-boundaries-draft-back')

    // Bug 2: she types a little more and leaves the laptop; the idle lock keeps it as her draft.
    await need(page, 'Ama', 'Money').press('End')
    await need(page, 'Ama', 'Money').pressSequentially(', and', { delay: 20 })
    await page.getByText('Hearth locked itself after a quiet while.').waitFor({ timeout: 15_000 })
    await unlockAs(page, AMA)
    await goTo(page, 'Boundaries', 'Our boundaries agreement')
    await expect(need(page, 'Ama', 'Money').inputValue()).resolves.toBe('A say before big purchases, and')
    // Still version 1, signed by both: no version was made behind her back.
    await page.getByRole('heading', { name: 'Version 1' }).waitFor()
    await page.getByText('You have both signed it: this is your agreement.').waitFor()
    expect(await page.getByText(/Not signed by/).count()).toBe(0)
    await idle.shot('together-boundaries-after-autolock')
    await lock(page)

    // Jo sees the signed agreement, never Ama's draft.
    await unlockAs(page, JO)
    await goTo(page, 'Boundaries', 'Our boundaries agreement')
    await page.getByText('You have both signed it: this is your agreement.').waitFor()
    const html = await page.content()
    expect(html).not.toContain('A say before big purchases')
    expect(html).not.toContain('Fun money is our own')
    expect(JSON.stringify(await invoke(page, 'boundaries:get', {}))).not.toContain('big purchases')
    expect(await invoke(page, 'boundaries:draft', {})).toEqual({ ok: true, value: null })
    await idle.shot('together-boundaries-jo')
    await lock(page)
  })
})
