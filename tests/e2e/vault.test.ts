// The vault as a couple meets it: set up for two, unlock as each, lock, a wrong passphrase, a
// passphrase change, and getting back in with a recovery code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { openHearth, type E2E } from './browser'
import { ALEX, SAM, choosePartner, lock, passphraseInput, unlockAs } from './couple'

let e2e: E2E
const codes: Record<string, string> = {}

beforeAll(async () => {
  e2e = await openHearth()
})
afterAll(async () => {
  await e2e?.close()
})

const fileTimes = (dir: string) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .sort()
    .map((f) => `${f}:${statSync(join(dir, f)).mtimeMs}`)

describe('a couple sets Hearth up together', () => {
  it('creates the journal for two and shows each recovery code once, to its owner', async () => {
    const { page } = e2e
    await page.getByRole('button', { name: "Let's begin" }).click()
    await page.getByLabel('Your name').fill(SAM.name)
    await passphraseInput(page).fill(SAM.passphrase)
    await passphraseInput(page, 'Type it again').fill(SAM.passphrase)
    await e2e.shot('vault-setup-first')
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByLabel('Your name').fill(ALEX.name)
    await passphraseInput(page).fill(ALEX.passphrase)
    await passphraseInput(page, 'Type it again').fill(ALEX.passphrase)
    await page.getByRole('button', { name: 'Create our journal' }).click()
    for (const name of [ALEX.name, SAM.name]) {
      await page.getByRole('button', { name: `I'm ${name}, show my code` }).click()
      codes[name] = (await page.getByTestId('recovery-code').innerText()).trim()
      expect(codes[name]).toMatch(/^[0-9A-Z]{4}( [0-9A-Z]{4}){6}$/)
      await e2e.shot(`vault-recovery-code-${name}`)
      await page.getByRole('checkbox').check()
      await page.getByRole('button', { name: name === SAM.name ? 'Finish setup' : 'Continue' }).click()
    }
    expect(codes[SAM.name]).not.toEqual(codes[ALEX.name])
    await page.getByRole('heading', { name: 'Who are you?' }).waitFor()
    await e2e.shot('vault-unlock-who')
  })
})

describe('unlocking as each partner', () => {
  it('a wrong passphrase shows a clear message, keeps the partner chosen and writes nothing', async () => {
    const { page } = e2e
    const before = fileTimes(e2e.dataDir)
    await choosePartner(page, SAM.name)
    await passphraseInput(page).fill('not my passphrase at all')
    await page.keyboard.press('Enter')
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.innerText()).toMatch(/passphrase/i)
    await expect(page.getByRole('heading', { name: `Hello, ${SAM.name}` }).isVisible()).resolves.toBe(true)
    await e2e.shot('vault-unlock-wrong-passphrase')
    expect(fileTimes(e2e.dataDir)).toEqual(before)
    await passphraseInput(page).fill(SAM.passphrase)
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: `Welcome, ${SAM.name}` }).waitFor()
    await e2e.shot('home-sam')
  })

  it('locking wipes the session; Alex then unlocks with their own passphrase', async () => {
    const { page } = e2e
    await lock(page)
    const status = await e2e.harness.services.dispatch('vault:status', {})
    expect(status).toMatchObject({ ok: true, value: { state: 'locked', active: null } })
    await unlockAs(page, ALEX)
    expect(await e2e.harness.services.dispatch('vault:status', {})).toMatchObject({ ok: true, value: { active: 'B' } })
  })
})

describe('changing a passphrase and recovering with a code', () => {
  const NEW_ALEX = 'a brand new passphrase for alex'
  const NEW_SAM = 'sam found the way back in'

  it('Alex changes their passphrase; the old one no longer opens Hearth', async () => {
    const { page } = e2e
    await page.getByRole('navigation', { name: 'Hearth' }).getByRole('button', { name: 'Passphrase & security' }).click()
    await passphraseInput(page, 'Current passphrase').fill(ALEX.passphrase)
    await passphraseInput(page, 'New passphrase').fill(NEW_ALEX)
    await passphraseInput(page, 'Type the new passphrase again').fill(NEW_ALEX)
    await e2e.shot('vault-security')
    await page.getByRole('button', { name: /change passphrase/i }).click()
    await page.getByRole('status').filter({ hasText: /changed/i }).first().waitFor()
    await lock(page)
    const old = await e2e.harness.services.dispatch('vault:unlock', { partner: 'B', passphrase: ALEX.passphrase })
    expect(old).toMatchObject({ ok: false, error: { code: 'wrong-passphrase' } })
    await unlockAs(page, { name: ALEX.name, passphrase: NEW_ALEX })
    await lock(page)
  })

  it('Sam forgot their passphrase and gets back in with the recovery code, which is then replaced', async () => {
    const { page } = e2e
    await page.getByRole('button', { name: 'Use a recovery code' }).click()
    await page.getByRole('radio', { name: SAM.name }).check()
    await page.getByLabel('Recovery code').fill(codes[SAM.name]!.toLowerCase())
    await passphraseInput(page, 'New passphrase').fill(NEW_SAM)
    await passphraseInput(page, 'Type the new passphrase again').fill(NEW_SAM)
    await e2e.shot('vault-recover')
    await page.keyboard.press('Enter')
    // Not gated this time: Sam is the one at the laptop.
    await page.getByTestId('recovery-code').waitFor()
    await e2e.shot('vault-recover-new-code')
    const fresh = (await page.getByTestId('recovery-code').innerText()).trim()
    expect(fresh).not.toEqual(codes[SAM.name])
    // Until Sam confirms the new code is saved, the used one keeps working (a crash here must
    // not leave Sam without a code they know); confirming retires it.
    expect(e2e.harness.services.vault.status().recoveryCodePending).toBe(true)
    await page.getByLabel('I have written this down').check()
    await page.getByRole('button', { name: 'I have saved it, open my journal' }).click()
    await page.getByRole('heading', { name: `Welcome, ${SAM.name}` }).waitFor()
    expect(e2e.harness.services.vault.status().recoveryCodePending).toBe(false)
    const reused = await e2e.harness.services.dispatch('vault:recover', { partner: 'A', code: codes[SAM.name], next: 'another new passphrase' })
    expect(reused).toMatchObject({ ok: false })
    const alexCode = await e2e.harness.services.dispatch('vault:recover', { partner: 'A', code: codes[ALEX.name], next: 'another new passphrase' })
    expect(alexCode).toMatchObject({ ok: false })
  })
})

describe('privacy: no request ever leaves the laptop', () => {
  it('made every request of the session to the harness only', () => {
    expect(e2e.foreignRequests()).toEqual([])
  })
})
