// The vault's status, asked for as soon as the code has loaded (main.tsx), before React's first
// render and its effects: the unlock screen's one round trip to main then overlaps the render
// instead of waiting for it. The app takes the answer once; every later ask is a fresh call.

import type { VaultStatus } from '../../../shared/domain'
import type { Result } from '../../../shared/result'
import { call } from '../api'

let early: Promise<Result<VaultStatus>> | null = null

export const askStatusEarly = (): void => {
  early ??= call('vault:status', {})
}

/** The early answer if there is one not taken yet, otherwise a new vault:status call. */
export const takeStatus = (): Promise<Result<VaultStatus>> => {
  const pending = early ?? call('vault:status', {})
  early = null
  return pending
}
