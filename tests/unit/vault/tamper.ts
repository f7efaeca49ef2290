// Test-only tooling that plays the partner who holds the shared key and edits files by hand:
// it opens a manifest with SK (via that partner's keyslot), rewrites records, re-hashes the
// segments and reseals the manifest, exactly as a malicious or buggy writer could.

import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { canonicalJson, sha256B64 } from '../../../electron/services/vault/encoding'
import { decodeSegment, encodeSegment, type Manifest, type SealedRecord } from '../../../electron/services/vault/format'
import { passphraseBytes } from '../../../electron/services/vault/kdf'
import { openSlot } from '../../../electron/services/vault/keyslots'
import { buildManifest, manifestCheck, openManifest, parseManifest } from '../../../electron/services/vault/manifest'
import type { StoreName } from '../../../electron/services/vault/types'

export const readJson = async (path: string): Promise<Record<string, unknown>> => JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>

/** Rewrites a manifest's clear JSON and recomputes the unkeyed checksum (no key needed). */
export const editClear = async (path: string, edit: (m: Record<string, any>) => void): Promise<void> => {
  const m = await readJson(path)
  edit(m)
  m.check = manifestCheck(m)
  await writeFile(path, JSON.stringify(m))
}

export const sharedKey = async (dir: string, partner: 'A' | 'B', passphrase: string): Promise<Uint8Array> => {
  const text = await readFile(join(dir, 'journal.hearth'), 'utf8')
  const parsed = parseManifest(text, 'journal')
  if (!parsed.ok) throw new Error('bad manifest')
  for (const slot of parsed.manifest.header.keyslots ?? []) {
    if (slot.partner !== partner || slot.type !== 'passphrase') continue
    const opened = await openSlot(parsed.manifest.vaultId, slot, passphraseBytes(passphrase), true)
    if (opened) return opened.keyset.sk.key
  }
  throw new Error('no slot opened')
}

export const readStore = async (dir: string, store: StoreName, sk: Uint8Array) => {
  const text = await readFile(join(dir, `${store}.hearth`), 'utf8')
  const parsed = parseManifest(text, store)
  if (!parsed.ok) throw new Error('bad manifest')
  const inner = openManifest(parsed, sk)
  if (!inner) throw new Error('manifest did not open')
  const records: SealedRecord[] = []
  for (const seg of inner.segments) records.push(...(decodeSegment(await readFile(join(dir, `${store}.seg`, seg.name)))?.records ?? []))
  return { manifest: parsed.manifest, inner, records }
}

/** Replaces a store's records with `edit(records)` in one new segment (no kind index), resealed with SK. */
export const rewriteStore = async (dir: string, store: StoreName, sk: Uint8Array, edit: (records: SealedRecord[]) => SealedRecord[]) => {
  const { manifest, inner, records } = await readStore(dir, store, sk)
  const gen = inner.generation + 1000
  const text = encodeSegment({ records: edit(records), index: [] })
  const name = `${gen}-0.json`
  await writeFile(join(dir, `${store}.seg`, name), text)
  const next: Manifest = buildManifest(store, manifest.vaultId, manifest.header, { generation: gen, savedAt: inner.savedAt, signingPublicKeys: inner.signingPublicKeys, segments: [{ name, sha256: sha256B64(text) }] }, sk)
  await writeFile(join(dir, `${store}.hearth`), JSON.stringify(next))
}

export { canonicalJson }
