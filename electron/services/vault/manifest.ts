// Manifests: the one small file per store that names the current segments. The clear part is
// what the app needs before unlock (names, savedAt, keyslots); the sealed part binds it all.

import { canonicalJson, fromB64, sha256B64 } from './encoding'
import { manifestSchema, innerSchema, FORMAT, READABLE_VERSIONS, VERSION, type Header, type Manifest, type ManifestInner } from './format'
import { openJson, sealJson } from './seal'
import type { StoreName } from './types'

export type ParsedManifest =
  | { ok: true; manifest: Manifest; rawHeader: unknown }
  | { ok: false; code: 'corrupt' | 'unsupported'; why: string }

/**
 * `check` is an unkeyed sha256 over the canonical manifest without `check`. It is not a
 * security control (anyone can recompute it); it lets Hearth tell "this file is damaged" from
 * "wrong passphrase" before any key exists, so a bit flip is quarantined instead of blamed on
 * the user. Authenticity comes from the sealed box and its headerHash.
 */
export const manifestCheck = (raw: Record<string, unknown>): string => sha256B64(canonicalJson({ ...raw, check: undefined }))

export const headerHash = (rawHeader: unknown): string => sha256B64(canonicalJson(rawHeader))

export const parseManifest = (text: string, store: StoreName): ParsedManifest => {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { ok: false, code: 'corrupt', why: 'not JSON' }
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, code: 'corrupt', why: 'not an object' }
  const obj = raw as Record<string, unknown>
  if (obj.format !== FORMAT) return { ok: false, code: 'corrupt', why: 'not a Hearth file' }
  // Version is checked before anything else so a newer file is refused, never quarantined.
  if (typeof obj.version !== 'number' || !READABLE_VERSIONS.includes(obj.version) || !Number.isInteger(obj.version)) {
    return Number.isSafeInteger(obj.version) ? { ok: false, code: 'unsupported', why: 'unknown version' } : { ok: false, code: 'corrupt', why: 'bad version' }
  }
  if (typeof obj.check !== 'string' || obj.check !== manifestCheck(obj)) return { ok: false, code: 'corrupt', why: 'checksum' }
  const parsed = manifestSchema.safeParse(raw)
  if (!parsed.success || parsed.data.store !== store) return { ok: false, code: 'corrupt', why: 'shape' }
  return { ok: true, manifest: parsed.data, rawHeader: obj.header }
}

export const buildManifest = (store: StoreName, vaultId: string, header: Header, inner: Omit<ManifestInner, 'headerHash' | 'store' | 'vaultId'>, sk: Uint8Array): Manifest => {
  const clearHeader = JSON.parse(JSON.stringify(header)) as Header // drop undefined members
  const sealed = sealJson(sk, { ...inner, store, vaultId, headerHash: headerHash(clearHeader) })
  const body = { format: FORMAT, version: VERSION, store, vaultId, header: clearHeader, ...sealed }
  return { ...body, check: manifestCheck(body) } as Manifest
}

/** Opens the sealed part with the shared key; null unless every binding matches. */
export const openManifest = (parsed: { manifest: Manifest; rawHeader: unknown }, sk: Uint8Array): ManifestInner | null => {
  const { manifest } = parsed
  const inner = innerSchema.safeParse(openJson(sk, manifest))
  if (!inner.success) return null
  const i = inner.data
  if (i.vaultId !== manifest.vaultId || i.store !== manifest.store) return null
  if (i.headerHash !== headerHash(parsed.rawHeader) || i.savedAt !== manifest.header.savedAt) return null
  if (!fromB64(i.signingPublicKeys.A) || !fromB64(i.signingPublicKeys.B)) return null
  return i
}
