// Where a saved PDF goes and how it lands on disk. Pure functions over an injected file system
// and platform, so tests can play Windows, macOS and Linux on any machine. No Electron here.
//
// Two promises: the file written is the one the user agreed to (the save dialog's overwrite
// question only covered the exact path it returned), and a PDF is either whole or absent, never
// half-written over what was there before.

import { randomBytes } from 'node:crypto'
import * as nodeFs from 'node:fs/promises'
import { posix, win32, type PlatformPath } from 'node:path'

export type Platform = NodeJS.Platform

export interface PdfFs {
  /** True if anything of that name is there (or it cannot be told: then we ask, never assume). */
  exists(path: string): Promise<boolean>
  open(path: string, flags: 'wx' | 'r'): Promise<{ writeFile(data: Uint8Array): Promise<void>; sync(): Promise<void>; close(): Promise<void> }>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
}

export const nodePdfFs: PdfFs = {
  exists: async (path) => {
    try {
      await nodeFs.lstat(path)
      return true
    } catch (error) {
      return (error as { code?: unknown }).code !== 'ENOENT'
    }
  },
  open: (path, flags) => nodeFs.open(path, flags),
  rename: (from, to) => nodeFs.rename(from, to),
  unlink: (path) => nodeFs.unlink(path),
}

export const pathFor = (platform: Platform): PlatformPath => (platform === 'win32' ? win32 : posix)

export type PdfTarget =
  | { kind: 'exact'; path: string }
  /** Not the path the dialog returned: its overwrite question did not cover this one. */
  | { kind: 'changed'; path: string }
  | { kind: 'unusable' }

// Names Windows will not create as files: forbidden characters (':' would even open an alternate
// data stream of another file) and device names, which stay devices whatever the extension.
const WINDOWS_FORBIDDEN = /[<>:"|?*]/
const hasControlCharacter = (name: string): boolean => [...name].some((c) => c.charCodeAt(0) < 32)
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]) *(\..*)?$/i

/**
 * The path Hearth will write for the one the dialog returned. Linux dialogs do not add the
 * filter's extension, so ".pdf" may have to be added; Windows silently drops dots and spaces at
 * the end of a name ("agreement.pdf." is the file "agreement.pdf"), so that is applied first to
 * know which file would really be touched. The folder part is kept exactly as given.
 */
export const pdfTarget = (chosen: string, platform: Platform): PdfTarget => {
  const windows = platform === 'win32'
  if (!pathFor(platform).isAbsolute(chosen) || chosen.includes('\0')) return { kind: 'unusable' }
  const cut = Math.max(chosen.lastIndexOf('/'), windows ? chosen.lastIndexOf('\\') : -1)
  const folder = chosen.slice(0, cut + 1)
  let name = chosen.slice(cut + 1)
  if (windows) name = name.replace(/[. ]+$/, '')
  if (!name || name === '.' || name === '..') return { kind: 'unusable' }
  if (windows && (WINDOWS_FORBIDDEN.test(name) || hasControlCharacter(name) || WINDOWS_DEVICE.test(name.replace(/\.pdf$/i, '')))) return { kind: 'unusable' }
  if (!/\.pdf$/i.test(name)) name = `${name}.pdf`
  const path = folder + name
  return path === chosen ? { kind: 'exact', path } : { kind: 'changed', path }
}

/** Rename is refused briefly on Windows while an antivirus scanner or indexer holds the file. */
const TRANSIENT_RENAME = new Set(['EPERM', 'EACCES', 'EBUSY'])
/** About 2.3 s in all, then the error stands (graceful-fs retries the same way, for longer). */
export const RENAME_BACKOFF_MS = [10, 20, 40, 80, 160, 320, 640, 1000] as const

const codeOf = (error: unknown): unknown => (error as { code?: unknown } | null)?.code

export const renameWithRetry = async (fs: PdfFs, from: string, to: string, platform: Platform, sleep: (ms: number) => Promise<void>): Promise<void> => {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fs.rename(from, to)
    } catch (error) {
      const delay = RENAME_BACKOFF_MS[attempt]
      // On POSIX these codes are permanent (a real permission problem): no retry there.
      if (platform !== 'win32' || !TRANSIENT_RENAME.has(codeOf(error) as string) || delay === undefined) throw error
      await sleep(delay)
    }
  }
}

export interface WriteOptions {
  platform: Platform
  sleep?: (ms: number) => Promise<void>
  /** The temp file's unique part (tests pass a fixed one). */
  tempTag?: () => string
}

const defaultSleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms))

/**
 * Temp file in the same folder (so the rename is atomic, never a copy across disks), written and
 * fsynced, then renamed over the target: the target is the old file or the whole new one, never
 * a torn mix. Any failure before the rename removes the temp file and leaves the target as it
 * was. After the rename the PDF is saved; the folder's fsync (so the rename survives a power cut)
 * is best effort, and skipped on Windows, which refuses to fsync a folder (NTFS journals it).
 */
export const writePdfDurably = async (fs: PdfFs, target: string, data: Uint8Array, options: WriteOptions): Promise<void> => {
  const p = pathFor(options.platform)
  const folder = p.dirname(target)
  // A short fixed-length name: a long PDF name plus a suffix could pass the name-length limit.
  const temp = p.join(folder, `.hearth-pdf-${options.tempTag?.() ?? randomBytes(6).toString('hex')}.tmp`)
  let handle: Awaited<ReturnType<PdfFs['open']>> | undefined
  try {
    handle = await fs.open(temp, 'wx')
    await handle.writeFile(data)
    await handle.sync()
    const closing = handle
    handle = undefined
    await closing.close()
    await renameWithRetry(fs, temp, target, options.platform, options.sleep ?? defaultSleep)
  } catch (error) {
    await handle?.close().catch(() => {})
    await fs.unlink(temp).catch(() => {})
    throw error
  }
  if (options.platform !== 'win32') await syncFolder(fs, folder).catch(() => {})
}

const syncFolder = async (fs: PdfFs, folder: string): Promise<void> => {
  const dir = await fs.open(folder, 'r')
  try {
    await dir.sync()
  } finally {
    await dir.close()
  }
}

/** What the person reads when the PDF could not be written; nothing was, in every case. */
export const pdfWriteMessage = (error: unknown): string => {
  switch (codeOf(error)) {
    case 'ENOSPC':
      return 'The disk is full, so the PDF was not saved. Nothing was written.'
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'Hearth is not allowed to write in that folder, so the PDF was not saved. Choose another folder.'
    case 'EBUSY':
      return 'Another program is using that file, so the PDF was not saved. Close it and try again.'
    case 'ENOENT':
    case 'ENOTDIR':
      return 'That folder is not there any more, so the PDF was not saved. Choose another folder.'
    case 'ENAMETOOLONG':
      return 'That file name is too long, so the PDF was not saved. Choose a shorter name.'
    default:
      return 'The PDF could not be saved there. Nothing was written; try another folder.'
  }
}
