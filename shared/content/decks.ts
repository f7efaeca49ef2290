// Conversation decks. Cards in a deck go from light (1) to deep (3), so a couple can stop
// wherever the evening feels right. Card ids are stable: "seen" and "favourite" marks refer to them.

export type Depth = 1 | 2 | 3

export const DEPTH_LABELS: Readonly<Record<Depth, string>> = {
  1: 'Light',
  2: 'Closer',
  3: 'Deep',
}

export interface DeckCard {
  id: string
  text: string
  depth: Depth
}

export const DECK_IDS = ['dreams', 'values', 'future-fears', 'childhood', 'gratitude', 'fun'] as const
export type DeckId = (typeof DECK_IDS)[number]

export interface Deck {
  id: DeckId
  title: string
  description: string
  /** Easy to start with: the Home card suggests only light decks, so a first evening stays easy. */
  light: boolean
  cards: readonly DeckCard[]
}

const card = (id: string, depth: Depth, text: string): DeckCard => ({ id, text, depth })

export const DECKS: readonly Deck[] = [
  {
    id: 'dreams',
    title: 'Dreams and aspirations',
    description: 'What each of you is reaching for, and how you can help.',
    light: true,
    cards: [
      card('dreams-01', 1, 'If you had a free year with no money worries, how would you spend the first month?'),
      card('dreams-02', 1, 'What skill would you love to be good at one day?'),
      card('dreams-03', 1, 'Which place in the world do you most want to see, and why that one?'),
      card('dreams-04', 1, 'What did you want to be when you grew up? Is any of it still in you?'),
      card('dreams-05', 2, 'What goal have you been quietly working toward that I might not know about?'),
      card('dreams-06', 2, 'What would you try if the worst outcome was only a funny story?'),
      card('dreams-07', 2, 'What does a good life look like to you, in one ordinary day?'),
      card('dreams-08', 2, 'Which of your dreams do you think we share, and which is only yours?'),
      card('dreams-09', 3, 'Is there a dream you let go of? How do you feel about that now?'),
      card('dreams-10', 3, 'What gets in the way when you think about going after what you want?'),
      card('dreams-11', 3, 'How could I support your dreams better than I do now?'),
      card('dreams-12', 3, 'When you are old and looking back, what do you hope you will have done?'),
    ],
  },
  {
    id: 'values',
    title: 'Values',
    description: 'What matters most to each of you, and where it comes from.',
    light: false,
    cards: [
      card('values-01', 1, 'What is something small you will always make time for?'),
      card('values-02', 1, 'Who is a person you admire, and what do they do that you respect?'),
      card('values-03', 1, 'What would you spend an unexpected afternoon off on?'),
      card('values-04', 1, 'What is a habit of mine that you think says something good about me?'),
      card('values-05', 2, 'Which of your values came from your family, and which did you choose yourself?'),
      card('values-06', 2, 'When did you last stand up for something you believed in?'),
      card('values-07', 2, 'What would you never do, even if no one would ever find out?'),
      card('values-08', 2, 'Where do you think our values line up best?'),
      card('values-09', 3, 'Where do our values pull in different directions, and how do we handle it?'),
      card('values-10', 3, 'Has something you believed strongly changed over the years? What changed it?'),
      card('values-11', 3, 'When do you feel you are not living by what you value?'),
      card('values-12', 3, 'What do you want the two of us to stand for, together?'),
    ],
  },
  {
    id: 'future-fears',
    title: 'Fears about the future',
    description: 'Worries about what is ahead, said out loud so neither of you carries them alone.',
    light: false,
    cards: [
      card('future-fears-01', 1, 'What is a change coming up that you feel unsure about?'),
      card('future-fears-02', 1, 'What news or trend makes you uneasy about the years ahead?'),
      card('future-fears-03', 1, 'When you worry, do you prefer to talk it through or be distracted?'),
      card('future-fears-04', 1, 'What helps you feel calmer when the future feels uncertain?'),
      card('future-fears-05', 2, 'What worries you most about money, work, or where we live?'),
      card('future-fears-06', 2, 'Is there something about getting older that you dread?'),
      card('future-fears-07', 2, 'What do you fear might change between us over time?'),
      card('future-fears-08', 2, 'Which worry of yours do you think I underestimate?'),
      card('future-fears-09', 3, 'What is the fear you find hardest to say out loud?'),
      card('future-fears-10', 3, 'If something went badly wrong, what would you need from me first?'),
      card('future-fears-11', 3, 'How do you want us to face a loss, when one comes?'),
      card('future-fears-12', 3, 'What would help you trust that we can handle whatever comes?'),
    ],
  },
  {
    id: 'childhood',
    title: 'Childhood',
    description: 'The places, people, and moments that shaped each of you.',
    light: false,
    cards: [
      card('childhood-01', 1, 'What was your favourite meal as a kid, and who made it?'),
      card('childhood-02', 1, 'What game or toy could keep you busy for hours?'),
      card('childhood-03', 1, 'Describe your childhood bedroom. What was on the walls?'),
      card('childhood-04', 1, 'What smell or song takes you straight back to being young?'),
      card('childhood-05', 2, 'Who was the adult you felt most understood by?'),
      card('childhood-06', 2, 'How did your family celebrate, and how did it handle bad news?'),
      card('childhood-07', 2, 'What did you get in trouble for, and was it fair?'),
      card('childhood-08', 2, 'What were you like at school when no one was watching?'),
      card('childhood-09', 3, 'What did you learn about love from the people who raised you?'),
      card('childhood-10', 3, 'Was there a time you felt alone as a child? What happened?'),
      card(
        'childhood-11',
        3,
        'What from your childhood do you want to keep in our home, and what do you want to leave behind?',
      ),
      card('childhood-12', 3, 'What would surprise the child you were about the life you have now?'),
    ],
  },
  {
    id: 'gratitude',
    title: 'Gratitude',
    description: 'Noticing what is good, in your life and in each other.',
    light: true,
    cards: [
      card('gratitude-01', 1, 'What was the best part of your day today?'),
      card('gratitude-02', 1, 'What is an everyday object you are glad you own?'),
      card('gratitude-03', 1, 'Which small thing I do makes your day a bit easier?'),
      card('gratitude-04', 1, 'What is a recent moment that made you smile?'),
      card('gratitude-05', 2, 'Who in your life have you never properly thanked?'),
      card('gratitude-06', 2, 'What is something about our home that you love?'),
      card('gratitude-07', 2, 'What is a hard time you are now grateful you went through?'),
      card('gratitude-08', 2, 'When did I last make you feel really looked after?'),
      card('gratitude-09', 3, 'What quality of mine are you most thankful for when things are difficult?'),
      card('gratitude-10', 3, 'What has being with me given you that you did not expect?'),
      card('gratitude-11', 3, 'What about yourself are you grateful for, that you rarely say?'),
      card('gratitude-12', 3, 'If this year ended today, what would you be most thankful we shared?'),
    ],
  },
  {
    id: 'fun',
    title: 'Fun',
    description: 'Silly, playful questions for an easy evening.',
    light: true,
    cards: [
      card('fun-01', 1, 'If our home had a theme song, what would it be?'),
      card('fun-02', 1, 'Which fictional world would you move to for a week?'),
      card('fun-03', 1, 'What is the strangest food you would happily eat again?'),
      card('fun-04', 1, 'If you could be great at one silly talent, what would it be?'),
      card('fun-05', 2, 'What is the most fun we have had together that cost almost nothing?'),
      card('fun-06', 2, 'Which of our inside jokes do you love most?'),
      card('fun-07', 2, 'If we swapped lives for a day, what would you do first?'),
      card('fun-08', 2, 'What is something playful you did as a kid that you would like to do with me?'),
      card('fun-09', 3, 'When do you feel most free to be silly around me?'),
      card('fun-10', 3, 'What stops you from playing more, as an adult?'),
      card('fun-11', 3, 'What kind of fun do you miss from before we met?'),
      card('fun-12', 3, 'How could we make more room for joy in our ordinary weeks?'),
    ],
  },
]

/** The decks Home may suggest, in the order above. */
export const LIGHT_DECKS: readonly Deck[] = DECKS.filter((d) => d.light)

/** The deck with this id. Every DeckId has a deck. */
export function getDeck(id: DeckId): Deck {
  const deck = DECKS.find((d) => d.id === id)
  if (!deck) throw new Error(`Unknown deck: ${id}`)
  return deck
}

/** Cards of a deck up to a chosen depth, keeping the light-to-deep order. */
export function cardsUpTo(deck: Deck, maxDepth: Depth): DeckCard[] {
  return deck.cards.filter((c) => c.depth <= maxDepth)
}
