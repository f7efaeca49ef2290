import { describe, expect, it } from 'vitest'
import { PASSPHRASE_MIN_LENGTH } from '../../../shared/domain'
import { COMMON_PASSWORDS } from '../../../shared/logic/common-passwords'
import { STRENGTH_LABELS, estimatePassphraseStrength } from '../../../shared/logic/passphrase-strength'

// Threat: someone who picks up the laptop guesses a partner's passphrase. Story: at setup, I see
// how strong my passphrase is and one thing I can do to make it stronger.

const score = (p: string, names: string[] = []): number => estimatePassphraseStrength(p, names).score

describe('very common and patterned passwords score 0', () => {
  it.each(['password1', 'P@ssw0rd!', 'iloveyou', 'qwertyuiop123', 'Password2024!', 'letmein!!', 'sunshine', 'hearth'])(
    '%j',
    (p) => {
      const r = estimatePassphraseStrength(p)
      expect(r.score).toBe(0)
      expect(r.label).toBe('Very weak')
    },
  )

  it.each(['aaaaaaaaaaaa', 'abcdefghijkl', '1234567890', 'zyxwvutsrqpo', 'lovelovelove', 'abcabcabcabc', 'asdfghjkl;'])(
    '%j',
    (p) => expect(score(p)).toBe(0),
  )

  it('says why in the hint', () => {
    expect(estimatePassphraseStrength('password1').hint).toMatch(/most common/)
    expect(estimatePassphraseStrength('aaaaaaaaaaaa').hint).toMatch(/repeating/)
    expect(estimatePassphraseStrength('abcdefghijkl').hint).toMatch(/runs/)
  })
})

describe('the minimum length', () => {
  it('uses PASSPHRASE_MIN_LENGTH from the domain', () => {
    expect(PASSPHRASE_MIN_LENGTH).toBe(10)
    expect(estimatePassphraseStrength('x'.repeat(9)).meetsMinimum).toBe(false)
    expect(estimatePassphraseStrength('kV9#pQ2!Lz').meetsMinimum).toBe(true)
  })

  it('caps a short but random password at Weak and says how many characters to add', () => {
    const r = estimatePassphraseStrength('kV9#pQ2!')
    expect(r.score).toBe(1)
    expect(r.hint).toMatch(/^Add 2 more characters/)
    expect(estimatePassphraseStrength('kV9#pQ2!L').hint).toMatch(/^Add 1 more character\./)
  })

  it('counts characters, not UTF-16 units', () => {
    expect(estimatePassphraseStrength('🔥🔥🔥🔥🔥').meetsMinimum).toBe(false)
    expect(estimatePassphraseStrength('🔥🌊🌲🌙⭐🍎🚲📚🎻🧭').meetsMinimum).toBe(true)
  })

  it('handles the empty string', () => {
    const r = estimatePassphraseStrength('')
    expect(r).toMatchObject({ score: 0, meetsMinimum: false, bits: 0 })
    expect(r.hint).toMatch(/at least 10 characters/)
  })
})

describe('length and variety raise the score', () => {
  it('rates a two-word phrase Fair, three unusual words Strong, a sentence Very strong', () => {
    expect(score('sunset river')).toBe(2)
    expect(score('blue kettle marsh')).toBe(3)
    expect(score('walking to the bakery at noon')).toBe(4)
  })

  it('rates a long random mix as at least Strong', () => {
    expect(score('mK7#vq2!Lp9x')).toBeGreaterThanOrEqual(3)
    expect(score('Tr0ub4dor&3')).toBeGreaterThanOrEqual(3)
  })

  it('never gets weaker by adding an unrelated word', () => {
    const base = estimatePassphraseStrength('quiet orchard')
    const more = estimatePassphraseStrength('quiet orchard lantern')
    expect(more.bits).toBeGreaterThan(base.bits)
    expect(more.score).toBeGreaterThanOrEqual(base.score)
  })

  it('gives a next step below Very strong and a reminder at Very strong', () => {
    expect(estimatePassphraseStrength('sunset river').hint).toMatch(/another word/)
    expect(estimatePassphraseStrength('blue kettle marsh').hint).toMatch(/One more word/)
    expect(estimatePassphraseStrength('walking to the bakery at noon').hint).toMatch(/remember/)
  })
})

describe('common words and names inside a passphrase', () => {
  it('counts a common word as one guess, not as many letters', () => {
    expect(estimatePassphraseStrength('lovehomelove').bits).toBeLessThan(
      estimatePassphraseStrength('vole mohe velo').bits,
    )
    expect(estimatePassphraseStrength('Hearth-Hearth').hint).toMatch(/common words/)
  })

  it('notices the partners’ names, even with letter swaps', () => {
    const names = ['Robin', 'Sam']
    const r = estimatePassphraseStrength('r0binandsam2024', names)
    expect(r.hint).toMatch(/names/)
    expect(r.score).toBeLessThanOrEqual(1)
    expect(estimatePassphraseStrength('r0binandsam2024').bits).toBeGreaterThan(r.bits)
  })

  it('ignores blank or very short personal words', () => {
    expect(() => estimatePassphraseStrength('sunset river', ['', ' ', 'a'])).not.toThrow()
    expect(score('sunset river', ['', 'a'])).toBe(2)
  })
})

describe('data', () => {
  it('has about a hundred unique, lower-case common passwords', () => {
    expect(COMMON_PASSWORDS.length).toBeGreaterThanOrEqual(100)
    expect(new Set(COMMON_PASSWORDS).size).toBe(COMMON_PASSWORDS.length)
    for (const p of COMMON_PASSWORDS) expect(p).toMatch(/^[a-z]+$/)
  })

  it('labels every score', () => {
    expect(Object.values(STRENGTH_LABELS)).toEqual(['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'])
  })
})
