// An offline strength estimate for the setup screen. The vault's safety rests on this
// passphrase alone (no server, no reset), so the meter errs toward caution and always gives
// one concrete thing to do next. It is an estimate in the spirit of zxcvbn, much simplified:
// characters count for less when they repeat, follow a sequence, or spell a common word.

import { PASSPHRASE_MIN_LENGTH } from '../domain'
import { COMMON_PASSWORDS, KEYBOARD_ROWS } from './common-passwords'

export type StrengthScore = 0 | 1 | 2 | 3 | 4

export interface PassphraseStrength {
  score: StrengthScore
  label: string
  /** One short, actionable sentence. */
  hint: string
  /** At least PASSPHRASE_MIN_LENGTH characters: the vault refuses anything shorter. */
  meetsMinimum: boolean
  /** Rough estimate of guessing difficulty, in bits. Shown nowhere; useful for tests. */
  bits: number
}

export const STRENGTH_LABELS: Readonly<Record<StrengthScore, string>> = {
  0: 'Very weak',
  1: 'Weak',
  2: 'Fair',
  3: 'Strong',
  4: 'Very strong',
}

/** Bits needed for each score from 1 to 4. */
export const SCORE_THRESHOLDS = [30, 45, 60, 80] as const

const COMMON = new Set(COMMON_PASSWORDS)
const WORD_BITS = Math.log2(COMMON_PASSWORDS.length)
const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '!': 'i',
  '3': 'e',
  '4': 'a',
  '@': 'a',
  '5': 's',
  $: 's',
  '7': 't',
  '+': 't',
  '8': 'b',
  '9': 'g',
}

/** Lower-cased, with simple swaps undone. One output character per input code point. */
function deleet(chars: readonly string[]): string[] {
  return chars.map((c) => LEET[c] ?? c.toLowerCase())
}

/** Size of the alphabet an attacker would have to try for these character classes. */
function poolSize(pass: string): number {
  let pool = 0
  if (/[a-z]/.test(pass)) pool += 26
  if (/[A-Z]/.test(pass)) pool += 26
  if (/[0-9]/.test(pass)) pool += 10
  if (/ /.test(pass)) pool += 1
  if (/[!-/:-@[-`{-~]/.test(pass)) pool += 33
  if (/[^\x20-\x7e]/.test(pass)) pool += 40
  return Math.max(pool, 10)
}

/** True when a, b, c are consecutive letters, digits, or keys (either direction). */
function isSequence(a: string, b: string, c: string): boolean {
  const x = a.codePointAt(0) ?? 0
  const y = b.codePointAt(0) ?? 0
  const z = c.codePointAt(0) ?? 0
  if (y - x === z - y && Math.abs(y - x) === 1 && /[a-z0-9]/.test(a + b + c)) return true
  const tri = a + b + c
  const rev = c + b + a
  return KEYBOARD_ROWS.some((row) => row.includes(tri) || row.includes(rev))
}

interface Findings {
  bits: number
  common: boolean
  personal: boolean
  /** A common word appears inside a longer passphrase. */
  commonWord: boolean
  repeated: boolean
  sequence: boolean
}

function analyse(pass: string, personalWords: readonly string[]): Findings {
  const chars = Array.from(pass)
  // Repeats and runs are judged on the characters as typed ("1234"); words after undoing
  // swaps ("l0ve"). Both arrays have one entry per code point, so positions line up.
  const low = chars.map((c) => c.toLowerCase())
  const flat = deleet(chars).join('')
  const perChar = Math.log2(poolSize(pass))
  const covered = new Array<boolean>(chars.length).fill(false)
  let bits = 0
  let personal = false
  let commonWord = false

  // The whole thing is a common password with a few digits or symbols stuck on the end.
  const core = deleet(Array.from(low.join('').replace(/^[^a-z]+|[^a-z]+$/g, ''))).join('')
  const common = COMMON.has(flat) || (core.length > 0 && COMMON.has(core))

  // Common words and the couple's own names inside a longer passphrase count as one guess each.
  const words = [
    ...personalWords.map((w) => ({ w: deleet(Array.from(w.trim())).join(''), personal: true })),
    ...COMMON_PASSWORDS.map((w) => ({ w, personal: false })),
  ].filter((x) => x.w.length >= 3)
  words.sort((a, b) => b.w.length - a.w.length)
  for (const { w, personal: isPersonal } of words) {
    for (let at = flat.indexOf(w); at !== -1; at = flat.indexOf(w, at + 1)) {
      if (covered.slice(at, at + w.length).some(Boolean)) continue
      covered.fill(true, at, at + w.length)
      bits += isPersonal ? 2 : WORD_BITS
      if (isPersonal) personal = true
      else commonWord = true
    }
  }

  let repeated = false
  let sequence = false
  for (let i = 0; i < chars.length; i++) {
    if (covered[i]) continue
    const prev = low[i - 1]
    if (prev !== undefined && prev === low[i]) {
      bits += 1
      if (low[i - 2] === prev) repeated = true
    } else if (i >= 2 && isSequence(low[i - 2] ?? '', prev ?? '', low[i] ?? '')) {
      bits += 1
      sequence = true
    } else {
      bits += perChar
    }
  }

  // "abcabcabc", "lovelovelove": a repeated chunk is barely harder than the chunk.
  const unit = /^(.{2,}?)\1+$/su.exec(pass)
  if (unit?.[1]) {
    repeated = true
    bits = Math.min(bits, analyse(unit[1], personalWords).bits + Math.log2(chars.length / Array.from(unit[1]).length))
  }
  return { bits, common, personal, commonWord, repeated, sequence }
}

function scoreFor(bits: number): StrengthScore {
  let score = 0
  for (const t of SCORE_THRESHOLDS) if (bits >= t) score++
  return score as StrengthScore
}

/**
 * Estimates how hard `passphrase` is to guess. `personalWords` are things an attacker close to
 * the couple would try first: their names, the app's name, a pet's name.
 */
export function estimatePassphraseStrength(
  passphrase: string,
  personalWords: readonly string[] = [],
): PassphraseStrength {
  const length = Array.from(passphrase).length
  const meetsMinimum = length >= PASSPHRASE_MIN_LENGTH
  if (length === 0)
    return {
      score: 0,
      label: STRENGTH_LABELS[0],
      hint: `Use at least ${PASSPHRASE_MIN_LENGTH} characters. A short sentence you can remember works well.`,
      meetsMinimum,
      bits: 0,
    }

  const f = analyse(passphrase, personalWords)
  let score = f.common ? 0 : scoreFor(f.bits)
  if (!meetsMinimum) score = Math.min(score, 1) as StrengthScore
  return {
    score,
    label: STRENGTH_LABELS[score],
    hint: hintFor(f, score, meetsMinimum, length),
    meetsMinimum,
    bits: Math.round(f.bits),
  }
}

function hintFor(f: Findings, score: StrengthScore, meetsMinimum: boolean, length: number): string {
  if (f.common) return 'This is one of the most common passwords. Try a few unrelated words instead.'
  if (!meetsMinimum)
    return `Add ${PASSPHRASE_MIN_LENGTH - length} more character${PASSPHRASE_MIN_LENGTH - length === 1 ? '' : 's'}. A short sentence you can remember works well.`
  if (score >= 4) return 'Very strong. Make sure you will remember it.'
  if (f.personal) return 'Leave out your names. People who know you would try them first.'
  if (f.repeated) return 'Avoid repeating characters or chunks, like "aaa" or "abcabc".'
  if (f.sequence) return 'Avoid runs like "1234", "abcd" or "qwerty".'
  if (f.commonWord && score < 3) return 'Swap common words like "love" or "home" for less obvious ones.'
  if (score === 3) return 'Good. One more word would make it very strong.'
  return 'Add another word or two. Length helps more than symbols.'
}
