// Temp folders for tests that remove themselves: every folder made here is deleted when the test
// file that made it has finished. Vitest gives each test file its own copy of this module, so
// the afterAll below is registered once per file, on that file.

import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'

/** tmpfs when there is one: for tests of logic and file contents, not of the physical disk. */
export const FAST_TMP = existsSync('/dev/shm') ? '/dev/shm' : tmpdir()

const made = new Set<string>()

/** A fresh folder `<base>/<prefix>XXXXXX`, removed after this test file. */
export const trackedTempDir = async (prefix: string, base: string = tmpdir()): Promise<string> => {
  const dir = await mkdtemp(join(base, prefix))
  made.add(dir)
  return dir
}

afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true, maxRetries: 3 })
  made.clear()
})
