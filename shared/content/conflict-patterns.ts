// Four patterns that couples research links to conflict going badly (criticism, contempt,
// defensiveness and stonewalling), each with the gentler move usually suggested in its place.
// The hint is an offer to rephrase, never a verdict on the writer or the relationship.

export const CONFLICT_PATTERN_IDS = ['criticism', 'contempt', 'defensiveness', 'stonewalling'] as const
export type ConflictPatternId = (typeof CONFLICT_PATTERN_IDS)[number]

export interface ConflictPattern {
  id: ConflictPatternId
  /** What the pattern is, in a few plain words. */
  name: string
  /** Why it might land badly. */
  why: string
  /** The gentler move. */
  alternative: string
  /** A template to start from; "…" marks the gaps. */
  template: string
}

export const CONFLICT_PATTERNS: readonly ConflictPattern[] = [
  {
    id: 'criticism',
    name: 'Criticism',
    why: 'It talks about who the other person is, not about what happened, so it is hard to hear.',
    alternative: 'Try a soft start-up: say what you feel about one situation, and what you would like.',
    template: 'I feel … about … Could we …?',
  },
  {
    id: 'contempt',
    name: 'Contempt',
    why: 'Mockery and put-downs hurt more than the problem itself, and they stay with people.',
    alternative: 'Try naming something you appreciate first, then what is hard for you right now.',
    template: 'I appreciate that you … What is hard for me right now is …',
  },
  {
    id: 'defensiveness',
    name: 'Defensiveness',
    why: 'Pushing the blame back makes the other person feel unheard, and the argument grows.',
    alternative: 'Try taking a part of the responsibility, even a small one.',
    template: 'You are right that I … My part in this was …',
  },
  {
    id: 'stonewalling',
    name: 'Stonewalling',
    why: 'Shutting down often happens when you feel overwhelmed, and the other person is left alone with it.',
    alternative: 'Try asking for a break to calm down, and say when you will come back.',
    template: 'I am feeling overwhelmed. Can we take a break for twenty minutes and come back to this at …?',
  },
]

export const getConflictPattern = (id: ConflictPatternId): ConflictPattern => {
  const found = CONFLICT_PATTERNS.find((p) => p.id === id)
  if (!found) throw new Error(`Unknown conflict pattern: ${id}`)
  return found
}
