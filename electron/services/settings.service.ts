// Preferences the couple sets inside Hearth. Kept as one shared record in the vault (encrypted
// like everything else), and applied to the session when someone unlocks.
import type { AutoLockSettings } from '../../shared/contract/app'
import { IDLE_MAX_MS, IDLE_MIN_MS } from '../../shared/logic/autolock'
import type { Session } from './session.service'
import type { Vault } from './vault/types'

const KIND = 'settings'
const MINUTE = 60_000

interface SettingsBody {
  idleMinutes?: number
}

export interface SettingsService {
  get(): AutoLockSettings
  setIdle(minutes: number): Promise<AutoLockSettings>
  /** After unlock: apply the saved idle time unless the host fixed one (tests, harness). */
  apply(): void
}

export const createSettings = (vault: Vault, session: Session, fixedIdle: boolean): SettingsService => {
  const record = () => vault.store('journal').list<SettingsBody>(KIND, 'shared')[0]
  const describe = (): AutoLockSettings => ({
    idleMinutes: Math.round(session.idleMs() / MINUTE),
    minMinutes: IDLE_MIN_MS / MINUTE,
    maxMinutes: IDLE_MAX_MS / MINUTE,
  })
  return {
    get: () => {
      vault.active()
      return describe()
    },
    setIdle: async (minutes) => {
      const current = record()
      await vault.store('journal').put<SettingsBody>({
        id: current?.id,
        kind: KIND,
        owner: 'shared',
        body: { ...current?.body, idleMinutes: minutes },
        expectedRev: current?.rev,
      })
      session.setIdleMs(minutes * MINUTE)
      return describe()
    },
    apply: () => {
      const minutes = record()?.body.idleMinutes
      if (!fixedIdle && typeof minutes === 'number') session.setIdleMs(minutes * MINUTE)
    },
  }
}
