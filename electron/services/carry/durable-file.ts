// Writing one file so that it is either all there or not there: a unique temp file in the same
// folder, written, fsynced, closed, renamed over the target, then the folder fsynced. On Windows a
// rename may be refused for a moment (an antivirus or indexer has the file open): retry with a
// growing delay, as graceful-fs does; a folder cannot be fsynced there, and NTFS journals renames.

import { randomBytes } from 'node:crypto'
import { open, rename, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

export interface DurableFileFs {
  rename(from: string, to: string): Promise<void>
}

const TRANSIENT = new Set(['EPERM', 'EACCES', 'EBUSY'])
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))

/** Retries a rename refused for a moment, for up to about `budgetMs`. */
export async function renameWithRetry(
  from: string,
  to: string,
  fs: DurableFileFs = { rename },
  budgetMs = 10_000,
): Promise<void> {
  let waited = 0
  for (let delay = 10; ; delay = Math.min(delay * 2, 1000)) {
    try {
      return await fs.rename(from, to)
    } catch (error) {
      const code = (error as { code?: string }).code ?? ''
      if (!TRANSIENT.has(code) || waited >= budgetMs) throw error
      await sleep(delay)
      waited += delay
    }
  }
}

export async function fsyncDir(dir: string, platform = process.platform): Promise<void> {
  if (platform === 'win32') return
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

export async function writeFileDurably(path: string, data: Uint8Array, fs: DurableFileFs = { rename }): Promise<void> {
  const dir = dirname(path)
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    const handle = await open(temp, 'wx')
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await renameWithRetry(temp, path, fs)
  } catch (error) {
    await unlink(temp).catch(() => {})
    throw error
  }
  await fsyncDir(dir)
}
