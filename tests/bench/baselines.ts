// What each figure is compared with, measured in the same process on the same data: the cost of
// the plainest possible way to do the same job, without encryption, validation or backups.

import { open, rename, unlink } from 'node:fs/promises'
import { join } from 'node:path'

/** A plain durable write of `data`: temp file, write, fsync, close, rename. */
export const plainDurableWrite = async (dir: string, data: Uint8Array): Promise<void> => {
  const tmp = join(dir, `.bench-baseline.${process.pid}.tmp`)
  const target = join(dir, 'bench-baseline.bin')
  const handle = await open(tmp, 'w')
  try {
    await handle.writeFile(data)
    await handle.sync()
  } finally {
    await handle.close()
  }
  await rename(tmp, target)
}

export const removeBaselineFile = (dir: string): Promise<void> => unlink(join(dir, 'bench-baseline.bin')).catch(() => {})

/** A plain in-memory scan: lowercased `includes` over every text, counting hits. */
export const plainScan = (texts: readonly string[], query: string): number => {
  const q = query.toLowerCase()
  let hits = 0
  for (const t of texts) if (t.toLowerCase().includes(q)) hits++
  return hits
}
