// Durable file writes. lowdb's own TextFile adapter (steno) renames a fixed temp name and never
// fsyncs, so a power cut can leave a zero-length file. Ours: unique temp name, write, fsync the
// file, rename over the target, fsync the directory so the rename itself is on disk.

import * as nodeFs from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { Low, type Adapter } from 'lowdb'
import { HearthError } from '../../../shared/result'
import { diskErrorMessage } from '../router'
import { randomId } from './encoding'
import type { DurableFs } from './types'

export const realFs: DurableFs = {
  writeFile: (path, data) => nodeFs.writeFile(path, data),
  open: async (path, flags) => {
    const handle = await nodeFs.open(path, flags)
    return { sync: () => handle.sync(), close: () => handle.close(), writeFile: (data) => handle.writeFile(data) }
  },
  rename: (from, to) => nodeFs.rename(from, to),
  unlink: (path) => nodeFs.unlink(path),
}

export const withFs = (hooks: Partial<DurableFs> | undefined): DurableFs => ({ ...realFs, ...hooks })

/** Errno failures the user can act on become HearthError('disk'); nothing else is swallowed. */
export const asDiskError = (error: unknown): unknown => {
  if (error instanceof HearthError) return error
  const message = diskErrorMessage(error)
  return message ? new HearthError('disk', message) : error
}

export const syncDir = async (fs: DurableFs, dir: string): Promise<void> => {
  const handle = await fs.open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Writes `tmp` fully and fsyncs it; `wx` so two writers can never share a temp file. */
const writeTemp = async (fs: DurableFs, target: string, data: string | Uint8Array): Promise<string> => {
  const tmp = join(dirname(target), `.${basename(target)}.${randomId(6)}.tmp`)
  const handle = await fs.open(tmp, 'wx')
  try {
    await handle.writeFile(data)
    await handle.sync()
  } catch (error) {
    await handle.close().catch(() => {})
    await fs.unlink(tmp).catch(() => {})
    throw error
  }
  await handle.close()
  return tmp
}

/**
 * Writes several files in one directory; each lands whole or not at all; one dir fsync.
 * `syncDir: false` is for copies whose loss is harmless (backups of a manifest that is itself
 * already durable): the file is still fsynced before its rename, so after a power cut it is
 * either absent or whole, never empty; only the directory fsync is saved.
 */
export const durableWriteMany = async (fs: DurableFs, files: { path: string; data: string | Uint8Array }[], options: { syncDir?: boolean } = {}): Promise<void> => {
  const temps: { tmp: string; path: string }[] = []
  try {
    for (const file of files) temps.push({ tmp: await writeTemp(fs, file.path, file.data), path: file.path })
    for (const t of temps) await fs.rename(t.tmp, t.path)
  } catch (error) {
    for (const t of temps) await fs.unlink(t.tmp).catch(() => {})
    throw asDiskError(error)
  }
  if (options.syncDir === false) return
  const dirs = new Set(files.map((f) => dirname(f.path)))
  try {
    for (const dir of dirs) await syncDir(fs, dir)
  } catch (error) {
    throw asDiskError(error)
  }
}

/**
 * One save's files in the order crash safety needs, with the slow part overlapped: every temp
 * file (the new segments AND the manifest) is written and fsynced at the same time; then the
 * segments are renamed into place and their directory fsynced; only then is the manifest renamed
 * over the old one and its directory fsynced. A crash before that last rename leaves the old
 * manifest, whose segments were never touched (new segments have new names); temp files are
 * ignored by readers. Same guarantees as writing the two in turn, two fsyncs shorter.
 */
export const durableCommit = async (fs: DurableFs, first: { path: string; data: string | Uint8Array }[], last: { path: string; data: string | Uint8Array }): Promise<void> => {
  const all = [...first, last]
  const settled = await Promise.allSettled(all.map((f) => writeTemp(fs, f.path, f.data)))
  const temps = settled.map((r) => (r.status === 'fulfilled' ? r.value : null))
  try {
    const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected')
    if (failed) throw failed.reason
    for (let i = 0; i < first.length; i++) await fs.rename(temps[i]!, first[i]!.path)
    for (const dir of new Set(first.map((f) => dirname(f.path)))) await syncDir(fs, dir)
    await fs.rename(temps[first.length]!, last.path)
    temps[first.length] = null
  } catch (error) {
    // Renamed segments stay (unreferenced, collected later); unrenamed temps go.
    for (const t of temps) if (t) await fs.unlink(t).catch(() => {})
    throw asDiskError(error)
  }
  try {
    await syncDir(fs, dirname(last.path))
  } catch (error) {
    throw asDiskError(error)
  }
}

export const durableWrite = (fs: DurableFs, path: string, data: string | Uint8Array, options?: { syncDir?: boolean }): Promise<void> =>
  durableWriteMany(fs, [{ path, data }], options)

/**
 * The lowdb adapter for a store's manifest. lowdb's own TextFile adapter (steno) renames a fixed
 * temp name without fsync; here writing the manifest document commits the whole save in
 * durableCommit's order: the segments it names first, then the manifest over the old one.
 */
export class ManifestCommitAdapter<T> implements Adapter<T> {
  constructor(
    private readonly fs: DurableFs,
    private readonly path: string,
    private readonly segments: { path: string; data: string | Uint8Array }[] = [],
  ) {}

  /** Raw parse only: validation and quarantine decisions belong to the caller. */
  async read(): Promise<T | null> {
    const text = await readIfExists(this.path)
    return text === null ? null : (JSON.parse(text) as T)
  }

  async write(data: T): Promise<void> {
    await durableCommit(this.fs, this.segments, { path: this.path, data: JSON.stringify(data) })
  }
}

/** Saves a manifest and the new segments it names through lowdb (the one persistence layer). */
export const commitManifest = async <T>(fs: DurableFs, path: string, segments: { path: string; data: string | Uint8Array }[], manifest: T): Promise<void> => {
  const db = new Low<T>(new ManifestCommitAdapter<T>(fs, path, segments), manifest)
  await db.write()
}

export const readIfExists = async (path: string): Promise<string | null> => {
  try {
    return await nodeFs.readFile(path, 'utf8')
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null
    throw error
  }
}

export const readBytesIfExists = async (path: string): Promise<Buffer | null> => {
  try {
    return await nodeFs.readFile(path)
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
