// "How well do you know me?": questions each partner answers about themselves, then guesses for
// the other. The idea of knowing the details of each other's inner world ("love maps") comes from
// couples research; the questions here are our own, and no score says how good a couple is.
// Ordered from light to deep; each round takes the next few in this order.

export type LoveMapDepth = 1 | 2 | 3

export interface LoveMapQuestion {
  id: string
  depth: LoveMapDepth
  /** Asked about yourself. */
  self: string
  /** The same question, as a guess about the other partner ("{name}" is their name). */
  guess: string
}

const q = (id: string, depth: LoveMapDepth, self: string, guess: string): LoveMapQuestion => ({ id, depth, self, guess })

export const LOVE_MAP_QUESTIONS: readonly LoveMapQuestion[] = [
  q('lm-breakfast', 1, 'What is my favourite breakfast?', 'What is {name}’s favourite breakfast?'),
  q('lm-comfort-film', 1, 'Which film or show do I go back to when I need comfort?', 'Which film or show does {name} go back to for comfort?'),
  q('lm-perfect-saturday', 1, 'What would my perfect lazy Saturday look like?', 'What would {name}’s perfect lazy Saturday look like?'),
  q('lm-small-treat', 1, 'What small treat always cheers me up?', 'What small treat always cheers {name} up?'),
  q('lm-song', 1, 'Which song do I know every word of?', 'Which song does {name} know every word of?'),
  q('lm-friend', 1, 'Who is the friend I would call first with good news?', 'Who would {name} call first with good news?'),
  q('lm-pet-peeve', 1, 'What small thing annoys me more than it should?', 'What small thing annoys {name} more than it should?'),
  q('lm-proud-week', 2, 'What am I quietly proud of from the last month?', 'What is {name} quietly proud of from the last month?'),
  q('lm-stress-now', 2, 'What is the biggest thing on my mind at the moment?', 'What is the biggest thing on {name}’s mind at the moment?'),
  q('lm-recharge', 2, 'What helps me recharge after a hard day?', 'What helps {name} recharge after a hard day?'),
  q('lm-cared-for', 2, 'What makes me feel most cared for?', 'What makes {name} feel most cared for?'),
  q('lm-childhood-memory', 2, 'Which childhood memory do I treasure?', 'Which childhood memory does {name} treasure?'),
  q('lm-someday', 2, 'What would I love to do someday that I have not done yet?', 'What would {name} love to do someday?'),
  q('lm-hard-to-ask', 2, 'What do I find hard to ask for?', 'What does {name} find hard to ask for?'),
  q('lm-worry', 3, 'What do I worry about when I cannot sleep?', 'What does {name} worry about when they cannot sleep?'),
  q('lm-shaped-me', 3, 'Which moment in my life shaped me the most?', 'Which moment in {name}’s life shaped them the most?'),
  q('lm-fear-us', 3, 'What is one fear I have about our future?', 'What is one fear {name} has about your future?'),
  q('lm-hope-us', 3, 'What do I most hope for us in the next few years?', 'What does {name} most hope for the two of you?'),
  q('lm-understood', 3, 'When do I feel most understood by you?', 'When does {name} feel most understood by you?'),
  q('lm-still-healing', 3, 'What is something I am still making peace with?', 'What is {name} still making peace with?'),
]

/** Questions asked in one round. */
export const LOVE_MAP_ROUND_SIZE = 5

/** The questions of round `n` (1-based): the next slice in light-to-deep order, starting over after the last. */
export function loveMapRound(n: number): LoveMapQuestion[] {
  const rounds = Math.ceil(LOVE_MAP_QUESTIONS.length / LOVE_MAP_ROUND_SIZE)
  const index = (((Math.max(1, Math.floor(n)) - 1) % rounds) + rounds) % rounds
  return LOVE_MAP_QUESTIONS.slice(index * LOVE_MAP_ROUND_SIZE, (index + 1) * LOVE_MAP_ROUND_SIZE)
}

export const loveMapRoundCount = (): number => Math.ceil(LOVE_MAP_QUESTIONS.length / LOVE_MAP_ROUND_SIZE)
