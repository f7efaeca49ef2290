// Durable file writes, written for Windows, macOS and Linux. lowdb's own TextFile adapter
// (steno) renames a fixed temp name and never fsyncs, so a power cut can leave a zero-length
// file. Ours: unique temp name, write, fsync the file, rename over the target, and (where the
// platform can) fsync the directory so the rename itself is on disk.
//
// Platforms differ (docs/FORMAT.md, "Durability on each platform"):
// - Windows cannot flush a directory handle (its fsync fails with EPERM) and NTFS journals its
//   metadata, so directories are not fsynced there. A rename over a file that a virus scanner,
//   the search indexer or a backup tool holds open fails for a moment with EPERM, EACCES or
//   EBUSY: such renames are retried with a growing delay, as graceful-fs does.
// - macOS fsync hands data to the drive but does not flush its cache (F_FULLFSYNC is not
//   reachable from Node); we do what Node allows and say so in the docs.
// - Linux: fsync the file, rename, fsync the directory.

import * as nodeFs from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { Low, type Adapter } from 'lowdb'
import { HearthError } from '../../../shared/result'
import { diskErrorMessage } from '../router'
import { randomId } from './encoding'
import type { Disk, DurableFs, FsPolicy } from './types'

export const realFs: DurableFs = {
  writeFile: (path, data) => nodeFs.writeFile(path, data),
  open: async (path, flags) => {
    const handle = await nodeFs.open(path, flags)
    return { sync: () => handle.sync(), close: () => handle.close(), writeFile: (data) => handle.writeFile(data) }
  },
  rename: (from, to) => nodeFs.rename(from, to),
  unlink: (path) => nodeFs.unlink(path),
  readFile: (path) => nodeFs.readFile(path),
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** What the durable writer does on each platform. */
export const fsPolicy = (platform: string, wait: (ms: number) => Promise<void> = sleep): FsPolicy => ({
  platform,
  syncDirectories: platform !== 'win32',
  // graceful-fs retries a refused rename on Windows for up to 60 s; a scanner lets go far sooner.
  renameRetryMs: platform === 'win32' ? 60_000 : 0,
  sleep: wait,
})

export const withFs = (hooks: Partial<DurableFs> | undefined, platform: string = process.platform, wait?: (ms: number) => Promise<void>): Disk => ({
  ...realFs,
  ...hooks,
  policy: fsPolicy(platform, wait),
})

/** Errno failures the user can act on become HearthError('disk'); nothing else is swallowed. */
export const asDiskError = (error: unknown): unknown => {
  if (error instanceof HearthError) return error
  const message = diskErrorMessage(error)
  return message ? new HearthError('disk', message) : error
}

/** Said once a write has passed its commit point but a later step failed: saved, with a warning. */
export const afterCommitWarning = (step: string): string =>
  `Your change was saved, but ${step} did not finish. Hearth will try again with the next save; nothing was lost.`

const TRANSIENT_RENAME = new Set(['EPERM', 'EACCES', 'EBUSY'])

/**
 * rename(2), retried on Windows while another process briefly holds the target (EPERM, EACCES,
 * EBUSY): delays grow 10, 20, ... up to 100 ms, for at most `renameRetryMs` in all.
 */
export const renameWithRetry = async (fs: Disk, from: string, to: string): Promise<void> => {
  let waited = 0
  for (let attempt = 1; ; attempt++) {
    try {
      return await fs.rename(from, to)
    } catch (error) {
      const code = (error as { code?: string }).code ?? ''
      const delay = Math.min(100, attempt * 10)
      if (!TRANSIENT_RENAME.has(code) || waited + delay > fs.policy.renameRetryMs) throw error
      await fs.policy.sleep(delay)
      waited += delay
    }
  }
}

/** Directory fsync where the platform has one; a file system that cannot do it is not an error. */
export const syncDir = async (fs: Disk, dir: string): Promise<void> => {
  if (!fs.policy.syncDirectories) return
  let handle: Awaited<ReturnType<DurableFs['open']>>
  try {
    handle = await fs.open(dir, 'r')
  } catch (error) {
    if (unsupportedDirSync(error)) return
    throw error
  }
  try {
    await handle.sync()
  } catch (error) {
    if (!unsupportedDirSync(error)) throw error
  } finally {
    await handle.close().catch(() => {})
  }
}

// Some file systems (network shares, FUSE) refuse to flush a directory: nothing more can be done.
const unsupportedDirSync = (error: unknown): boolean => ['EINVAL', 'ENOTSUP', 'EISDIR', 'EOPNOTSUPP'].includes((error as { code?: string }).code ?? '')

export const TEMP_SUFFIX = '.tmp'
export const isTempName = (name: string): boolean => name.startsWith('.') && name.endsWith(TEMP_SUFFIX)

/** Writes `tmp` fully and fsyncs it; `wx` so two writers can never share a temp file. */
const writeTemp = async (fs: Disk, target: string, data: string | Uint8Array): Promise<string> => {
  const tmp = join(dirname(target), `.${basename(target)}.${randomId(6)}${TEMP_SUFFIX}`)
  const handle = await fs.open(tmp, 'wx')
  try {
    await handle.writeFile(data)
    await handle.sync()
  } catch (error) {
    await handle.close().catch(() => {})
    await fs.unlink(tmp).catch(() => {})
    throw error
  }
  try {
    await handle.close()
  } catch (error) {
    await fs.unlink(tmp).catch(() => {})
    throw error
  }
  return tmp
}

export interface FileWrite {
  path: string
  data: string | Uint8Array
}

/** What a write that passed its commit point reports: the steps after it that did not finish. */
export interface Committed {
  warnings: string[]
}

/**
 * Reads the target after a rename that threw: a rename may fail *after* it took effect (an I/O
 * error reported late). If the target now holds exactly our bytes, the write happened.
 */
const landed = async (fs: Disk, path: string, data: string | Uint8Array): Promise<boolean> => {
  const now = await readBytesIfExists(path, fs).catch(() => null)
  if (!now) return false
  return Buffer.compare(now, typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data)) === 0
}

/**
 * One file, all or nothing. COMMIT POINT: the rename of the temp file over `path`. Before it, a
 * failure throws (the old file is untouched, the temp file removed). After it, a failed
 * directory fsync is returned as a warning: the file is in place either way.
 */
export const durableWrite = async (fs: Disk, path: string, data: string | Uint8Array, options: { syncDir?: boolean } = {}): Promise<Committed> => {
  let tmp: string | null = null
  try {
    tmp = await writeTemp(fs, path, data)
    await renameWithRetry(fs, tmp, path)
    tmp = null
  } catch (error) {
    if (tmp) {
      if (!(await landed(fs, path, data))) {
        await fs.unlink(tmp).catch(() => {})
        throw asDiskError(error)
      }
    } else throw asDiskError(error)
  }
  if (options.syncDir === false) return { warnings: [] }
  try {
    await syncDir(fs, dirname(path))
    return { warnings: [] }
  } catch {
    return { warnings: [afterCommitWarning('flushing the folder to disk')] }
  }
}

/**
 * One save's files in the order crash safety needs, with the slow part overlapped: every temp
 * file (the new segments AND the manifest) is written and fsynced at the same time; then the
 * segments are renamed into place and their directory fsynced; only then is the manifest renamed
 * over the old one. COMMIT POINT: that last rename. A failure before it throws, and the files a
 * fresh reader sees are unchanged (new segments have new names and are removed again; temp files
 * are ignored by readers). A failure after it (the manifest directory's fsync) is a warning.
 */
export const durableCommit = async (fs: Disk, first: FileWrite[], last: FileWrite): Promise<Committed> => {
  const all = [...first, last]
  const settled = await Promise.allSettled(all.map((f) => writeTemp(fs, f.path, f.data)))
  const temps = settled.map((r) => (r.status === 'fulfilled' ? r.value : null))
  const renamed: string[] = []
  try {
    const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected')
    if (failed) throw failed.reason
    for (let i = 0; i < first.length; i++) {
      await renameWithRetry(fs, temps[i]!, first[i]!.path)
      temps[i] = null
      renamed.push(first[i]!.path)
    }
    for (const dir of new Set(first.map((f) => dirname(f.path)))) await syncDir(fs, dir)
    try {
      await renameWithRetry(fs, temps[first.length]!, last.path)
    } catch (error) {
      if (!(await landed(fs, last.path, last.data))) throw error
    }
    temps[first.length] = null
  } catch (error) {
    // Not saved: take back what we put down, so the folder is as it was.
    for (const t of temps) if (t) await fs.unlink(t).catch(() => {})
    for (const path of renamed) await fs.unlink(path).catch(() => {})
    throw asDiskError(error)
  }
  try {
    await syncDir(fs, dirname(last.path))
    return { warnings: [] }
  } catch {
    return { warnings: [afterCommitWarning('flushing the folder to disk')] }
  }
}

/**
 * The lowdb adapter for a store's manifest. lowdb's own TextFile adapter (steno) renames a fixed
 * temp name without fsync; here writing the manifest document commits the whole save in
 * durableCommit's order: the segments it names first, then the manifest over the old one.
 */
export class ManifestCommitAdapter<T> implements Adapter<T> {
  committed: Committed = { warnings: [] }
  constructor(
    private readonly fs: Disk,
    private readonly path: string,
    private readonly segments: FileWrite[] = [],
  ) {}

  /** Raw parse only: validation and quarantine decisions belong to the caller. */
  async read(): Promise<T | null> {
    const text = await readIfExists(this.path)
    return text === null ? null : (JSON.parse(text) as T)
  }

  async write(data: T): Promise<void> {
    this.committed = await durableCommit(this.fs, this.segments, { path: this.path, data: JSON.stringify(data) })
  }
}

/** Saves a manifest and the new segments it names through lowdb (the one persistence layer). */
export const commitManifest = async <T>(fs: Disk, path: string, segments: FileWrite[], manifest: T): Promise<Committed> => {
  const adapter = new ManifestCommitAdapter<T>(fs, path, segments)
  const db = new Low<T>(adapter, manifest)
  await db.write()
  return adapter.committed
}

export const readIfExists = async (path: string): Promise<string | null> => {
  try {
    return await nodeFs.readFile(path, 'utf8')
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null
    throw error
  }
}

export const readBytesIfExists = async (path: string, fs: Pick<DurableFs, 'readFile'> = realFs): Promise<Buffer | null> => {
  try {
    return await fs.readFile(path)
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null
    throw error
  }
}

export const listDir = async (dir: string): Promise<string[]> => {
  try {
    return await nodeFs.readdir(dir)
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return []
    throw error
  }
}
