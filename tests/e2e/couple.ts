// Steps the e2e stories share: a couple set up through the screens (or straight through the
// services when the story is about something else), unlocking and locking as a person would.
import type { Page } from 'playwright-core'
import type { Harness } from '../harness/server'

export const SAM = { name: 'Sam', passphrase: 'lantern over the quiet harbour' }
export const ALEX = { name: 'Alex', passphrase: 'seven kites above the orchard' }

/** Creates the couple through the services (Sam is A, Alex is B) and reloads the page. */
export const createCouple = async (harness: Harness, page: Page): Promise<{ A: string; B: string }> => {
  const result = await harness.services.dispatch('vault:create', {
    partners: [
      { name: SAM.name, passphrase: SAM.passphrase },
      { name: ALEX.name, passphrase: ALEX.passphrase },
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

export const unlockAs = async (page: Page, who: { name: string; passphrase: string }): Promise<void> => {
  await choosePartner(page, who.name)
  await passphraseInput(page).fill(who.passphrase)
  await page.keyboard.press('Enter')
  await page.getByRole('heading', { name: `Welcome, ${who.name}` }).waitFor()
}

export const lock = async (page: Page): Promise<void> => {
  await page.getByRole('banner').getByRole('button', { name: 'Lock', exact: true }).click()
  await unlockScreen(page).waitFor()
}

export const goTo = async (page: Page, label: string): Promise<void> => {
  await page.getByRole('navigation', { name: 'Hearth' }).getByRole('button', { name: label, exact: true }).click()
}
