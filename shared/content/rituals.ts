// Rituals are the repeated, predictable times together; ideas are one-off things to try.
// Both are suggestions a couple can adopt into their own plan, so ids must stay stable.

export type RitualCadence = 'daily' | 'weekly' | 'monthly' | 'yearly'

export interface Ritual {
  id: string
  name: string
  cadence: RitualCadence
  description: string
}

export const RITUALS: readonly Ritual[] = [
  {
    id: 'date-night',
    name: 'Weekly date night',
    cadence: 'weekly',
    description: 'One evening a week that belongs to the two of you. Take turns choosing what to do.',
  },
  {
    id: 'morning-coffee',
    name: 'Morning coffee',
    cadence: 'daily',
    description: 'Ten minutes with a warm drink before the day starts, no screens.',
  },
  {
    id: 'sunday-walk',
    name: 'Sunday walk',
    cadence: 'weekly',
    description: 'The same route or a new one. Walking side by side makes talking easier.',
  },
  {
    id: 'weekly-reflection',
    name: 'Weekly reflection',
    cadence: 'weekly',
    description: 'Fill in the reflection together and read each other’s answers.',
  },
  {
    id: 'goodbye-hello',
    name: 'Real goodbyes and hellos',
    cadence: 'daily',
    description: 'A proper hug when one of you leaves and when you come home.',
  },
  {
    id: 'high-low',
    name: 'High and low',
    cadence: 'daily',
    description: 'At dinner, each says the best and the hardest moment of the day.',
  },
  {
    id: 'cook-together',
    name: 'Cooking night',
    cadence: 'weekly',
    description: 'Make one meal together from start to finish, with music on.',
  },
  {
    id: 'bedtime-talk',
    name: 'Lights-out talk',
    cadence: 'daily',
    description: 'Five minutes in the dark to say what is on your mind.',
  },
  {
    id: 'monthly-plan',
    name: 'Month ahead',
    cadence: 'monthly',
    description: 'Look at the month together: busy weeks, time off, something to look forward to.',
  },
  {
    id: 'anniversary-review',
    name: 'Year in review',
    cadence: 'yearly',
    description: 'On your anniversary or at year’s end, look back through the journal together.',
  },
]

export const IDEA_CATEGORY_IDS = ['at-home', 'outside', 'low-cost', 'new-to-us', 'slow'] as const
export type IdeaCategoryId = (typeof IDEA_CATEGORY_IDS)[number]

export interface IdeaCategory {
  id: IdeaCategoryId
  title: string
}

export const IDEA_CATEGORIES: readonly IdeaCategory[] = [
  { id: 'at-home', title: 'At home' },
  { id: 'outside', title: 'Outside' },
  { id: 'low-cost', title: 'Low-cost' },
  { id: 'new-to-us', title: 'New to us' },
  { id: 'slow', title: 'Slow and quiet' },
]

export interface TogetherIdea {
  id: string
  text: string
  /** An idea can fit more than one category; the first one is where it is listed by default. */
  categories: readonly IdeaCategoryId[]
}

export const TOGETHER_IDEAS: readonly TogetherIdea[] = [
  { id: 'blanket-fort', text: 'Build a blanket fort and watch a film inside it.', categories: ['at-home', 'low-cost'] },
  { id: 'cook-childhood-dish', text: 'Cook a dish one of you ate as a child.', categories: ['at-home', 'new-to-us'] },
  {
    id: 'photo-evening',
    text: 'Look through old photos and tell the stories behind them.',
    categories: ['at-home', 'slow', 'low-cost'],
  },
  {
    id: 'read-aloud',
    text: 'Read a short book aloud to each other over a few nights.',
    categories: ['at-home', 'slow', 'low-cost'],
  },
  { id: 'puzzle', text: 'Start a jigsaw puzzle and leave it out for the week.', categories: ['at-home', 'slow'] },
  {
    id: 'kitchen-dance',
    text: 'Make a playlist of songs from when you met and dance in the kitchen.',
    categories: ['at-home', 'low-cost'],
  },
  {
    id: 'letters',
    text: 'Write each other a letter and swap them over dinner.',
    categories: ['at-home', 'slow', 'low-cost'],
  },
  {
    id: 'sunrise',
    text: 'Get up early once to watch the sunrise somewhere with a view.',
    categories: ['outside', 'low-cost'],
  },
  {
    id: 'picnic',
    text: 'Pack a simple picnic and eat it in a park you rarely visit.',
    categories: ['outside', 'low-cost'],
  },
  {
    id: 'stargazing',
    text: 'Drive or walk away from the lights and look at the stars.',
    categories: ['outside', 'slow'],
  },
  { id: 'local-tourists', text: 'Be tourists in your own town for a day.', categories: ['outside', 'new-to-us'] },
  {
    id: 'long-walk',
    text: 'Take a long walk with no destination and no phones out.',
    categories: ['outside', 'slow', 'low-cost'],
  },
  { id: 'market', text: 'Visit a market and cook with whatever looks best.', categories: ['outside', 'at-home'] },
  {
    id: 'library-date',
    text: 'Go to the library and choose a book for each other.',
    categories: ['low-cost', 'new-to-us'],
  },
  { id: 'free-event', text: 'Find a free concert, talk, or exhibition nearby.', categories: ['low-cost', 'outside'] },
  { id: 'volunteer', text: 'Volunteer together for an afternoon.', categories: ['low-cost', 'new-to-us'] },
  {
    id: 'game-night',
    text: 'Dig out a board game neither of you has played in years.',
    categories: ['low-cost', 'at-home'],
  },
  { id: 'class', text: 'Take a one-off class together: pottery, climbing, a language.', categories: ['new-to-us'] },
  { id: 'new-cuisine', text: 'Eat a cuisine neither of you has tried.', categories: ['new-to-us'] },
  {
    id: 'swap-hobbies',
    text: 'Spend an hour doing the other one’s hobby, with them as the teacher.',
    categories: ['new-to-us', 'low-cost'],
  },
  {
    id: 'day-trip',
    text: 'Take a train or bus somewhere you have never been, just for the day.',
    categories: ['new-to-us', 'outside'],
  },
  { id: 'bath-tea', text: 'A quiet evening: tea, candles, and no plans at all.', categories: ['slow', 'at-home'] },
  { id: 'garden', text: 'Plant something together and look after it.', categories: ['slow', 'outside'] },
  { id: 'sketch', text: 'Sit somewhere nice and draw the same view, then compare.', categories: ['slow', 'new-to-us'] },
  {
    id: 'tea-tasting',
    text: 'Buy three kinds of tea or coffee and taste them side by side.',
    categories: ['at-home', 'new-to-us'],
  },
  {
    id: 'memory-jar',
    text: 'Start a jar of good moments on paper slips and read them at year’s end.',
    categories: ['at-home', 'slow', 'low-cost'],
  },
]

/** Ideas that fit a category, in list order. */
export function ideasIn(category: IdeaCategoryId): TogetherIdea[] {
  return TOGETHER_IDEAS.filter((i) => i.categories.includes(category))
}
