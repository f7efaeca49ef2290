// Issue 11, deliver 5: "Use this wording" keeps what the writer said and drops only the blaming
// part. Each phrasing is the kind of sentence people really write to each other.
import { describe, expect, it } from 'vitest'
import { findBlame } from '../../../shared/logic/i-statements'
import { applySuggestion } from '../../../renderer/src/features/reflection/IStatementHint'

const suggestion = (t: string): string | undefined => findBlame(t)[0]?.suggestion
const used = (t: string): string => {
  const [hint] = findBlame(t)
  if (!hint) throw new Error(`expected a hint for: ${t}`)
  return applySuggestion(t, hint).text
}

describe('"Use this wording" keeps the situation the writer named', () => {
  it.each([
    ['You never listen when I talk about work.', "I feel … when I talk about work and you don't listen. I need …"],
    ['You always interrupt me when I tell a story.', 'I feel … when I tell a story and you interrupt me. I need …'],
    ['You never help while I am cooking.', "I feel … when I am cooking and you don't help. I need …"],
    ["You're always on your phone when we eat together.", "I feel … when we eat together and you're on your phone. I need …"],
    ['You keep checking your email when we talk.', "I feel … when we talk and you're checking your email. I need …"],
    ['You never look at me whenever my mum visits.', "I feel … when you don't look at me whenever my mum visits. I need …"],
  ])('%s', (written, expected) => {
    expect(suggestion(written)).toBe(expected)
  })

  it('a situation survives even when the rest does not fit a template', () => {
    expect(suggestion('You never even asked how my day was when I got home.')).toBe('I feel … when I got home. I need …')
  })
})

describe('"Use this wording" keeps the scene the sentence opened with', () => {
  it.each([
    ['After dinner you never help with the dishes.', "After dinner, I feel … when you don't help with the dishes. I need …"],
    ['Every time I cook, you never say thanks.', "Every time I cook, I feel … when you don't say thanks. I need …"],
    ['Last night you made me feel invisible.', 'Last night, I felt invisible when … I need …'],
    ['On Sundays you always leave the dishes.', 'On Sundays, I feel … when you leave the dishes. I need …'],
  ])('%s', (written, expected) => {
    expect(suggestion(written)).toBe(expected)
  })

  it('but not words that belong to the blaming sentence itself', () => {
    expect(suggestion('Do you always have to be so loud?')).toBe("I feel … when you're so loud. I need …")
    expect(suggestion('I love you, but you never make time for me.')).toBe("I feel … when you don't make time for me. I need …")
  })
})

describe('using the wording drops only the blaming sentence', () => {
  it('the sentences around it stay exactly as written', () => {
    expect(used('Thanks for Sunday. You never listen when I talk about work. See you tonight.')).toBe(
      "Thanks for Sunday. I feel … when I talk about work and you don't listen. I need … See you tonight.",
    )
  })

  it('none of the writer’s own words about the situation go missing', () => {
    for (const written of ['You never listen when I talk about work.', 'Every time I cook, you never say thanks.', 'You always interrupt me when I tell a story.']) {
      const next = used(written)
      const kept = written
        .replace(/\b(you never|you always|you)\b/gi, '')
        .split(/[^A-Za-z']+/)
        .filter((w) => w.length > 3)
      for (const word of kept) expect(next.toLowerCase()).toContain(word.toLowerCase())
    }
  })
})
