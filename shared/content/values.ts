// Personal values for the values exercise. Each partner rates how much each one matters (1–5);
// shared/logic/values-compare.ts turns two sets of ratings into talking points.

export interface Value {
  id: string
  name: string
  /** One short line that says what the value means here, so both partners rate the same thing. */
  description: string
}

export const VALUE_RATING_MIN = 1
export const VALUE_RATING_MAX = 5

export const VALUES: readonly Value[] = [
  { id: 'honesty', name: 'Honesty', description: 'Saying what is true, even when it is uncomfortable.' },
  { id: 'adventure', name: 'Adventure', description: 'New places, new experiences, a bit of the unknown.' },
  { id: 'family', name: 'Family', description: 'Time and care for the people you count as family.' },
  { id: 'security', name: 'Security', description: 'Feeling safe and steady, with a plan for hard times.' },
  { id: 'growth', name: 'Growth', description: 'Learning, changing, becoming more of who you want to be.' },
  { id: 'faith', name: 'Faith', description: 'Belief, spiritual practice, or a sense of something larger.' },
  { id: 'health', name: 'Health', description: 'Looking after body and mind: sleep, food, movement, rest.' },
  { id: 'creativity', name: 'Creativity', description: 'Making things, imagining, finding your own way of doing.' },
  { id: 'freedom', name: 'Freedom', description: 'Room to choose for yourself and to change your mind.' },
  { id: 'loyalty', name: 'Loyalty', description: 'Standing by each other, in public and in private.' },
  { id: 'kindness', name: 'Kindness', description: 'Being gentle with others, and with each other.' },
  { id: 'independence', name: 'Independence', description: 'Having a life of your own alongside the one you share.' },
  { id: 'community', name: 'Community', description: 'Belonging to something: neighbours, friends, a cause.' },
  { id: 'achievement', name: 'Achievement', description: 'Setting goals, working hard, and reaching them.' },
  { id: 'fun', name: 'Fun', description: 'Play, laughter, and not taking everything seriously.' },
  { id: 'calm', name: 'Calm', description: 'A peaceful home and an unhurried pace of life.' },
  { id: 'generosity', name: 'Generosity', description: 'Sharing time, money, and attention freely.' },
  { id: 'tradition', name: 'Tradition', description: 'Keeping customs and passing on what matters to you.' },
  { id: 'justice', name: 'Justice', description: 'Fairness, and speaking up when things are not fair.' },
  { id: 'nature', name: 'Nature', description: 'Time outdoors and care for the living world.' },
  { id: 'curiosity', name: 'Curiosity', description: 'Asking questions and wanting to understand how things work.' },
  { id: 'respect', name: 'Respect', description: "Taking each other's views and limits seriously." },
]

const BY_ID = new Map(VALUES.map((v) => [v.id, v]))

/** The value with this id, or undefined for an id this build does not know (e.g. a removed value). */
export function findValue(id: string): Value | undefined {
  return BY_ID.get(id)
}
