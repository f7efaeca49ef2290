import { join } from 'node:path'
import type { StoreName } from './types'

export interface StorePaths {
  dir: string
  manifest: string
  segDir: string
  backupDir: string
  prefix: string
}

export const storePaths = (dataDir: string, store: StoreName): StorePaths => ({
  dir: dataDir,
  prefix: store,
  manifest: join(dataDir, `${store}.hearth`),
  segDir: join(dataDir, `${store}.seg`),
  backupDir: join(dataDir, `${store}.backups`),
})

export const backupPath = (p: StorePaths, generation: number): string => join(p.backupDir, `${generation}.hearth`)
export const segmentPath = (p: StorePaths, name: string): string => join(p.segDir, name)
export const segmentGeneration = (name: string): number => Number(name.split('-')[0])
export const backupGeneration = (file: string): number | null => (/^\d+\.hearth$/.test(file) ? Number(file.slice(0, -7)) : null)

/** Generations stay far below 2^53: 2^40 saves is more than any couple will ever make. */
export const MAX_GENERATION = 2 ** 40
