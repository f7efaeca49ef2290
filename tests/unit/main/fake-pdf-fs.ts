// An in-memory file system for the PDF save, with each platform's naming rules and a fault at
// any step. Windows and macOS (APFS's default) match names case-insensitively; Windows also
// drops dots and spaces at the end of a name. A fault can fire once, n times, or every time.

import type { PdfFs, Platform } from '../../../electron/main/pdf-file'

export type Step = 'open' | 'writeFile' | 'sync' | 'close' | 'rename' | 'unlink' | 'dirSync'

export interface Fault {
  step: Step
  code: string
  /** How many times it fires (default: every time). */
  times?: number
}

const failure = (code: string, step: string): Error => Object.assign(new Error(`${code}: ${step} (fake)`), { code })

export const fakePdfFs = (platform: Platform, initial: Record<string, string> = {}) => {
  const key = (path: string): string => {
    let k = platform === 'win32' ? path.replace(/\//g, '\\').replace(/[. ]+$/, '') : path
    if (platform !== 'linux') k = k.toLowerCase()
    return k
  }
  const files = new Map<string, { path: string; bytes: string }>()
  for (const [path, bytes] of Object.entries(initial)) files.set(key(path), { path, bytes })
  const faults: Fault[] = []
  const log: string[] = []

  const hit = (step: Step, what: string): void => {
    log.push(`${step} ${what}`)
    const fault = faults.find((f) => f.step === step && (f.times === undefined || f.times > 0))
    if (!fault) return
    if (fault.times !== undefined) fault.times--
    throw failure(fault.code, step)
  }

  const fs: PdfFs = {
    exists: async (path) => files.has(key(path)),
    open: async (path, flags) => {
      if (flags === 'r') {
        return {
          writeFile: async () => {
            throw failure('EISDIR', 'writeFile')
          },
          sync: async () => hit('dirSync', path),
          close: async () => {},
        }
      }
      hit('open', path)
      if (files.has(key(path))) throw failure('EEXIST', 'open')
      const entry = { path, bytes: '' }
      files.set(key(path), entry)
      return {
        writeFile: async (data) => {
          const text = Buffer.from(data).toString('latin1')
          try {
            hit('writeFile', path)
          } catch (error) {
            // A disk that fills up mid-write leaves half the bytes in the file.
            entry.bytes = text.slice(0, Math.floor(text.length / 2))
            throw error
          }
          entry.bytes = text
        },
        sync: async () => hit('sync', path),
        close: async () => hit('close', path),
      }
    },
    rename: async (from, to) => {
      hit('rename', `${from} -> ${to}`)
      const entry = files.get(key(from))
      if (!entry) throw failure('ENOENT', 'rename')
      files.delete(key(from))
      files.set(key(to), { path: to, bytes: entry.bytes })
    },
    unlink: async (path) => {
      hit('unlink', path)
      if (!files.delete(key(path))) throw failure('ENOENT', 'unlink')
    },
  }

  return {
    fs,
    log,
    fail: (fault: Fault) => void faults.push(fault),
    /** Every file as path -> bytes, sorted: what a fresh look at the disk would find. */
    files: (): Record<string, string> => Object.fromEntries([...files.values()].map((f) => [f.path, f.bytes]).sort(([a], [b]) => (a! < b! ? -1 : 1))),
  }
}
