// Steps the e2e stories share: a couple set up through the screens (or straight through the
// services when the story is about something else), unlocking and locking as a person would.
import type { Page } from 'playwright-core'
import type { Harness } from '../harness/server'

export interface Person {
  name: string
  passphrase: string
}

export const SAM: Person = { name: 'Sam', passphrase: 'lantern over the quiet harbour' }
export const ALEX: Person = { name: 'Alex', passphrase: 'seven kites above the orchard' }
export const RIO: Person = { name: 'Rio', passphrase: 'quiet harbour lamp seven' }

/** Creates the couple through the services (Sam and Alex unless told; the first is A) and reloads the page. */
export const createCouple = async (harness: Harness, page: Page, a: Person = SAM, b: Person = ALEX): Promise<{ A: string; B: string }> => {
  const result = await harness.services.dispatch('vault:create', {
    partners: [
      { name: a.name, passphrase: a.passphrase },
      { name: b.name, passphrase: b.passphrase },
    ],
  })
  if (!result.ok) throw new Error(result.error.message)
  await page.reload()
  return (result.value as { recoveryCodes: { A: string; B: string } }).recoveryCodes
}

export const passphraseInput = (page: Page, label = 'Your passphrase') => page.getByLabel(label, { exact: true })

/** The unlock screen: either "Who are you?" or, after a lock, the last partner's passphrase form. */
export const unlockScreen = (page: Page) => page.getByRole('heading', { name: /^(Who are you\?|Hello, .+)$/ })

export const choosePartner = async (page: Page, name: string): Promise<void> => {
  await unlockScreen(page).waitFor()
  const heading = await unlockScreen(page).innerText()
  if (heading === `Hello, ${name}`) return
  if (heading !== 'Who are you?') await page.getByRole('button', { name: /^Not / }).click()
  await page.getByRole('button', { name, exact: true }).click()
}

export const unlockAs = async (page: Page, who: Person): Promise<void> => {
  await choosePartner(page, who.name)
  await passphraseInput(page).fill(who.passphrase)
  await page.keyboard.press('Enter')
  await page.getByRole('heading', { name: `Welcome, ${who.name}` }).waitFor()
}

export const lock = async (page: Page): Promise<void> => {
  await page.getByRole('banner').getByRole('button', { name: 'Lock', exact: true }).click()
  await unlockScreen(page).waitFor()
}

/** Opens a page from the navigation; with `heading`, waits until its main heading shows. */
export const goTo = async (page: Page, label: string, heading?: string): Promise<void> => {
  await page.getByRole('navigation', { name: 'Hearth' }).getByRole('button', { name: label, exact: true }).click()
  if (heading) await page.getByRole('heading', { level: 1, name: heading }).waitFor()
}
