// Story: a couple works through the worksheets together on one laptop: a values round rated
// privately by each partner and compared once both finish, a conversation card drawn and marked,
// a speaker/listener session with a short turn, and a ritual logged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { VALUES } from '../../shared/content/values'
import { openHearth, type E2E } from './browser'
import { RIO, SAM, createCouple, goTo, lock, unlockAs } from './couple'

let e2e: E2E

beforeAll(async () => {
  e2e = await openHearth({ weakKdf: true })
  await createCouple(e2e.harness, e2e.page, SAM, RIO)
})
afterAll(async () => {
  await e2e?.close()
})

const rateAll = async (rating: (id: string) => number) => {
  const page = e2e.page
  for (const v of VALUES) await page.getByRole('group', { name: v.name, exact: true }).getByLabel(String(rating(v.id)), { exact: true }).click()
  await page.getByText(`${VALUES.length} of ${VALUES.length} rated.`).waitFor()
}

describe('a couple works through the worksheets', () => {
  it('Sam rates the values privately and finishes; the ratings are sealed', async () => {
    const page = e2e.page
    await unlockAs(page, SAM)
    await goTo(page, 'Shared values', 'Shared values')
    await rateAll((id) => (id === 'adventure' ? 5 : id === 'calm' ? 2 : 4))
    await e2e.shot('worksheets-values-rating')
    await page.getByRole('button', { name: 'Finish and seal my ratings' }).click()
    await page.getByText('Your ratings for round 1 are sealed').waitFor()
    await lock(page)
  })

  it('Rio sees that Sam finished but not Sam’s answers, rates, finishes and reads the comparison', async () => {
    const page = e2e.page
    await unlockAs(page, RIO)
    await goTo(page, 'Shared values', 'Shared values')
    await page.getByText('Sam has finished and is waiting for you.').waitFor()
    expect(await page.getByRole('group', { name: 'Adventure', exact: true }).getByRole('radio', { checked: true }).count()).toBe(0)
    await rateAll((id) => (id === 'adventure' ? 1 : 4))
    await page.getByRole('button', { name: 'Finish and seal my ratings' }).click()
    const compare = page.getByRole('region', { name: 'How your values compare' })
    await compare.getByText(/^You share .+, and /).waitFor()
    expect(await compare.getByText(/out of 100/).count()).toBe(0)
    await expect(compare.getByText('Adventure: Sam 5, Rio 1').isVisible()).resolves.toBe(true)
    await expect(compare.getByText(/Adventure matters a lot more to Sam/).isVisible()).resolves.toBe(true)
    await e2e.shot('worksheets-values-comparison')
  })

  it('Rio draws a conversation card, skips one, and marks the next as talked about with a note', async () => {
    const page = e2e.page
    await goTo(page, 'Conversation cards', 'Conversation cards')
    await page.getByLabel('Deck', { exact: true }).selectOption('gratitude')
    await page.getByRole('button', { name: 'Draw a card' }).click()
    const card = page.getByRole('article', { name: 'Conversation card' })
    const first = await card.locator('.worksheet-big').textContent()
    await page.getByRole('button', { name: 'Skip for tonight' }).click()
    await expect.poll(() => card.locator('.worksheet-big').textContent()).not.toBe(first)
    const second = (await card.locator('.worksheet-big').textContent()) ?? ''
    await e2e.shot('worksheets-card-drawn')
    await page.getByRole('button', { name: 'We talked about it' }).click()
    await page.getByLabel('A note for both of you (optional)').fill('Rio loves the Sunday pancakes.')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await page.getByText('Saved to your shared list of conversations.').waitFor()
    const discussed = page.getByRole('region', { name: 'Cards you have talked about' })
    await discussed.getByText(second).waitFor()
    await expect(discussed.getByText('Rio loves the Sunday pancakes.').isVisible()).resolves.toBe(true)
    await e2e.shot('worksheets-card-discussed')
  })

  it('a speaker/listener session with a five-second turn ends politely, swaps and is logged', async () => {
    const page = e2e.page
    await goTo(page, 'Active listening', 'Active listening')
    await page.getByLabel('Sam', { exact: true }).check()
    await page.getByLabel('Other', { exact: true }).check()
    await page.getByLabel('Seconds per turn').fill('5')
    await page.getByRole('button', { name: 'Begin' }).click()
    await page.getByRole('heading', { name: 'Sam has the floor' }).waitFor()
    await page.getByRole('button', { name: 'Start Sam’s turn' }).click()
    await page.getByText('Time is up. Rio, before you reply, say back what you heard.').waitFor({ timeout: 10_000 })
    await expect(page.getByRole('timer').textContent()).resolves.toBe('0:00')
    await e2e.shot('worksheets-listening-turn-over')
    await page.getByRole('button', { name: 'Pass the floor to Rio' }).click()
    await page.getByRole('heading', { name: 'Rio has the floor' }).waitFor()
    await page.getByLabel(/Reflect back what you heard/).check()
    await page.getByLabel('A shared note (optional)').fill('Short, but it helped.')
    await page.getByRole('button', { name: 'End and save session' }).click()
    await page.getByText('Your session is saved in your shared log.').waitFor()
    await page.getByText(/Sam spoke first, 1 turn of 0:05/).waitFor()
    await e2e.shot('worksheets-listening-logged')
  })

  it('a ritual planned for today shows as due and is logged with how it felt', async () => {
    const page = e2e.page
    await goTo(page, 'Time together', 'Time together')
    const today = await page.evaluate(() => new Date().getDay())
    const dayName = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][today] ?? 'Monday'
    await page.getByLabel('Name', { exact: true }).fill('Lights-out talk')
    await page.getByRole('group', { name: 'Days' }).getByLabel(dayName).check()
    await page.getByLabel('Time', { exact: true }).fill('21:30')
    await page.getByRole('button', { name: 'Add ritual' }).click()
    const todayRegion = page.getByRole('region', { name: 'Today' })
    await todayRegion.getByRole('button', { name: 'Log Lights-out talk' }).click()
    await page.getByLabel('Lovely').check()
    await page.getByLabel('A note (optional)').fill('We stayed up too late, happily.')
    await page.getByRole('button', { name: 'Save to our log' }).click()
    await todayRegion.getByText('Done today').waitFor()
    const log = page.getByRole('region', { name: 'What you have done together' })
    await expect(log.getByText('We stayed up too late, happily.').isVisible()).resolves.toBe(true)
    await e2e.shot('worksheets-rituals')
  })

  it('nothing left the machine', () => {
    expect(e2e.foreignRequests()).toEqual([])
  })
})
