// Stories: a couple at one laptop holds the weekly check-in (stopping halfway and picking it up
// from the other's session), plays "How well do you know me?" with answers sealed until both
// finish, repairs after a hard moment with private pages shared side by side, browses and draws
// conversation cards without repeats, and reads and prints their year, which never shows a
// private word.
import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loveMapRound } from '../../shared/content/love-maps'
import { getDeck } from '../../shared/content/decks'
import { addWeeks, isoWeekKey } from '../../shared/logic/iso-week'
import { openHearth, type E2E } from './browser'
import { RIO, SAM, createCouple, goTo, lock, unlockAs } from './couple'

const OUT = resolve(import.meta.dirname, '../.artifacts/guided')
let e2e: E2E

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true })
  e2e = await openHearth({ weakKdf: true })
  await createCouple(e2e.harness, e2e.page, SAM, RIO)
})
afterAll(async () => {
  await e2e?.close()
})

const saved = () => e2e.page.getByText('Saved', { exact: true }).first().waitFor()

describe('the weekly check-in: one sitting for two, resumable, kept in history', () => {
  it('Sam and Rio name appreciations and start on what went well, then stop', async () => {
    const page = e2e.page
    await unlockAs(page, SAM)
    await goTo(page, 'Weekly check-in', 'Weekly check-in')
    await page.getByLabel('Sam’s appreciation 1').fill('Thank you for the soup on Tuesday')
    await page.getByLabel('Rio’s appreciation 1').fill('You fixed my bike before work')
    await page.getByLabel('Rio’s appreciation 2').fill('You listened when I was worried about Mum')
    await e2e.shot('guided-checkin-appreciations')
    await page.getByRole('button', { name: 'Next: what went well' }).click()
    await page.getByLabel('What went well for Sam').fill('Our long walk on Sunday')
    await saved()
    await lock(page)
  })

  it('Rio’s session picks it up at the same step, talks one issue through with the timer and finishes', async () => {
    const page = e2e.page
    await unlockAs(page, RIO)
    await goTo(page, 'Weekly check-in', 'Weekly check-in')
    await page.getByRole('heading', { name: 'What went well', level: 2 }).waitFor()
    expect(await page.getByLabel('What went well for Sam').inputValue()).toBe('Our long walk on Sunday')
    await page.getByLabel('What went well for Rio').fill('Cooking together on Friday')
    await page.getByRole('button', { name: 'Next: one thing to talk through' }).click()
    await page.getByRole('group', { name: 'Who would like to raise it?' }).getByLabel('Rio').check()
    const topic = page.getByLabel('What is it about, in an “I” statement?')
    await topic.fill('It’s not my fault we were late.')
    await page.getByText(/might come across as defensiveness/).waitFor()
    await topic.fill('I feel lonely when phones come out at dinner, and I would like us to keep them in the hall.')
    await page.getByRole('button', { name: 'Start Rio’s turn' }).click()
    await page.getByRole('button', { name: 'Pass to Sam' }).click()
    await page.getByText('Turns so far: 1').waitFor()
    await page.getByLabel('What Sam understood').fill('Rio feels alone when I scroll at dinner')
    await page.getByLabel('What Rio understood').fill('Sam uses the phone to wind down after work')
    await page.getByLabel('One small step we agree on').fill('Phones in the hall during dinner this week')
    await e2e.shot('guided-checkin-issue')
    await page.getByRole('button', { name: 'Finish this week’s check-in' }).click()
    const summary = page.getByRole('region', { name: /^Your check-in for/ })
    await summary.getByText('Phones in the hall during dinner this week').waitFor()
    await expect(summary.getByText('You listened when I was worried about Mum').isVisible()).resolves.toBe(true)
    await e2e.shot('guided-checkin-done')
  })

  it('the check-in is in the shared history for both', async () => {
    const page = e2e.page
    await goTo(page, 'History & search', 'History & search')
    const list = page.getByRole('region', { name: 'Weekly check-ins' })
    await list.getByText(/talked about: I feel lonely when phones/).waitFor()
    await expect(list.getByText(/3 appreciations/).isVisible()).resolves.toBe(true)
    await lock(page)
  })
})

describe('How well do you know me? Sealed until both have answered and guessed', () => {
  const round = loveMapRound(1)
  const samSays = ['Kumquat jam on sourdough', 'Paddington', 'Slow coffee and a crossword', 'Salted liquorice', 'Dancing Queen']

  it('Sam answers about themselves and guesses for Rio; both are sealed', async () => {
    const page = e2e.page
    await unlockAs(page, SAM)
    await goTo(page, 'How well do you know me?', 'How well do you know me?')
    for (const [i, q] of round.entries()) await page.getByLabel(q.self).fill(samSays[i]!)
    await e2e.shot('guided-lovemaps-answers')
    await page.getByRole('button', { name: 'Seal my answers' }).click()
    for (const q of round) await page.getByLabel(q.guess.replaceAll('{name}', 'Rio')).fill(`Sam guesses ${q.id}`)
    await page.getByRole('button', { name: 'Seal my guesses' }).click()
    await page.getByRole('heading', { name: 'Sealed until Rio has finished' }).waitFor()
    await lock(page)
  })

  it('Rio sees only that Sam finished, answers and guesses, and then both show side by side', async () => {
    const page = e2e.page
    await unlockAs(page, RIO)
    await goTo(page, 'How well do you know me?', 'How well do you know me?')
    await page.getByRole('heading', { name: 'Round 1: about you' }).waitFor()
    expect(await page.content()).not.toContain('Kumquat')
    for (const q of round) await page.getByLabel(q.self).fill(`Rio says ${q.id}`)
    await page.getByRole('button', { name: 'Seal my answers' }).click()
    expect(await page.content()).not.toContain('Kumquat')
    await page.getByLabel(round[0]!.guess.replaceAll('{name}', 'Sam')).fill('Jam on toast')
    await page.getByRole('button', { name: 'Seal my guesses' }).click()
    const reveal = page.getByRole('region', { name: 'Round 1, side by side' })
    await reveal.getByText('Kumquat jam on sourdough').waitFor()
    await expect(reveal.getByText('Jam on toast').isVisible()).resolves.toBe(true)
    // No score until they ask for one.
    expect(await reveal.getByText(/marked close/).count()).toBe(0)
    const close = reveal.getByRole('region', { name: round[0]!.self }).getByLabel('Sam’s guess was close')
    await close.click()
    await expect.poll(() => close.isChecked()).toBe(true)
    await reveal.getByRole('button', { name: 'Show a score' }).click()
    await reveal.getByText(/Sam’s guesses about Rio: 1 of 5 marked close/).waitFor()
    await e2e.shot('guided-lovemaps-reveal')
  })
})

describe('after a hard moment: private pages, shared side by side', () => {
  it('Rio writes a page that Sam cannot read before it is shared', async () => {
    const page = e2e.page
    await goTo(page, 'After a hard moment', 'After a hard moment')
    await page.getByLabel('What I felt').fill('Hurt and very tired')
    await page.getByLabel('My side of what happened').fill('You never listen when I talk about work.')
    await page.getByText(/might land as blame/).first().waitFor()
    await page.getByLabel('My part in it').fill('I walked off instead of asking for a break.')
    await saved()
    await e2e.shot('guided-repair-private')
    await lock(page)

    await unlockAs(page, SAM)
    await goTo(page, 'After a hard moment', 'After a hard moment')
    await page.getByLabel('What I felt').waitFor()
    expect(await page.content()).not.toContain('Hurt and very tired')
    await page.getByLabel('What I felt').fill('Shut out')
    await page.getByLabel('What would help next time').fill('A pause, then a hug, then talking.')
    await page.getByRole('button', { name: 'Share my page with Rio' }).click()
    await page.getByRole('button', { name: 'Share it' }).click()
    await page.getByText('Rio has not shared a page yet.').waitFor()
    await lock(page)
  })

  it('Rio shares too; both pages show side by side with tone hints', async () => {
    const page = e2e.page
    await unlockAs(page, RIO)
    await goTo(page, 'After a hard moment', 'After a hard moment')
    await page.getByText('Sam has shared their page and is waiting for yours.', { exact: false }).waitFor()
    expect(await page.getByLabel('What I felt').inputValue()).toBe('Hurt and very tired')
    await page.getByRole('button', { name: 'Share my page with Sam' }).click()
    await page.getByRole('button', { name: 'Share it' }).click()
    const shared = page.getByRole('region', { name: 'Shared pages' })
    await shared.getByText('Hurt and very tired').waitFor()
    await expect(shared.getByText('A pause, then a hug, then talking.').isVisible()).resolves.toBe(true)
    await expect(shared.getByRole('list', { name: 'Tone hints' }).getByText(/You never listen when I talk about work\./).isVisible()).resolves.toBe(true)
    await e2e.shot('guided-repair-shared')
  })
})

describe('conversation decks: no repeats, skip versus draw another, favourites, our own deck', () => {
  it('Draw another goes through all twelve cards before one comes back; Skip sets one aside', async () => {
    const page = e2e.page
    await goTo(page, 'Conversation cards', 'Conversation cards')
    await page.getByLabel('Deck', { exact: true }).selectOption('gratitude')
    const card = page.getByRole('article', { name: 'Conversation card' }).locator('.worksheet-big')
    await page.getByRole('button', { name: 'Draw a card' }).click()
    const texts = [(await card.textContent()) ?? '']
    for (let i = 1; i < 12; i++) {
      const before = texts.at(-1)
      await page.getByRole('button', { name: 'Draw another' }).click()
      await expect.poll(() => card.textContent()).not.toBe(before)
      texts.push((await card.textContent()) ?? '')
    }
    expect(new Set(texts).size).toBe(12)
    expect(new Set(texts)).toEqual(new Set(getDeck('gratitude').cards.map((c) => c.text)))
    await e2e.shot('guided-decks-card')
    await page.getByRole('button', { name: 'Draw another' }).click()
    await page.getByText('You have seen every card in this deck, so it starts again from the top.').waitFor()
    const skipped = await card.textContent()
    await page.getByRole('button', { name: 'Skip for tonight' }).click()
    await expect.poll(() => card.textContent()).not.toBe(skipped)
  })

  it('a starred card shows in Favourites, and a card we write lives in Our own cards', async () => {
    const page = e2e.page
    const card = page.getByRole('article', { name: 'Conversation card' }).locator('.worksheet-big')
    const text = (await card.textContent()) ?? ''
    await page.getByRole('button', { name: 'Add to favourites' }).click()
    await page.getByRole('button', { name: 'In your favourites' }).waitFor()
    await page.getByLabel('Deck', { exact: true }).selectOption('favourites')
    await page.getByRole('region', { name: 'All cards in this deck' }).getByText(text).waitFor()
    await page.getByLabel('Your question').fill('What was the best bit of our first trip together?')
    await page.getByRole('button', { name: 'Add card' }).click()
    await page.getByText('Your card is in your own deck now.').waitFor()
    await page.getByLabel('Deck', { exact: true }).selectOption('ours')
    const list = page.getByRole('region', { name: 'All cards in this deck' })
    await list.getByText('What was the best bit of our first trip together?').waitFor()
    await e2e.shot('guided-decks-own')
  })
})

describe('our year: shared things only, on screen and as a PDF', () => {
  it('shows the year’s shared numbers and a thank-you, prints a clean PDF, and never a private word', async () => {
    const page = e2e.page
    const d = e2e.harness.services.dispatch
    await d('notes:send', { text: 'Thank you for the Sunday pancakes' })
    await d('private:save', { title: 'Only mine', text: 'A private line about the orchard secret' })
    const thisWeek = isoWeekKey(new Date())
    for (const [i, rating] of [6, 8, 7].entries()) await d('reflection:save-draft', { week: addWeeks(thisWeek, i - 2), answers: { rating } })
    await d('rituals:log', { date: `${new Date().getFullYear()}-01-05`, what: 'Morning coffee', ritualId: null, feeling: 'lovely', note: '' })
    await goTo(page, 'Our year', `Our year, ${new Date().getFullYear()}`)
    const sheet = page.getByRole('article', { name: 'Our year' })
    await sheet.getByText('Thank you for the Sunday pancakes').waitFor()
    await expect(sheet.getByText('The ritual you kept most: Morning coffee.').isVisible()).resolves.toBe(true)
    await expect(sheet.getByText('Phones in the hall during dinner this week').isVisible()).resolves.toBe(true)
    expect(await page.content()).not.toContain('orchard secret')
    await sheet.getByRole('img', { name: 'How connected you each felt, week by week' }).waitFor()
    await e2e.shot('guided-year')

    const pdf = join(OUT, 'our-year-A4.pdf')
    await page.pdf({ path: pdf, format: 'A4' })
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    expect(text).toContain(`Our year, ${new Date().getFullYear()}`)
    expect(text).toContain('Thank you for the Sunday pancakes')
    expect(text).toContain('Check-ins held')
    // The ratings chart is on paper too (its picture is checked in the PNG of the page).
    expect(text).toContain('How connected you felt')
    expect(text).not.toContain('No weekly ratings shared')
    expect(text).not.toContain('orchard secret')
    expect(text).not.toContain('Save as PDF')
    expect(text).not.toContain('Lock')
    execFileSync('pdftoppm', ['-png', '-r', '70', pdf, join(OUT, 'our-year-A4')])
  })
})

describe('privacy: no request ever leaves the laptop', () => {
  it('made every request of the session to the harness only', () => {
    expect(e2e.foreignRequests()).toEqual([])
  })
})
