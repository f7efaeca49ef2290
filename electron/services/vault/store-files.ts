// Disk-level operations on one store's files: reading manifests and segments, quarantine,
// and the backup directory. No keys here except where a caller passes the shared key.

import { mkdir } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { fromUtf8, sha256B64 } from './encoding'
import { asDiskError, durableWrite, isTempName, listDir, readBytesIfExists, renameWithRetry, syncDir } from './durable'
import { decodeSegment, type Manifest, type ManifestInner, type SegmentContent, type SegmentRef } from './format'
import { openManifest, parseManifest, type ParsedManifest } from './manifest'
import { MAX_GENERATION, backupGeneration, backupPath, segmentGeneration, segmentPath, storePaths, type StorePaths } from './paths'
import type { Clock, Disk, StoreName } from './types'

export type ManifestRead = { state: 'missing' } | { state: 'bad'; code: 'corrupt' | 'unsupported'; why: string } | ({ state: 'ok'; text: string } & Extract<ParsedManifest, { ok: true }>)

export interface OpenedManifest {
  manifest: Manifest
  rawHeader: unknown
  inner: ManifestInner
  text: string
}

export class StoreFiles {
  readonly paths: StorePaths
  constructor(
    dataDir: string,
    readonly store: StoreName,
    readonly fs: Disk,
    private readonly clock: Clock,
  ) {
    this.paths = storePaths(dataDir, store)
  }

  async ensureDirs(): Promise<void> {
    try {
      await mkdir(this.paths.segDir, { recursive: true })
      await mkdir(this.paths.backupDir, { recursive: true })
    } catch (error) {
      throw asDiskError(error)
    }
  }

  readManifest(): Promise<ManifestRead> {
    return this.readManifestAt(this.paths.manifest)
  }

  async readManifestAt(path: string): Promise<ManifestRead> {
    const bytes = await readBytesIfExists(path, this.fs)
    if (bytes === null) return { state: 'missing' }
    const parsed = parseManifest(fromUtf8(bytes), this.store)
    if (!parsed.ok) return { state: 'bad', code: parsed.code, why: parsed.why }
    return { state: 'ok', text: fromUtf8(bytes), ...parsed }
  }

  /** Opens a manifest file with the shared key; null if it is missing, damaged or forged. */
  async openAt(path: string, sk: Uint8Array): Promise<OpenedManifest | null> {
    const read = await this.readManifestAt(path)
    if (read.state !== 'ok') return null
    const inner = openManifest(read, sk)
    return inner ? { manifest: read.manifest, rawHeader: read.rawHeader, inner, text: read.text } : null
  }

  /** Moves a damaged manifest aside under a new name. Hearth never deletes quarantined files. */
  quarantine(): Promise<string> {
    return this.moveManifest('unreadable')
  }

  /** A new `<store>.hearth.<label>-<time>` path (never an existing file). */
  private async asideName(label: string): Promise<string> {
    const stamp = this.clock.now().toISOString().replace(/[:.]/g, '-')
    const existing = new Set(await listDir(this.paths.dir))
    let name = `${basename(this.paths.manifest)}.${label}-${stamp}`
    for (let i = 2; existing.has(name); i++) name = `${basename(this.paths.manifest)}.${label}-${stamp}-${i}`
    return join(this.paths.dir, name)
  }

  /** Renames the manifest to `<store>.hearth.<label>-<time>` (never over an existing file). */
  private async moveManifest(label: string): Promise<string> {
    const target = await this.asideName(label)
    try {
      await renameWithRetry(this.fs, this.paths.manifest, target)
    } catch (error) {
      throw asDiskError(error)
    }
    // The rename happened; a folder that could not be flushed does not undo it.
    await syncDir(this.fs, this.paths.dir).catch(() => {})
    return target
  }

  /** Copies the manifest as it is to `<store>.hearth.<label>-<time>` (kept before a migration). */
  async keepCopy(label: string, text: string): Promise<string> {
    const stamp = this.clock.now().toISOString().replace(/[:.]/g, '-')
    const target = join(this.paths.dir, `${basename(this.paths.manifest)}.${label}-${stamp}`)
    await durableWrite(this.fs, target, text)
    return target
  }

  /** Temp files of saves that a crash or power cut interrupted. Called only from the writer queue. */
  async removeStaleTemps(): Promise<void> {
    for (const dir of [this.paths.dir, this.paths.segDir, this.paths.backupDir]) {
      for (const name of await listDir(dir)) {
        // In the shared data folder only this store's own temp files; below it, every temp file.
        const ours = dir !== this.paths.dir || name.startsWith(`.${this.store}.`)
        if (ours && isTempName(name)) await this.removeFile(join(dir, name))
      }
    }
  }

  async hasQuarantined(): Promise<boolean> {
    return (await this.newestQuarantined()) !== null
  }

  /** The most recently set-aside unreadable manifest (names sort by their time stamp). */
  async newestQuarantined(): Promise<string | null> {
    const prefix = `${basename(this.paths.manifest)}.unreadable-`
    const names = (await listDir(this.paths.dir)).filter((f) => f.startsWith(prefix)).sort()
    const last = names[names.length - 1]
    return last ? join(this.paths.dir, last) : null
  }

  /** Backup generations present on disk, newest first (not yet validated). */
  async backupGenerations(): Promise<number[]> {
    const gens = (await listDir(this.paths.backupDir)).map(backupGeneration).filter((g): g is number => g !== null && g < MAX_GENERATION)
    return gens.sort((a, b) => b - a)
  }

  backupPath(generation: number): string {
    return backupPath(this.paths, generation)
  }

  /** Moves the current manifest aside under a name that says why; returns the new path. */
  async setAside(label: string): Promise<string> {
    return this.moveManifest(label)
  }

  /**
   * Copies the current manifest, byte for byte, to `<store>.hearth.<label>-<time>`. Used before a
   * file that still opens is replaced: the copy is whole before the replacement's rename, so a
   * failure at any step leaves the present file in place (a move would leave no journal at all).
   */
  async copyAside(label: string): Promise<string | null> {
    const bytes = await readBytesIfExists(this.paths.manifest, this.fs)
    if (bytes === null) return null
    const target = await this.asideName(label)
    await durableWrite(this.fs, target, bytes)
    return target
  }

  async removeFile(path: string): Promise<void> {
    await this.fs.unlink(path).catch(() => {})
  }

  async segmentNames(): Promise<string[]> {
    // A name Hearth could never have written (a generation past 2^40) is not ours: ignored, so a
    // planted `9007199254740991-0.json` cannot push the next generation past a safe integer.
    return (await listDir(this.paths.segDir)).filter((f) => /^\d{1,13}-\d{1,6}\.json$/.test(f) && segmentGeneration(f) < MAX_GENERATION)
  }

  /** Reads a segment and checks it against the manifest's hash; null when damaged or missing. */
  async readSegment(ref: SegmentRef): Promise<(SegmentContent & { bytes: number }) | null> {
    const bytes = await readBytesIfExists(segmentPath(this.paths, ref.name), this.fs).catch(() => null)
    if (bytes === null || sha256B64(bytes) !== ref.sha256) return null
    const content = decodeSegment(bytes)
    return content ? { ...content, bytes: bytes.length } : null
  }

  async segmentsIntact(refs: SegmentRef[]): Promise<boolean> {
    for (const ref of refs) if (!(await this.readSegment(ref))) return false
    return true
  }
}
