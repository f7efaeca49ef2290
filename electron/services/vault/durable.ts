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

const fromUtf8Bytes = (data: Uint8Array): string => Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8')

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
 * New files under names that nothing references yet (a save's new segments), written straight to
 * their final names: open with 'wx' (never over an existing file), write, fsync, close. No temp
 * file and no rename are needed, because nothing reads them until a manifest names them, and a
 * manifest names a segment only by its SHA-256: a file a crash left half-written is never taken
 * for a live one, and unlock's garbage collection removes it (StoreEngine.collectGarbage). Each
 * folder is fsynced at the same time as the files' own fsyncs, once the files' names exist in
 * it: both must be on disk before the manifest that names them is renamed in; their order
 * between them does not matter. `created` receives every path this call made, for cleanup.
 */
const writeFresh = async (fs: Disk, files: FileWrite[], created: string[]): Promise<void> => {
  const opened = await Promise.allSettled(files.map((f) => fs.open(f.path, 'wx')))
  const handles = opened.map((r, i) => (r.status === 'fulfilled' ? (created.push(files[i]!.path), r.value) : null))
  const openFailed = opened.find((r): r is PromiseRejectedResult => r.status === 'rejected')
  if (openFailed) {
    await Promise.all(handles.map((h) => (h ? h.close().catch(() => {}) : Promise.resolve())))
    throw openFailed.reason
  }
  const dirs = [...new Set(files.map((f) => dirname(f.path)))]
  const done = await Promise.allSettled([
    ...handles.map(async (h, i) => {
      await h!.writeFile(files[i]!.data)
      await h!.sync()
    }),
    ...dirs.map((dir) => syncDir(fs, dir)),
  ])
  // A failed close can be the first report of a failed write (network file systems): not saved.
  const closed = await Promise.allSettled(handles.map((h) => h!.close()))
  const failed = [...done, ...closed].find((r): r is PromiseRejectedResult => r.status === 'rejected')
  if (failed) throw failed.reason
}

/** A file written and fsynced under a temp name, put under its own name only when asked. */
export interface StagedFile {
  /** Renames the temp file into place (a rename that reports an error after it landed counts). */
  publish(): Promise<void>
  /** Removes the temp file (the copy is not wanted after all). */
  discard(): Promise<void>
}

const staged = (fs: Disk, tmp: string, target: FileWrite): StagedFile => ({
  publish: async () => {
    try {
      await renameWithRetry(fs, tmp, target.path)
    } catch (error) {
      if (await landed(fs, target.path, target.data)) return
      await fs.unlink(tmp).catch(() => {})
      throw asDiskError(error)
    }
  },
  discard: () => fs.unlink(tmp).catch(() => {}),
})

/** What one save's commit wrote: the committed text and the copy waiting beside it. */
export interface CommittedSave extends Committed {
  /** The bytes the committed file was given (compared with the disk by the read-back). */
  text: string
  /** The copy of `last` written beside the others; null when none was asked for or it failed. */
  copy: StagedFile | null
  /**
   * The read-back: the committed file, read again after its rename, holds exactly `text`. Equal
   * bytes open exactly as the sealed manifest does, so they need not be parsed and opened again.
   */
  readBack: boolean
}

/**
 * One save's files in the order crash safety needs, with the slow parts overlapped. At the same
 * time: each new segment is written straight to its fresh name and fsynced, its folder fsynced,
 * the manifest written to a temp file and fsynced, and (when `copyTo` is given) the same manifest
 * bytes written to a temp file beside the backups and fsynced. Then the manifest is renamed over
 * the old one. COMMIT POINT: that rename. A failure before it throws, and the files a fresh reader
 * sees are unchanged (new segments have new names and are removed again; temp files are ignored
 * by readers and removed). A failure after it (the manifest folder's fsync) is a warning.
 *
 * The copy is not part of the commit: a copy that could not be written only means no backup
 * (`copy: null`, the caller warns), and it is put under its name by the caller, after the
 * read-back, never before the commit (a backup newer than the manifest would read as rollback).
 */
export const durableCommit = async (fs: Disk, first: FileWrite[], last: FileWrite, copyTo?: string): Promise<CommittedSave> => {
  const created: string[] = []
  const text = typeof last.data === 'string' ? last.data : fromUtf8Bytes(last.data)
  const [fresh, manifest, copy] = await Promise.allSettled([
    first.length ? writeFresh(fs, first, created) : Promise.resolve(),
    writeTemp(fs, last.path, last.data),
    copyTo ? writeTemp(fs, copyTo, last.data) : Promise.resolve(null),
  ])
  const copyTmp = copy.status === 'fulfilled' ? copy.value : null
  const manifestTmp = manifest.status === 'fulfilled' ? manifest.value : null
  try {
    if (fresh.status === 'rejected') throw fresh.reason
    if (manifest.status === 'rejected') throw manifest.reason
    try {
      await renameWithRetry(fs, manifestTmp!, last.path)
    } catch (error) {
      if (!(await landed(fs, last.path, last.data))) throw error
    }
  } catch (error) {
    // Not saved: take back what we put down, so the folder is as it was.
    for (const t of [manifestTmp, copyTmp]) if (t) await fs.unlink(t).catch(() => {})
    for (const path of created) await fs.unlink(path).catch(() => {})
    throw asDiskError(error)
  }
  const out: CommittedSave = { warnings: [], text, copy: copyTo && copyTmp ? staged(fs, copyTmp, { path: copyTo, data: last.data }) : null, readBack: false }
  // The folder's fsync and the read-back at the same time: neither changes what the other sees.
  const [synced, back] = await Promise.allSettled([syncDir(fs, dirname(last.path)), readBytesIfExists(last.path, fs)])
  if (synced.status === 'rejected') out.warnings.push(afterCommitWarning('flushing the folder to disk'))
  out.readBack = back.status === 'fulfilled' && back.value !== null && back.value.equals(typeof last.data === 'string' ? Buffer.from(last.data, 'utf8') : last.data)
  return out
}

/**
 * The lowdb adapter for a store's manifest. lowdb's own TextFile adapter (steno) renames a fixed
 * temp name without fsync; here writing the manifest document commits the whole save in
 * durableCommit's order: the segments it names first, then the manifest over the old one.
 */
export class ManifestCommitAdapter<T> implements Adapter<T> {
  committed: CommittedSave = { warnings: [], text: '', copy: null, readBack: false }
  constructor(
    private readonly fs: Disk,
    private readonly path: string,
    private readonly segments: FileWrite[] = [],
    private readonly copyTo?: string,
  ) {}

  /** Raw parse only: validation and quarantine decisions belong to the caller. */
  async read(): Promise<T | null> {
    const text = await readIfExists(this.path)
    return text === null ? null : (JSON.parse(text) as T)
  }

  async write(data: T): Promise<void> {
    this.committed = await durableCommit(this.fs, this.segments, { path: this.path, data: JSON.stringify(data) }, this.copyTo)
  }
}

/**
 * Saves a manifest and the new segments it names through lowdb (the one persistence layer); with
 * `copyTo`, also stages a copy of the manifest there (see durableCommit).
 */
export const commitManifest = async <T>(fs: Disk, path: string, segments: FileWrite[], manifest: T, copyTo?: string): Promise<CommittedSave> => {
  const adapter = new ManifestCommitAdapter<T>(fs, path, segments, copyTo)
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
