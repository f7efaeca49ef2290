// A real vault on a temp directory (cheap KDF) with the boundaries service on top, so the
// signature tests exercise the very keys, stores and files the app uses.

import { createVault } from '../../../electron/services/vault'
import type { Clock, Vault } from '../../../electron/services/vault/types'
import { createBoundariesService, type BoundariesService } from '../../../electron/services/boundaries'
import type { SaveRequest } from '../../../electron/services/boundaries/build'
import { HearthError } from '../../../shared/result'
import { FAST_TMP, trackedTempDir } from '../temp-dirs'

export const PASS_A = 'correct horse battery A'
export const PASS_B = 'tulip lantern river B'
const CHEAP = { alg: 'scrypt', logN: 10, r: 8, p: 1 } as const

export interface Couple {
  dir: string
  vault: Vault
  service: BoundariesService
  clock: Clock & { set(iso: string): void }
  as(partner: 'A' | 'B'): Promise<void>
  reopen(): Promise<void>
}

export const newCouple = async (): Promise<Couple> => {
  const dir = await trackedTempDir('hearth-boundaries-', FAST_TMP)
  let now = new Date('2026-03-02T10:00:00Z')
  const clock = { now: () => new Date(now), set: (iso: string) => void (now = new Date(iso)) }
  const couple: Couple = {
    dir,
    vault: createVault({ dataDir: dir, kdf: CHEAP, allowWeakKdf: true, clock }),
    service: null!,
    clock,
    as: async (partner) => {
      await couple.vault.unlock(partner, partner === 'A' ? PASS_A : PASS_B)
    },
    // A fresh process reading the same folder: nothing carried over in memory.
    reopen: async () => {
      couple.vault.lock('user')
      couple.vault = createVault({ dataDir: dir, kdf: CHEAP, allowWeakKdf: true, clock })
      await couple.vault.load()
      couple.service = createBoundariesService({ vault: couple.vault, clock })
    },
  }
  await couple.vault.load()
  await couple.vault.create({ partners: [{ name: 'Sam', passphrase: PASS_A }, { name: 'Rio', passphrase: PASS_B }] })
  couple.service = createBoundariesService({ vault: couple.vault, clock })
  return couple
}

/** A small agreement: Sam's need about space, two agreed items. */
export const firstDraft = (overrides: Partial<SaveRequest> = {}): SaveRequest => ({
  basedOn: 0,
  sections: [{ id: 'space', title: '', myNeed: 'An evening to myself most weeks.' }],
  items: [
    { id: 'i1', sectionId: 'space', text: 'We each get one evening a week alone, no questions asked.' },
    { id: 'i2', sectionId: 'money', text: 'Spending over 200 is talked about first.' },
  ],
  reviewDate: '2026-09-01',
  ...overrides,
})

export const codeOf = async (run: () => unknown): Promise<string> => {
  try {
    await run()
  } catch (error) {
    if (error instanceof HearthError) return error.code
    throw error
  }
  return 'ok'
}
