// Reading a zip that came from outside Hearth (a USB stick, another app's export) without
// trusting it. Refused before anything is inflated: too many entries, a declared size over the
// per-file or total cap (a zip bomb), names that climb out of the folder, absolute paths and
// names Windows cannot hold. fflate inflates each entry into a buffer of its declared size, so a
// header that lies about its size cannot make it allocate more; the caller's hashes catch the lie.

import { unzipSync, type UnzipFileInfo } from 'fflate'
import { HearthError } from '../../../shared/result'
import { CMSG } from './messages'

export interface ZipLimits {
  maxEntries: number
  maxEntryBytes: number
  maxTotalBytes: number
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i
// Control characters and what Windows refuses in a name: < > : " | ? * and the backslash.
// eslint-disable-next-line no-control-regex
const ILLEGAL_CHARS = /[\u0000-\u001f<>:"|?*\\]/

/** A relative path with forward slashes that is safe to create on Linux, macOS and Windows. */
export const isSafeEntryName = (name: string): boolean => {
  if (name.length === 0 || name.length > 240) return false
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return false
  const parts = name.split('/')
  return parts.every(
    (part) =>
      part.length > 0 &&
      part !== '.' &&
      part !== '..' &&
      !ILLEGAL_CHARS.test(part) &&
      !WINDOWS_RESERVED.test(part) &&
      !/[. ]$/.test(part),
  )
}

/**
 * The zip's files by name. Directory entries ("name/") are skipped. Throws HearthError with a
 * message for a person when the zip is unreadable or breaks a rule.
 */
export interface ZipWords {
  unreadable: string
  hostile: string
  tooLarge: string
}

const BACKUP_WORDS: ZipWords = { unreadable: CMSG.notBackup, hostile: CMSG.hostile, tooLarge: CMSG.tooLarge }

export function readZipSafely(
  bytes: Uint8Array,
  limits: ZipLimits,
  words: Partial<ZipWords> = {},
  /** Entries to inflate; the others are still checked (names, count) but never unpacked. */
  keep: (name: string) => boolean = () => true,
): Map<string, Uint8Array> {
  const say = { ...BACKUP_WORDS, ...words }
  let count = 0
  let total = 0
  const check = (info: UnzipFileInfo): boolean => {
    if (info.name.endsWith('/')) return false
    count += 1
    if (count > limits.maxEntries) throw new HearthError('bad-request', say.hostile)
    if (!isSafeEntryName(info.name)) throw new HearthError('bad-request', say.hostile)
    if (!keep(info.name)) return false
    total += info.originalSize
    if (info.compression !== 0 && info.compression !== 8) throw new HearthError('unsupported', say.unreadable)
    if (info.originalSize > limits.maxEntryBytes || total > limits.maxTotalBytes) throw new HearthError('bad-request', say.tooLarge)
    return true
  }
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes, { filter: check })
  } catch (error) {
    if (error instanceof HearthError) throw error
    throw new HearthError('corrupt', say.unreadable)
  }
  const out = new Map<string, Uint8Array>()
  const lower = new Set<string>()
  for (const [name, data] of Object.entries(files)) {
    // Two names that differ only in case are one file on Windows and macOS.
    if (lower.has(name.toLowerCase())) throw new HearthError('bad-request', say.hostile)
    lower.add(name.toLowerCase())
    out.set(name, data)
  }
  return out
}

/** Zip files start with a local header ("PK\x03\x04") or, when empty, the end record ("PK\x05\x06"). */
export const looksLikeZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 &&
  bytes[0] === 0x50 &&
  bytes[1] === 0x4b &&
  ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6))
