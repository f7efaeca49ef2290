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
