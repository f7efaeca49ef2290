// A real vault on a temp dir (cheap KDF) with the worksheet handlers on top, and a clock the
// test can move, so each story runs against the same encryption and storage as the app.
import { createVault } from '../../../electron/services/vault'
import { worksheetsHandlers } from '../../../electron/services/worksheets'
import type { PartnerId } from '../../../shared/domain'
import { trackedTempDir } from '../temp-dirs'

export const PASS = { A: 'correct horse battery A', B: 'tulip lantern river B' } as const

export const setupCouple = async (options: { random?: () => number } = {}) => {
  const dataDir = await trackedTempDir('hearth-worksheets-')
  let now = new Date('2026-11-24T19:00:00Z')
  const clock = { now: () => now }
  const vault = createVault({ dataDir, clock, kdf: { alg: 'scrypt', logN: 10, r: 8, p: 1 }, allowWeakKdf: true })
  await vault.load()
  await vault.create({ partners: [{ name: 'Sam', passphrase: PASS.A }, { name: 'Alex', passphrase: PASS.B }] })
  vault.lock('user')
  const handlers = worksheetsHandlers({ vault, clock, random: options.random ?? (() => 0) })
  return {
    dataDir,
    vault,
    handlers,
    /** Locks whoever is in, then unlocks `partner`: the laptop changing hands. */
    as: async (partner: PartnerId) => {
      if (vault.status().state === 'unlocked') vault.lock('switch')
      await vault.unlock(partner, PASS[partner])
    },
    advance: (ms: number) => {
      now = new Date(now.getTime() + ms)
    },
    reopen: async (partner: PartnerId) => {
      const again = createVault({ dataDir, clock, kdf: { alg: 'scrypt', logN: 10, r: 8, p: 1 }, allowWeakKdf: true })
      await again.load()
      await again.unlock(partner, PASS[partner])
      return { vault: again, handlers: worksheetsHandlers({ vault: again, clock, random: () => 0 }) }
    },
  }
}

export const errorCode = async (fn: () => unknown): Promise<string> => {
  try {
    await fn()
  } catch (error) {
    return (error as { code?: string }).code ?? String(error)
  }
  return 'ok'
}
