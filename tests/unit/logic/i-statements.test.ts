import { describe, expect, it } from 'vitest'
import { GENERIC_SUGGESTION, findBlame, normalizeForMatching, splitSentences } from '../../../shared/logic/i-statements'

// Story: while writing to my partner, Hearth gently points out sentences that read as blame and
// offers an "I feel … when … I need …" rewrite, without nagging me about kind words.

const BLAME: [text: string, phrase: string, kind: string][] = [
  ['You always leave your dishes in the sink.', 'You always', 'always'],
  ['You never listen to me.', 'You never', 'never'],
  ['You make me feel stupid.', 'You make me', 'make-me'],
  ["It's your fault we were late.", "It's your fault", 'fault'],
  ['It’s all your fault.', 'It’s all your fault', 'fault'],
  ['We missed the train because of you.', 'because of you', 'because'],
  ['You should have told me sooner.', 'You should have', 'should-have'],
  ["Why can't you just put your phone down?", "Why can't you", 'why'],
  ["You don't even look at me anymore.", "You don't even", 'not-even'],
  ["You're so selfish.", "You're so selfish", 'label'],
  ['You are such a liar.', 'You are such a liar', 'label'],
  ["You're always on your phone.", "You're always", 'always'],
  ['You keep interrupting me.', 'You keep', 'keep'],
  ['You made me wait for an hour.', 'You made me', 'make-me'],
  ["What's wrong with you?", "What's wrong with you", 'wrong-with-you'],
  ['You only care about yourself.', 'You only care about yourself', 'only-yourself'],
  ['You never even asked how my day was.', 'You never even', 'not-even'],
  ["You don't care about me.", "You don't care", 'dismissive'],
  ['Do you always have to be so loud?', 'you always', 'always'],
  ['YOU NEVER HELP!', 'YOU NEVER', 'never'],
  ['I love you, but you never make time for me.', 'you never', 'never'],
  ["You're being ridiculous.", "You're being ridiculous", 'label'],
  ['Why do you always do this?', 'Why do you always', 'why'],
  ['You can be so mean sometimes.', 'You can be so mean', 'label'],
  ['Thanks to you, the whole evening was ruined.', 'Thanks to you', 'because'],
  ["You've never once said sorry.", "You've never", 'never'],
  ['You’re never home before nine.', 'You’re never', 'never'],
  ["You're acting like a child.", "You're acting like a child", 'label'],
  ['Why didn’t you call me?', 'Why didn’t you', 'why'],
  ['Honestly, you never.', 'you never', 'never'],
]

const NOT_BLAME: string[] = [
  'You always make me laugh.',
  'I love that you always make coffee.',
  'Thank you for never giving up on me.',
  'Alex told me, "you never listen", and we both laughed.',
  'My sister wrote ‘you always do this’ on the card as a joke.',
  "Sam texted 'it's your fault' with a winking face.",
  'Do you always wake up this early?',
  'Are you always this cheerful in the morning?',
  'I never said that.',
  "You'll never guess who I ran into today!",
  "You're never going to believe this.",
  'You never let me down.',
  'You make me so happy.',
  'You make me feel safe.',
  'You never make me feel small.',
  'You made me dinner last night and it was perfect.',
  "It's not your fault.",
  'It wasn’t your fault at all.',
  "I'm a better person because of you.",
  'Thanks to you, I finally finished the painting.',
  'You should have seen the sunset!',
  'You never know what tomorrow brings.',
  "When you're a kid you always think summer lasts forever.",
  "You're so kind to me.",
  "Why don't you come with us on Saturday?",
  'You always know what to say.',
  'You never fail to surprise me.',
  "You've always been there for me.",
  'You never stop making me smile.',
  'I appreciate how you always check in on my mum.',
  'You keep surprising me.',
  "You never complain, even when you're tired.",
  'I keep forgetting to call.',
  'You always have my back.',
  "You're not selfish, you're tired.",
  '',
]

describe('findBlame: sentences that read as blame are found', () => {
  it.each(BLAME)('flags %j', (text, phrase, kind) => {
    const hints = findBlame(text)
    expect(hints).toHaveLength(1)
    const [h] = hints
    expect(h?.phrase).toBe(phrase)
    expect(h?.kind).toBe(kind)
    expect(text.slice(h?.start, h?.end)).toBe(phrase)
    expect(h?.sentence).toBe(text)
    expect(h?.suggestion).toMatch(/^I (feel|felt) .*I need/)
  })
})

describe('findBlame: appreciation, questions, quotes and set phrases are left alone', () => {
  it.each(NOT_BLAME)('does not flag %j', (text) => {
    expect(findBlame(text)).toEqual([])
  })

  it('checks at least twelve kind or neutral phrasings', () => {
    expect(NOT_BLAME.length).toBeGreaterThanOrEqual(12)
  })
})

describe('findBlame: suggestions reuse the sentence when they can', () => {
  const suggestion = (t: string): string | undefined => findBlame(t)[0]?.suggestion

  it('turns "you always X" into "when you X"', () => {
    expect(suggestion('You always leave your dishes in the sink.')).toBe(
      'I feel … when you leave your dishes in the sink. I need …',
    )
    expect(suggestion("You're always on your phone.")).toBe("I feel … when you're on your phone. I need …")
    expect(suggestion('Do you always have to be so loud?')).toBe("I feel … when you're so loud. I need …")
  })

  it('turns "you never X" into "when you don\'t X", keeping only the first clause', () => {
    expect(suggestion('You never help with the dishes, and I am tired of it.')).toBe(
      "I feel … when you don't help with the dishes. I need …",
    )
    expect(suggestion("You've never once said sorry.")).toBe("I feel … when you haven't said sorry. I need …")
  })

  it('names the feeling from "you make me feel X"', () => {
    expect(suggestion('You make me feel stupid.')).toBe('I feel stupid when … I need …')
    expect(suggestion('You made me feel invisible at the party.')).toBe('I felt invisible at the party when … I need …')
  })

  it('turns "why can\'t you X" into a need', () => {
    expect(suggestion("Why can't you just put your phone down?")).toBe(
      'I feel … when … I need you to put your phone down.',
    )
    expect(suggestion('Why won’t you talk to me?')).toBe('I feel … when … I need you to talk to me.')
  })

  it('falls back to the plain template when the words do not fit', () => {
    expect(suggestion('You never even asked how my day was.')).toBe(GENERIC_SUGGESTION)
    expect(suggestion("You're so selfish.")).toBe(GENERIC_SUGGESTION)
    expect(suggestion('It’s all your fault.')).toBe(GENERIC_SUGGESTION)
  })

  it('does not shout back a sentence written in capitals', () => {
    expect(suggestion('YOU NEVER HELP!')).toBe("I feel … when you don't help. I need …")
  })
})

describe('findBlame: offsets and several sentences', () => {
  it('finds the one blaming sentence among kind ones, with offsets into the original text', () => {
    const text = 'Dinner was lovely. You never help with the dishes, though. Thank you for cooking.'
    const hints = findBlame(text)
    expect(hints).toHaveLength(1)
    expect(hints[0]?.start).toBe(text.indexOf('You never'))
    expect(hints[0]?.sentence).toBe('You never help with the dishes, though.')
  })

  it('returns several hints in text order, across lines', () => {
    const text = "You always do this!\nAnd it's your fault we missed it. You never listen"
    expect(findBlame(text).map((h) => h.kind)).toEqual(['always', 'fault', 'never'])
  })

  it('reports two different phrases in one sentence but not overlapping ones', () => {
    expect(findBlame('You always interrupt and you never apologise.').map((h) => h.phrase)).toEqual([
      'You always',
      'you never',
    ])
    expect(findBlame("You're always so selfish.").map((h) => h.kind)).toEqual(['label'])
  })

  it('keeps the blame that follows a quote in the same sentence', () => {
    const text = 'You said "I\'ll be home by six" and you never showed up.'
    const hints = findBlame(text)
    expect(hints.map((h) => h.phrase)).toEqual(['you never'])
  })
})

describe('helpers', () => {
  it('normalizeForMatching keeps length and straightens curly apostrophes', () => {
    const text = 'It’s “you never” time'
    const norm = normalizeForMatching(text)
    expect(norm).toHaveLength(text.length)
    expect(norm.startsWith("it's")).toBe(true)
    expect(norm).not.toContain('never')
  })

  it('splitSentences returns trimmed spans', () => {
    const text = '  One.  Two?! Three\nFour…'
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['One.', 'Two?!', 'Three', 'Four…'])
  })
})
