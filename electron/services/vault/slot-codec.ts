// The plaintext of a keyslot box, written and read as bytes. A JavaScript string cannot be
// zeroed: base64 text of a key made with toB64 or JSON.parse stays in the heap until the garbage
// collector happens to reuse it, long after lock(). So the secret members (sk, pk, signSecretKey,
// recoveryKek) go straight between Uint8Arrays and base64 *bytes* that are zeroed after use;
// only the non-secret members (ids, partner, type, the public key) ever become strings.
//
// The bytes are ordinary JSON (docs/FORMAT.md, "Keyslots"): `{"vaultId":"…",…}` with string
// values and `"ledger":true`. A payload written by another writer in another layout (spaces,
// escapes) is still read, through JSON.parse, as a fallback.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const ENC = new Uint8Array(64).map((_, i) => ALPHABET.charCodeAt(i))
const DEC = new Int16Array(256).fill(-1)
ENC.forEach((c, i) => (DEC[c] = i))
const EQ = 61
const QUOTE = 34

/** Standard base64 with padding, into bytes. */
export const b64Bytes = (data: Uint8Array): Uint8Array => {
  const out = new Uint8Array(Math.ceil(data.length / 3) * 4)
  let o = 0
  for (let i = 0; i < data.length; i += 3) {
    const n = (data[i]! << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0)
    out[o++] = ENC[(n >> 18) & 63]!
    out[o++] = ENC[(n >> 12) & 63]!
    out[o++] = i + 1 < data.length ? ENC[(n >> 6) & 63]! : EQ
    out[o++] = i + 2 < data.length ? ENC[n & 63]! : EQ
  }
  return out
}

/** Strict (canonical) base64 bytes -> data; null when anything is off. */
export const fromB64Bytes = (text: Uint8Array): Uint8Array | null => {
  if (text.length % 4 !== 0) return null
  const pad = text.length && text[text.length - 1] === EQ ? (text[text.length - 2] === EQ ? 2 : 1) : 0
  const out = new Uint8Array((text.length / 4) * 3 - pad)
  let o = 0
  for (let i = 0; i < text.length; i += 4) {
    const last = i + 4 === text.length
    const v = [0, 1, 2, 3].map((k) => (last && k >= 4 - pad ? 0 : DEC[text[i + k]!]!))
    if (v.some((x) => x < 0)) return null
    const n = (v[0]! << 18) | (v[1]! << 12) | (v[2]! << 6) | v[3]!
    if (o < out.length) out[o++] = (n >> 16) & 255
    if (o < out.length) out[o++] = (n >> 8) & 255
    if (o < out.length) out[o++] = n & 255
    // Canonical: the bits a padded group does not use must be zero.
    if (last && ((pad === 1 && (n & 0xff) !== 0) || (pad === 2 && (n & 0xffff) !== 0))) return null
  }
  return out
}

export type SlotValue = string | Uint8Array | true | undefined

const text = (s: string) => new TextEncoder().encode(s)

/** `{"k":"v",…}`: strings as JSON strings, Uint8Array members as base64 bytes, `true` as true. */
export const encodeSlotJson = (members: [string, SlotValue][]): Uint8Array => {
  const parts: Uint8Array[] = []
  const secrets: Uint8Array[] = []
  parts.push(text('{'))
  let first = true
  for (const [key, value] of members) {
    if (value === undefined) continue
    parts.push(text(`${first ? '' : ','}${JSON.stringify(key)}:`))
    first = false
    if (value === true) parts.push(text('true'))
    else if (typeof value === 'string') parts.push(text(JSON.stringify(value)))
    else {
      const b = b64Bytes(value)
      secrets.push(b)
      parts.push(new Uint8Array([QUOTE]), b, new Uint8Array([QUOTE]))
    }
  }
  parts.push(text('}'))
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let o = 0
  for (const p of parts) {
    out.set(p, o)
    o += p.length
  }
  for (const s of secrets) s.fill(0)
  return out
}

/**
 * Reads the flat object encodeSlotJson writes. Members named in `secret` come back as decoded
 * bytes (never strings); the others as strings or true. Returns null when the bytes are not in
 * that compact form (the caller then falls back to JSON.parse).
 */
export const decodeSlotJson = (bytes: Uint8Array, secret: ReadonlySet<string>): Record<string, string | Uint8Array | true> | null => {
  const out: Record<string, string | Uint8Array | true> = {}
  const dec = new TextDecoder()
  let i = 0
  const expect = (c: number) => bytes[i++] === c
  const stringEnd = (from: number) => {
    for (let j = from; j < bytes.length; j++) {
      if (bytes[j] === 92) return -1 // an escape: not the compact form
      if (bytes[j] === QUOTE) return j
    }
    return -1
  }
  if (!expect(123)) return null
  if (bytes[i] === 125) return i + 1 === bytes.length ? out : null
  for (;;) {
    if (!expect(QUOTE)) return null
    const keyEnd = stringEnd(i)
    if (keyEnd < 0) return null
    const key = dec.decode(bytes.subarray(i, keyEnd))
    i = keyEnd + 1
    if (!expect(58)) return null
    if (bytes[i] === QUOTE) {
      const end = stringEnd(i + 1)
      if (end < 0) return null
      const raw = bytes.subarray(i + 1, end)
      if (secret.has(key)) {
        const value = fromB64Bytes(raw)
        if (!value) return null
        out[key] = value
      } else out[key] = dec.decode(raw)
      i = end + 1
    } else if (dec.decode(bytes.subarray(i, i + 4)) === 'true') {
      out[key] = true
      i += 4
    } else return null
    if (bytes[i] === 44) {
      i++
      continue
    }
    return bytes[i] === 125 && i + 1 === bytes.length ? out : null
  }
}
