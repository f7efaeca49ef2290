// Counts the fsyncs the vault makes, through its injectable file-system hooks (VaultOptions.fs,
// passed as ServicesOptions.vaultFs): the vault's own code runs unchanged on the real files. A
// handle opened read-only ('r') is a directory being flushed (durable.ts syncDir); any other is a
// file. A round is a stretch of time with at least one fsync under way: fsyncs that overlap wait
// together, so the rounds are what a save waits for one after another.

import { open } from 'node:fs/promises'
import type { DurableFs } from '../../electron/services/vault/types'

export interface FsyncCounter {
  hooks: Partial<DurableFs>
  counts: { files: number; dirs: number; rounds: number }
  reset(): void
}

export const countFsyncs = (): FsyncCounter => {
  const counts = { files: 0, dirs: 0, rounds: 0 }
  let running = 0
  const hooks: Partial<DurableFs> = {
    open: async (path, flags) => {
      const handle = await open(path, flags)
      const isDir = flags === 'r'
      return {
        sync: async () => {
          if (running++ === 0) counts.rounds++
          try {
            await handle.sync()
          } finally {
            running--
          }
          if (isDir) counts.dirs++
          else counts.files++
        },
        close: () => handle.close(),
        writeFile: (data) => handle.writeFile(data),
      }
    },
  }
  return {
    hooks,
    counts,
    reset: () => {
      counts.files = 0
      counts.dirs = 0
      counts.rounds = 0
    },
  }
}
