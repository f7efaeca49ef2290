// The vault's entry point: createVault builds a vault over a data directory. Plain Node.

import { HearthVault } from './vault'
import type { Vault, VaultOptions } from './types'

export const createVault = (options: VaultOptions): Vault => new HearthVault(options)

export type * from './types'
