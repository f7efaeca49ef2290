// Simulated file systems of the three platforms Hearth ships for, built on the real one (so the
// bytes really land in a temp folder) with each platform's rules laid over it:
// - win32: a directory opens, but fsync on its handle fails with EPERM (libuv/Node behaviour);
//   a rename over (or of) a file a scanner holds fails with EPERM/EACCES/EBUSY for a while.
// - darwin: POSIX semantics; fsync only hands data to the drive (no F_FULLFSYNC from Node), which
//   the log notes on every sync so a test can say what durability it really got.
// - linux: fsync the file, rename, fsync the directory.
// Every variant counts its calls, can fail the n-th call with an errno, and can pause at the n-th
// call (a deferred promise) so a test can run another operation in the gap.

import { statSync } from 'node:fs'
import * as nodeFs from 'node:fs/promises'
import type { DurableFs, VaultOptions } from '../../../electron/services/vault/types'

export type Platform = 'win32' | 'darwin' | 'linux'
export type FsOp = 'open' | 'sync' | 'writeFile' | 'rename' | 'unlink' | 'readFile'
export const PLATFORMS: Platform[] = ['win32', 'darwin', 'linux']

export const errno = (code: string, what = ''): Error => Object.assign(new Error(`${code}: ${what}`), { code })

const isDir = (path: string): boolean => {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

export interface SimFs {
  platform: Platform
  /** What to pass to openVault/newVault. */
  options: Pick<VaultOptions, 'fs' | 'platform' | 'sleep'>
  /** Every counted call in order (only while `counting`); an open also notes its flags. */
  calls: { op: FsOp; path: string; flags?: string }[]
  counting: boolean
  /** Delays the vault asked `sleep` for (retries of a refused rename); nobody really waits. */
  delays: number[]
  /** Directory fsyncs that were attempted (win32: each one failed with EPERM). */
  dirSyncs: string[]
  /** darwin: every fsync, with the note that it did not flush the drive's cache. */
  notes: string[]
  /** Paths a simulated scanner holds: renames onto or of them fail this many more times. */
  held: Map<string, number>
  /**
   * Fails the counted call with this index (0-based) with `code`; `null` = no fault. `late`: the
   * call takes effect and THEN reports the error (an I/O error reported after a rename landed).
   */
  fault: { at: number; code: string; late?: boolean } | null
  /** Pauses before the counted call with this index until `resume()`; `paused` resolves when reached. */
  pause: { at: number; reached: () => void; gate: Promise<void> } | null
  /** Manifest generations written (read from each manifest rename's source bytes). */
  manifestWrites: { path: string; bytes: string }[]
}

export const simFs = (platform: Platform): SimFs => {
  const sim: SimFs = {
    platform,
    options: {},
    calls: [],
    counting: false,
    delays: [],
    dirSyncs: [],
    notes: [],
    held: new Map(),
    fault: null,
    pause: null,
    manifestWrites: [],
  }
  let index = 0
  const transient = ['EPERM', 'EACCES', 'EBUSY']
  let refusals = 0

  /** Counts the call; throws the planned fault (or returns it, when late) or waits at the planned pause. */
  const step = async (op: FsOp, path: string, flags?: string): Promise<Error | null> => {
    if (!sim.counting) return null
    const i = index++
    sim.calls.push(flags === undefined ? { op, path } : { op, path, flags })
    if (sim.pause && sim.pause.at === i) {
      const p = sim.pause
      p.reached()
      await p.gate
    }
    if (sim.fault && sim.fault.at === i) {
      const error = errno(sim.fault.code, `${op} ${path}`)
      if (sim.fault.late) return error
      throw error
    }
    return null
  }
  const after = (late: Error | null) => {
    if (late) throw late
  }

  const fs: DurableFs = {
    writeFile: async (path, data) => {
      const late = await step('writeFile', path)
      await nodeFs.writeFile(path, data)
      after(late)
    },
    open: async (path, flags) => {
      await step('open', path, flags)
      const dir = isDir(path)
      const h = await nodeFs.open(path, flags)
      return {
        sync: async () => {
          const late = await step('sync', path)
          if (dir) {
            sim.dirSyncs.push(path)
            if (platform === 'win32') throw errno('EPERM', `fsync of directory ${path}`)
          }
          if (platform === 'darwin') sim.notes.push(`fsync ${path}: handed to the drive, its cache not flushed (no F_FULLFSYNC)`)
          await h.sync()
          after(late)
        },
        close: () => h.close(),
        writeFile: async (data) => {
          const late = await step('writeFile', path)
          await h.writeFile(data)
          after(late)
        },
      }
    },
    rename: async (from, to) => {
      const late = await step('rename', to)
      if (platform === 'win32') {
        for (const p of [from, to]) {
          const left = sim.held.get(p) ?? 0
          if (left > 0) {
            sim.held.set(p, left - 1)
            throw errno(transient[refusals++ % 3]!, `rename ${from} -> ${to}: held by another process`)
          }
        }
      }
      if (/\.hearth$/.test(to) && !/backups/.test(to)) sim.manifestWrites.push({ path: to, bytes: await nodeFs.readFile(from, 'utf8') })
      await nodeFs.rename(from, to)
      after(late)
    },
    unlink: async (path) => {
      const late = await step('unlink', path)
      await nodeFs.unlink(path)
      after(late)
    },
    readFile: async (path) => {
      const late = await step('readFile', path)
      const bytes = await nodeFs.readFile(path)
      after(late)
      return bytes
    },
  }
  sim.options = { fs, platform, sleep: async (ms: number) => void sim.delays.push(ms) }
  // Reset the call index whenever counting restarts.
  let counting = false
  Object.defineProperty(sim, 'counting', {
    get: () => counting,
    set: (on: boolean) => {
      counting = on
      if (on) {
        index = 0
        sim.calls = []
      }
    },
  })
  return sim
}

export const win32Fs = (): SimFs => simFs('win32')
export const darwinFs = (): SimFs => simFs('darwin')
export const linuxFs = (): SimFs => simFs('linux')

/** Sets a pause at the counted call `at`; returns a promise for reaching it and a resume. */
export const pauseAt = (sim: SimFs, at: number): { reached: Promise<boolean>; resume: () => void } => {
  let resume!: () => void
  let reached!: () => void
  const reachedP = new Promise<boolean>((r) => (reached = () => r(true)))
  const gate = new Promise<void>((r) => (resume = r))
  sim.pause = { at, reached, gate }
  return { reached: reachedP, resume }
}

/** How many calls of each kind the counted window made. */
export const countCalls = (sim: SimFs): Record<FsOp, number> => {
  const out = { open: 0, sync: 0, writeFile: 0, rename: 0, unlink: 0, readFile: 0 }
  for (const c of sim.calls) out[c.op]++
  return out
}
