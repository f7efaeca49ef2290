// The vault's status, asked for as soon as the first module runs (main.ts), before React has even
// loaded: the unlock screen's one round trip to main then overlaps loading the app instead of
// following it. The app takes the answer once; every later ask is a fresh call.

import type { VaultStatus } from '../../../shared/domain'
import type { Result } from '../../../shared/result'
import { call } from '../api'

let early: Promise<Result<VaultStatus>> | null = null

/** Starts the question (once) and hands back the answer to come, without taking it. */
export const askStatusEarly = (): Promise<Result<VaultStatus>> => (early ??= call('vault:status', {}))

/** The early answer if there is one not taken yet, otherwise a new vault:status call. */
export const takeStatus = (): Promise<Result<VaultStatus>> => {
  const pending = early ?? call('vault:status', {})
  early = null
  return pending
}
