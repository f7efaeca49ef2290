// The weekly reflection: the same six questions each week, so answers can be compared over time.
// Saved answers refer to these ids, never to the wording, so the wording can be improved later
// without orphaning anything a couple has written.

export const REFLECTION_PROMPT_IDS = ['connected', 'hard', 'appreciated', 'need', 'together', 'rating'] as const

export type ReflectionPromptId = (typeof REFLECTION_PROMPT_IDS)[number]

export interface ReflectionTextPrompt {
  id: Exclude<ReflectionPromptId, 'rating'>
  kind: 'text'
  label: string
  /** One line under the label: what a useful answer looks like. */
  hint: string
  placeholder: string
}

export interface ReflectionRatingPrompt {
  id: 'rating'
  kind: 'rating'
  label: string
  hint: string
  placeholder: string
  min: 1
  max: 10
  /** Words shown under the two ends of the scale. */
  lowLabel: string
  highLabel: string
}

export type ReflectionPrompt = ReflectionTextPrompt | ReflectionRatingPrompt

export const CONNECTION_RATING_MIN = 1
export const CONNECTION_RATING_MAX = 10

export const REFLECTION_PROMPTS: readonly ReflectionPrompt[] = [
  {
    id: 'connected',
    kind: 'text',
    label: 'A moment I felt connected to you',
    hint: 'Small counts. A look, a laugh, a quiet evening.',
    placeholder: 'On Tuesday, when we cooked together and you put music on…',
  },
  {
    id: 'hard',
    kind: 'text',
    label: 'Something that was hard for me this week',
    hint: 'About your week, not about your partner. Say it as it was.',
    placeholder: 'Work felt heavy, and I did not say so until Thursday…',
  },
  {
    id: 'appreciated',
    kind: 'text',
    label: 'What I appreciated about you',
    hint: 'Name one thing your partner did, and what it meant to you.',
    placeholder: 'You noticed I was tired and took care of dinner…',
  },
  {
    id: 'need',
    kind: 'text',
    label: 'What I need next week',
    hint: 'Something your partner could actually do. Keep it concrete.',
    placeholder: 'An evening with our phones in another room…',
  },
  {
    id: 'together',
    kind: 'text',
    label: 'One thing we will do together',
    hint: 'Pick a day if you can. Plans with a day tend to happen.',
    placeholder: 'Saturday morning: the market, then a slow breakfast…',
  },
  {
    id: 'rating',
    kind: 'rating',
    label: 'How connected I felt this week',
    hint: 'There is no right number. It is a check-in, not a grade.',
    placeholder: 'Choose from 1 to 10',
    min: CONNECTION_RATING_MIN,
    max: CONNECTION_RATING_MAX,
    lowLabel: 'Far apart',
    highLabel: 'Very close',
  },
]

/** Looks a prompt up by id; every id in REFLECTION_PROMPT_IDS has exactly one prompt. */
export function getReflectionPrompt(id: ReflectionPromptId): ReflectionPrompt {
  const found = REFLECTION_PROMPTS.find((p) => p.id === id)
  if (!found) throw new Error(`Unknown reflection prompt: ${id}`)
  return found
}

/** True for a whole number inside the connection scale. */
export function isConnectionRating(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= CONNECTION_RATING_MIN &&
    value <= CONNECTION_RATING_MAX
  )
}
