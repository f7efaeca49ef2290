// Writing one file so that it is either all there or not there, for backup copies, exports and
// restores. This is the vault's own durable writer (../vault/durable.ts) with the platform's
// rules, not a second one: unique temp file, write, fsync, rename (retried on Windows while a
// scanner holds the target, and only there: on POSIX a refused rename is final), then the folder
// flushed where the platform can. Its commit point is the rename; a folder that could not be
// flushed afterwards does not turn a written file into a failure.

import { durableWrite, renameWithRetry as renameOnDisk, syncDir, withFs } from '../vault/durable'
import type { DurableFs } from '../vault/types'

export type DurableFileFs = Partial<DurableFs>

const disk = (fs?: DurableFileFs) => withFs(fs)

/** Retries a rename refused for a moment (Windows), within the vault's bounded budget. */
export const renameWithRetry = (from: string, to: string, fs?: DurableFileFs): Promise<void> => renameOnDisk(disk(fs), from, to)

/** Flushes a folder where the platform can (never on Windows). */
export const fsyncDir = (dir: string): Promise<void> => syncDir(disk(), dir)

export const writeFileDurably = async (path: string, data: Uint8Array, fs?: DurableFileFs): Promise<void> => {
  await durableWrite(disk(fs), path, data)
}
