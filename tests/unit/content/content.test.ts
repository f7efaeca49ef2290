import { describe, expect, it } from 'vitest'
import * as content from '../../../shared/content/index'
import {
  BOUNDARY_SECTIONS,
  BOUNDARY_SECTION_IDS,
  DECKS,
  DECK_IDS,
  JOURNAL_THEMES,
  JOURNAL_THEME_IDS,
  LISTENING_CHECKLIST,
  PARAPHRASE_LINES,
  REFLECTION_PROMPTS,
  REFLECTION_PROMPT_IDS,
  RITUALS,
  SPEAKER_TIPS,
  TOGETHER_IDEAS,
  IDEA_CATEGORIES,
  IDEA_CATEGORY_IDS,
  VALUES,
  allJournalPrompts,
  cardsUpTo,
  getBoundarySection,
  getDeck,
  getReflectionPrompt,
  ideasIn,
  isConnectionRating,
  findValue,
  CHECKIN_STEPS,
  CHECKIN_STEP_IDS,
  APPRECIATION_STARTERS,
  CHECKIN_ISSUE_TIPS,
  LOVE_MAP_QUESTIONS,
  LOVE_MAP_ROUND_SIZE,
  loveMapRound,
  loveMapRoundCount,
  REPAIR_STEPS,
  REPAIR_STEP_IDS,
  CONFLICT_PATTERNS,
  CONFLICT_PATTERN_IDS,
} from '../../../shared/content/index'

const expectUnique = (xs: readonly string[]): void => {
  const dupes = xs.filter((x, i) => xs.indexOf(x) !== i)
  expect(dupes).toEqual([])
}

const expectFilled = (xs: readonly string[]): void => {
  for (const x of xs) expect(x.trim().length, `empty string in ${JSON.stringify(xs)}`).toBeGreaterThan(0)
}

/** Every string anywhere in the content module, with a path for the failure message. */
function collectStrings(value: unknown, path: string, out: { path: string; text: string }[]): void {
  if (typeof value === 'string') out.push({ path, text: value })
  else if (Array.isArray(value)) value.forEach((v, i) => collectStrings(v, `${path}[${i}]`, out))
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) collectStrings(v, `${path}.${k}`, out)
}

describe('story: we answer the same weekly reflection and can compare weeks', () => {
  it('has exactly the six prompts in the order of the id list', () => {
    expect(REFLECTION_PROMPTS.map((p) => p.id)).toEqual([...REFLECTION_PROMPT_IDS])
    expect(REFLECTION_PROMPT_IDS).toEqual(['connected', 'hard', 'appreciated', 'need', 'together', 'rating'])
  })

  it('gives every prompt a label, a one-line hint and a placeholder', () => {
    for (const p of REFLECTION_PROMPTS) {
      expectFilled([p.label, p.hint, p.placeholder])
      expect(p.hint).not.toContain('\n')
    }
  })

  it('rates connection on a 1 to 10 scale with whole numbers only', () => {
    const rating = getReflectionPrompt('rating')
    expect(rating.kind).toBe('rating')
    if (rating.kind === 'rating') expect([rating.min, rating.max]).toEqual([1, 10])
    expect([1, 5, 10].every(isConnectionRating)).toBe(true)
    expect([0, 11, 5.5, Number.NaN, '7', null].some(isConnectionRating)).toBe(false)
  })
})

describe('story: I can find a prompt to start writing about something vulnerable', () => {
  it('has the four themes with 6 to 8 prompts each', () => {
    expect(JOURNAL_THEMES.map((t) => t.id)).toEqual([...JOURNAL_THEME_IDS])
    for (const t of JOURNAL_THEMES) {
      expect(t.prompts.length).toBeGreaterThanOrEqual(6)
      expect(t.prompts.length).toBeLessThanOrEqual(8)
      expectFilled([t.title, t.intro, ...t.prompts.map((p) => p.text)])
    }
  })

  it('keeps prompt ids and texts unique across all themes', () => {
    const all = allJournalPrompts()
    expectUnique(all.map((x) => x.prompt.id))
    expectUnique(all.map((x) => x.prompt.text))
  })
})

describe('story: we each rate our values and compare them', () => {
  it('lists at least twenty values including the core ones', () => {
    expect(VALUES.length).toBeGreaterThanOrEqual(20)
    const ids = VALUES.map((v) => v.id)
    for (const core of [
      'honesty',
      'adventure',
      'family',
      'security',
      'growth',
      'faith',
      'health',
      'creativity',
      'freedom',
    ])
      expect(ids).toContain(core)
  })

  it('has unique ids, names and descriptions, all filled', () => {
    expectUnique(VALUES.map((v) => v.id))
    expectUnique(VALUES.map((v) => v.name.toLowerCase()))
    expectUnique(VALUES.map((v) => v.description))
    expectFilled(VALUES.flatMap((v) => [v.id, v.name, v.description]))
    expect(findValue('honesty')?.name).toBe('Honesty')
    expect(findValue('no-such-value')).toBeUndefined()
  })
})

describe('story: we pick a conversation deck and go as deep as the evening allows', () => {
  it('has the six themed decks with twelve cards each', () => {
    expect(DECKS.map((d) => d.id)).toEqual([...DECK_IDS])
    for (const d of DECKS) expect(d.cards).toHaveLength(12)
  })

  it('orders every deck from light to deep and uses all three depths', () => {
    for (const d of DECKS) {
      const depths = d.cards.map((c) => c.depth)
      expect(depths, d.id).toEqual([...depths].sort((a, b) => a - b))
      expect(new Set(depths), d.id).toEqual(new Set([1, 2, 3]))
    }
  })

  it('keeps card ids and texts unique across all decks', () => {
    const cards = DECKS.flatMap((d) => d.cards)
    expectUnique(cards.map((c) => c.id))
    expectUnique(cards.map((c) => c.text))
    expectFilled(cards.map((c) => c.text))
  })

  it('can stop at a chosen depth', () => {
    const deck = getDeck('gratitude')
    expect(cardsUpTo(deck, 1).every((c) => c.depth === 1)).toBe(true)
    expect(cardsUpTo(deck, 3)).toHaveLength(12)
  })
})

describe('story: the listener has a checklist and lines for reflecting back', () => {
  it('includes the three core habits and a few more', () => {
    const ids = LISTENING_CHECKLIST.map((i) => i.id)
    expect(ids).toEqual(expect.arrayContaining(['let-them-finish', 'reflect-back', 'ask-before-advising']))
    expect(ids.length).toBeGreaterThanOrEqual(5)
    expectUnique(ids)
  })

  it('offers the paraphrase starter and its variants', () => {
    expect(PARAPHRASE_LINES.map((l) => l.text)).toContain('What I hear you saying is…')
    expect(PARAPHRASE_LINES.length).toBeGreaterThanOrEqual(4)
    expectUnique(PARAPHRASE_LINES.map((l) => l.id))
    expectUnique(SPEAKER_TIPS.map((t) => t.id))
    expectFilled(SPEAKER_TIPS.map((t) => t.text))
  })
})

describe('story: we choose rituals and ideas for time together', () => {
  it('suggests rituals including date night, morning coffee and a Sunday walk', () => {
    expect(RITUALS.map((r) => r.id)).toEqual(expect.arrayContaining(['date-night', 'morning-coffee', 'sunday-walk']))
    expectUnique(RITUALS.map((r) => r.id))
    expectUnique(RITUALS.map((r) => r.name))
  })

  it('has about twenty-five ideas, each in at least one known category, and every category used', () => {
    expect(TOGETHER_IDEAS.length).toBeGreaterThanOrEqual(25)
    expectUnique(TOGETHER_IDEAS.map((i) => i.id))
    expectUnique(TOGETHER_IDEAS.map((i) => i.text))
    expect(IDEA_CATEGORIES.map((c) => c.id)).toEqual([...IDEA_CATEGORY_IDS])
    for (const idea of TOGETHER_IDEAS) {
      expect(idea.categories.length).toBeGreaterThan(0)
      expectUnique(idea.categories)
    }
    for (const c of IDEA_CATEGORY_IDS) expect(ideasIn(c).length, c).toBeGreaterThanOrEqual(4)
  })
})

describe('story: we write a boundary agreement section by section', () => {
  it('covers the seven sections, each with an intro and 3 to 4 starter prompts', () => {
    expect(BOUNDARY_SECTIONS.map((s) => s.id)).toEqual([...BOUNDARY_SECTION_IDS])
    for (const s of BOUNDARY_SECTIONS) {
      expectFilled([s.title, s.intro])
      expect(s.prompts.length).toBeGreaterThanOrEqual(3)
      expect(s.prompts.length).toBeLessThanOrEqual(4)
    }
    expect(getBoundarySection('money').title).toBe('Money')
  })

  it('keeps prompt ids unique across all sections', () => {
    const prompts = BOUNDARY_SECTIONS.flatMap((s) => s.prompts)
    expectUnique(prompts.map((p) => p.id))
    expectUnique(prompts.map((p) => p.text))
  })
})

describe('story: our weekly check-in goes appreciations, what went well, then at most one issue', () => {
  it('has the steps in that order, each with a title and an intro, all unique', () => {
    expect(CHECKIN_STEPS.map((s) => s.id)).toEqual([...CHECKIN_STEP_IDS])
    expect(CHECKIN_STEP_IDS).toEqual(['appreciations', 'went-well', 'issue', 'done'])
    expectFilled(CHECKIN_STEPS.flatMap((s) => [s.title, s.intro]))
    expectUnique(CHECKIN_STEPS.map((s) => s.title))
    expectUnique([...APPRECIATION_STARTERS, ...CHECKIN_ISSUE_TIPS])
  })
})

describe('story: “How well do you know me?” goes from favourite breakfast to what I worry about', () => {
  it('has unique ids and questions, each asked about oneself and as a guess naming the other', () => {
    expectUnique(LOVE_MAP_QUESTIONS.map((q) => q.id))
    expectUnique(LOVE_MAP_QUESTIONS.map((q) => q.self))
    expectUnique(LOVE_MAP_QUESTIONS.map((q) => q.guess))
    for (const q of LOVE_MAP_QUESTIONS) {
      expect(q.guess, q.id).toContain('{name}')
      expect(q.self, q.id).not.toContain('{name}')
    }
  })

  it('orders the questions from light to deep, using all three depths, starting with breakfast', () => {
    const depths = LOVE_MAP_QUESTIONS.map((q) => q.depth)
    expect(depths).toEqual([...depths].sort((a, b) => a - b))
    expect(new Set(depths)).toEqual(new Set([1, 2, 3]))
    expect(LOVE_MAP_QUESTIONS[0]?.self).toMatch(/breakfast/)
    expect(LOVE_MAP_QUESTIONS.some((q) => q.depth === 3 && /worry/.test(q.self))).toBe(true)
  })

  it('reaches every question through the rounds, each round lighter than or as light as the next', () => {
    const rounds = Array.from({ length: loveMapRoundCount() }, (_, i) => loveMapRound(i + 1))
    expect(rounds.flat().map((q) => q.id)).toEqual(LOVE_MAP_QUESTIONS.map((q) => q.id))
    for (const r of rounds) expect(r.length).toBeLessThanOrEqual(LOVE_MAP_ROUND_SIZE)
    expect(loveMapRound(loveMapRoundCount() + 1)).toEqual(loveMapRound(1))
  })
})

describe('story: after a hard moment, each of us fills a page of five steps', () => {
  it('has the five steps in order, with labels and one-line hints, all unique', () => {
    expect(REPAIR_STEPS.map((s) => s.id)).toEqual([...REPAIR_STEP_IDS])
    expect(REPAIR_STEPS.map((s) => s.label)).toEqual(['What I felt', 'My side of what happened', 'What it touched in me', 'My part in it', 'What would help next time'])
    expectFilled(REPAIR_STEPS.map((s) => s.hint))
    expectUnique(REPAIR_STEPS.map((s) => s.hint))
  })
})

describe('story: the helper knows four patterns and a gentler move for each', () => {
  it('covers criticism, contempt, defensiveness and stonewalling, each with its alternative and a template', () => {
    expect(CONFLICT_PATTERNS.map((p) => p.id)).toEqual([...CONFLICT_PATTERN_IDS])
    expect(CONFLICT_PATTERN_IDS).toEqual(['criticism', 'contempt', 'defensiveness', 'stonewalling'])
    for (const p of CONFLICT_PATTERNS) expectFilled([p.name, p.why, p.alternative, p.template])
    expectUnique(CONFLICT_PATTERNS.map((p) => p.alternative))
  })
})

describe('story: Hearth is for every couple, whatever their genders or arrangement', () => {
  const strings: { path: string; text: string }[] = []
  collectStrings(content, 'content', strings)

  it('finds a meaningful amount of text to check', () => {
    expect(strings.length).toBeGreaterThan(300)
  })

  // Role and gender words assume who the partners are. "your partner" or the names they gave fit everyone.
  const banned =
    /\b(husband|wife|wives|boyfriend|girlfriend|fianc[eé]e?|spouse|he|she|him|his|her|hers|himself|herself|man|woman|men|women|bride|groom|marriage|married)\b/i

  it('uses no gendered or role words anywhere', () => {
    const hits = strings.filter((s) => banned.test(s.text)).map((s) => `${s.path}: ${s.text}`)
    expect(hits).toEqual([])
  })

  it('has no leftover double spaces or stray whitespace', () => {
    const bad = strings.filter((s) => s.text !== s.text.trim() || s.text.includes('  ')).map((s) => s.path)
    expect(bad).toEqual([])
  })
})
