// Threat: the disk fails while a backup copy or an export is written (full, I/O error). The file
// must be all there or as it was before, never half; a folder that cannot be flushed after the
// rename does not turn a written copy into a failure.
import { readdir, readFile, writeFile } from 'node:fs/promises'
import * as nodeFs from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeFileDurably } from '../../../electron/services/carry/durable-file'
import type { DurableFs } from '../../../electron/services/vault/types'
import { trackedTempDir } from '../temp-dirs'

const errno = (code: string) => Object.assign(new Error(code), { code })
type Point = 'open' | 'writeFile' | 'sync' | 'close' | 'rename' | 'dir-sync'

/** The real file system, failing once at `point` with `code`. */
const failingAt = (point: Point, code: string): Partial<DurableFs> => ({
  open: async (path, flags) => {
    const isDir = flags === 'r'
    if (point === 'open' && !isDir) throw errno(code)
    const h = await nodeFs.open(path, flags)
    return {
      writeFile: async (data) => (point === 'writeFile' ? Promise.reject(errno(code)) : h.writeFile(data)),
      sync: async () => (point === (isDir ? 'dir-sync' : 'sync') ? Promise.reject(errno(code)) : h.sync()),
      close: async () => {
        await h.close()
        if (point === 'close' && !isDir) throw errno(code)
      },
    }
  },
  rename: async (from, to) => (point === 'rename' ? Promise.reject(errno(code)) : nodeFs.rename(from, to)),
})

describe('a backup copy or an export written while the disk fails', () => {
  for (const code of ['ENOSPC', 'EIO']) {
    for (const point of ['open', 'writeFile', 'sync', 'close', 'rename'] as const) {
      it(`${code} at ${point}: the earlier copy is untouched, no temp file is left, and the answer is 'disk'`, async () => {
        const dir = await trackedTempDir('hearth-carry-durable-')
        const target = join(dir, 'Hearth backup.hearthbackup')
        await writeFile(target, 'the copy from last month')
        const error = await writeFileDurably(target, new TextEncoder().encode('the new copy'), failingAt(point, code)).catch((e: unknown) => e)
        expect((error as { code?: string }).code).toBe('disk')
        expect(await readFile(target, 'utf8')).toBe('the copy from last month')
        expect(await readdir(dir)).toEqual(['Hearth backup.hearthbackup'])
      })
    }
    it(`${code} flushing the folder after the rename: the new copy is in place and the write is not a failure`, async () => {
      const dir = await trackedTempDir('hearth-carry-durable-')
      const target = join(dir, 'export.json')
      await writeFileDurably(target, new TextEncoder().encode('{"new":true}'), failingAt('dir-sync', code))
      expect(await readFile(target, 'utf8')).toBe('{"new":true}')
    })
  }
})
