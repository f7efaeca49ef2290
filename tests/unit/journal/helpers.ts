// A real vault on a temp directory (cheap KDF) with a clock the test moves, and the journal
// services built over it exactly as the composition root builds them.

import { createVault } from '../../../electron/services/vault'
import { createJournalServices, type JournalServices } from '../../../electron/services/journal'
import type { Vault } from '../../../electron/services/vault/types'
import type { PartnerId } from '../../../shared/domain'
import { HearthError } from '../../../shared/result'
import { trackedTempDir } from '../temp-dirs'

export const PASS = { A: 'correct horse battery A', B: 'tulip lantern river B' } as const

export interface MovableClock {
  now(): Date
  set(iso: string): void
  advanceDays(days: number): void
}

export const movableClock = (start: string): MovableClock => {
  let at = new Date(start)
  return {
    now: () => new Date(at),
    set: (iso) => {
      at = new Date(iso)
    },
    advanceDays: (days) => {
      at = new Date(at.getTime() + days * 86_400_000)
    },
  }
}

export interface Couple {
  dir: string
  vault: Vault
  clock: MovableClock
  journal: JournalServices
  /** Locks whoever is in and unlocks `partner`. */
  as(partner: PartnerId): Promise<void>
}

/** Sam (A) and Rio (B), vault created and locked. Default date: Wednesday 25 November 2026. */
export const newCouple = async (start = '2026-11-25T12:00:00'): Promise<Couple> => {
  const dir = await trackedTempDir('hearth-journal-')
  const clock = movableClock(start)
  const vault = createVault({ dataDir: dir, clock, kdf: { alg: 'scrypt', logN: 10, r: 8, p: 1 }, allowWeakKdf: true })
  await vault.load()
  await vault.create({ partners: [{ name: 'Sam', passphrase: PASS.A }, { name: 'Rio', passphrase: PASS.B }] })
  const journal = createJournalServices({ vault, clock })
  return {
    dir,
    vault,
    clock,
    journal,
    as: async (partner) => {
      if (vault.status().state === 'unlocked') vault.lock('switch')
      await vault.unlock(partner, PASS[partner])
    },
  }
}

/** The HearthError code a call fails with, or 'ok'. */
export const codeOf = async (fn: () => unknown): Promise<string> => {
  try {
    await fn()
  } catch (error) {
    if (error instanceof HearthError) return error.code
    throw error
  }
  return 'ok'
}
