// Issue 11, bugs 2 and 3: the boundaries agreement as each partner is still writing it is their
// own record, sealed with their private key; the other partner's session cannot read it.
import { rm } from 'node:fs/promises'
import { afterEach, describe, expect, it } from 'vitest'
import type { AgreementDraftInput } from '../../../shared/contract/agreement-draft'
import { KIND } from '../../../electron/services/journal/records'
import { newCouple, type Couple } from './helpers'

let couple: Couple | undefined
afterEach(async () => {
  if (couple) await rm(couple.dir, { recursive: true, force: true })
  couple = undefined
})

const draft = (myNeed: string): AgreementDraftInput => ({
  basedOn: 2,
  sections: [{ id: 'money', title: '', myNeed }],
  items: [{ id: 'it-new', sectionId: 'money', text: '' }],
  reviewDate: null,
})

describe('a partner’s draft of the agreement', () => {
  it('is kept through a lock and comes back as it was, half-finished item included', async () => {
    const c = (couple = await newCouple())
    await c.as('A')
    await c.journal.agreementDrafts.save(draft('A say before big purchases'))
    await c.as('A')
    expect(c.journal.agreementDrafts.draft()).toMatchObject(draft('A say before big purchases'))
  })

  it('threat: the other partner never sees it, not even as a record their session can open', async () => {
    const c = (couple = await newCouple())
    await c.as('A')
    await c.journal.agreementDrafts.save(draft('SECRET need'))
    await c.as('B')
    expect(c.journal.agreementDrafts.draft()).toBeNull()
    expect(JSON.stringify(c.vault.store('journal').list(KIND.agreementDraft))).not.toContain('SECRET')
    expect(JSON.stringify(c.journal.search.query('SECRET'))).toBe('[]')
    // B's own draft is B's alone, and does not replace A's.
    await c.journal.agreementDrafts.save(draft('B words'))
    await c.as('A')
    expect(c.journal.agreementDrafts.draft()?.sections[0]?.myNeed).toBe('SECRET need')
  })

  it('null deletes it (proposed, or back to the agreement), and it makes no revision of the agreement', async () => {
    const c = (couple = await newCouple())
    await c.as('A')
    await c.journal.agreementDrafts.save(draft('x'))
    expect(await c.journal.agreementDrafts.save(null)).toBeNull()
    expect(c.journal.agreementDrafts.draft()).toBeNull()
    expect(c.vault.store('boundaries').list('boundaries.revision')).toEqual([])
  })
})
