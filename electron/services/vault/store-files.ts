// Disk-level operations on one store's files: reading manifests and segments, quarantine,
// and the backup directory. No keys here except where a caller passes the shared key.

import { mkdir } from 'node:fs/promises'
import { basename } from 'node:path'
import { isAscii } from 'node:buffer'
import { fromUtf8, sha256B64 } from './encoding'
import { asDiskError, durableWrite, listDir, readBytesIfExists, syncDir } from './durable'
import { parseSegment, type Manifest, type ManifestInner, type SealedRecord, type SegmentRef } from './format'
import { openManifest, parseManifest, type ParsedManifest } from './manifest'
import { backupGeneration, backupPath, segmentPath, storePaths, type StorePaths } from './paths'
import type { Clock, DurableFs, StoreName } from './types'

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
    readonly fs: DurableFs,
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
    const bytes = await readBytesIfExists(path)
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
  async quarantine(): Promise<string> {
    const stamp = this.clock.now().toISOString().replace(/[:.]/g, '-')
    const existing = new Set(await listDir(this.paths.dir))
    let name = `${basename(this.paths.manifest)}.unreadable-${stamp}`
    for (let i = 2; existing.has(name); i++) name = `${basename(this.paths.manifest)}.unreadable-${stamp}-${i}`
    const target = `${this.paths.dir}/${name}`
    try {
      await this.fs.rename(this.paths.manifest, target)
      await syncDir(this.fs, this.paths.dir)
    } catch (error) {
      throw asDiskError(error)
    }
    return target
  }

  async hasQuarantined(): Promise<boolean> {
    const prefix = `${basename(this.paths.manifest)}.unreadable-`
    return (await listDir(this.paths.dir)).some((f) => f.startsWith(prefix))
  }

  /** Backup generations present on disk, newest first (not yet validated). */
  async backupGenerations(): Promise<number[]> {
    const gens = (await listDir(this.paths.backupDir)).map(backupGeneration).filter((g): g is number => g !== null)
    return gens.sort((a, b) => b - a)
  }

  backupPath(generation: number): string {
    return backupPath(this.paths, generation)
  }

  /**
   * The copy is fsynced before its rename (whole or absent after a crash) but its directory is
   * not: the manifest it copies is already durable, so losing the newest backup to a power cut
   * costs nothing, and each save is one fsync shorter.
   */
  async writeBackup(generation: number, text: string): Promise<void> {
    await durableWrite(this.fs, this.backupPath(generation), text, { syncDir: false })
  }

  async removeFile(path: string): Promise<void> {
    await this.fs.unlink(path).catch(() => {})
  }

  async segmentNames(): Promise<string[]> {
    return (await listDir(this.paths.segDir)).filter((f) => /^\d+-\d+\.json$/.test(f))
  }

  /** Reads a segment and checks it against the manifest's hash; null when damaged or missing. */
  async readSegment(ref: SegmentRef): Promise<{ records: SealedRecord[]; bytes: number } | null> {
    const bytes = await readBytesIfExists(segmentPath(this.paths, ref.name))
    if (bytes === null || sha256B64(bytes) !== ref.sha256) return null
    try {
      // Segments are ASCII unless an id is not; latin1 decoding of ASCII is the same, and cheaper.
      const records = parseSegment(JSON.parse(isAscii(bytes) ? bytes.toString('latin1') : fromUtf8(bytes)))
      return records ? { records, bytes: bytes.length } : null
    } catch {
      return null
    }
  }

  async segmentsIntact(refs: SegmentRef[]): Promise<boolean> {
    for (const ref of refs) if (!(await this.readSegment(ref))) return false
    return true
  }
}
