// Sections of the boundary agreement. Each partner answers the starter prompts, then the couple
// writes down what they agree on. Agreements refer to section and prompt ids, never the wording.

export interface BoundaryPrompt {
  id: string
  text: string
}

export const BOUNDARY_SECTION_IDS = [
  'space',
  'privacy',
  'friendships',
  'interests',
  'family',
  'social-media',
  'money',
] as const
export type BoundarySectionId = (typeof BOUNDARY_SECTION_IDS)[number]

export interface BoundarySection {
  id: BoundarySectionId
  title: string
  /** Why the section is here, in one or two sentences. */
  intro: string
  prompts: readonly BoundaryPrompt[]
}

export const BOUNDARY_SECTIONS: readonly BoundarySection[] = [
  {
    id: 'space',
    title: 'Personal space and time alone',
    intro:
      'Wanting time alone is not a sign of wanting less of each other. Say how much you need and how you will ask for it.',
    prompts: [
      { id: 'space-how-much', text: 'How much time on my own do I need in a usual week?' },
      { id: 'space-signal', text: 'How will I let you know I need space, so it does not feel like rejection?' },
      { id: 'space-where', text: 'Is there a place at home that I would like to be mine?' },
      { id: 'space-after', text: 'What helps me come back and reconnect after time alone?' },
    ],
  },
  {
    id: 'privacy',
    title: 'Privacy: phones, messages, journals',
    intro: 'Trust and privacy can live together. Agree on what is shared and what stays personal, including in Hearth.',
    prompts: [
      { id: 'privacy-phones', text: 'Is it all right for you to pick up or look through my phone?' },
      { id: 'privacy-messages', text: 'Which conversations with others do I consider private?' },
      { id: 'privacy-journal', text: 'My private journal is mine. When, if ever, would I like to share parts of it?' },
      { id: 'privacy-passwords', text: 'Which accounts or passwords, if any, do I want us to share?' },
    ],
  },
  {
    id: 'friendships',
    title: 'Friendships',
    intro: 'Each of you has people who were there before, and people you will meet. Talk about how they fit.',
    prompts: [
      { id: 'friendships-time', text: 'How often do I want to see my friends without you?' },
      { id: 'friendships-talk', text: 'What do I feel fine talking about with friends, and what stays between us?' },
      { id: 'friendships-exes', text: 'How do I feel about either of us staying in touch with former partners?' },
      { id: 'friendships-uneasy', text: 'If one of your friendships makes me uneasy, how will I bring it up?' },
    ],
  },
  {
    id: 'interests',
    title: 'Individual interests',
    intro: 'Things you do on your own keep you yourself. Say which ones matter and how much room they need.',
    prompts: [
      { id: 'interests-mine', text: 'Which interest of mine do I want to keep doing on my own?' },
      { id: 'interests-time', text: 'How much time or money does it usually take?' },
      { id: 'interests-join', text: 'Would I like you to join sometimes, or is it better as mine?' },
      { id: 'interests-support', text: 'How can you show interest in it without taking it over?' },
    ],
  },
  {
    id: 'family',
    title: 'Family',
    intro: 'Families come with history and expectations. Decide together how close, how often, and who speaks up when.',
    prompts: [
      { id: 'family-visits', text: 'How often do I want to visit or host family, and for how long?' },
      { id: 'family-share', text: 'What about us is fine to tell my family, and what is not?' },
      { id: 'family-conflict', text: 'If my family says something hurtful to you, what will I do?' },
      { id: 'family-holidays', text: 'How would I like us to split holidays and special days?' },
    ],
  },
  {
    id: 'social-media',
    title: 'Social media',
    intro: 'Posts are hard to take back. Agree on what you post about each other and your life together.',
    prompts: [
      { id: 'social-photos', text: 'Do I want you to ask before posting photos of me?' },
      { id: 'social-relationship', text: 'What do I feel comfortable sharing online about our relationship?' },
      { id: 'social-arguments', text: 'Are there things about us that should never be posted, even vaguely?' },
      { id: 'social-screen-time', text: 'Are there times, like meals or bedtime, when I would like phones away?' },
    ],
  },
  {
    id: 'money',
    title: 'Money',
    intro: 'Money touches safety, freedom, and fairness. Talk about it while things are calm.',
    prompts: [
      { id: 'money-own', text: 'How much money do I want to be able to spend without checking in?' },
      { id: 'money-shared', text: 'Which costs do I think we should share, and how should we split them?' },
      { id: 'money-debts', text: 'Is there anything about my finances I have not yet told you?' },
      { id: 'money-worries', text: 'What worries me most about money, and what would help?' },
    ],
  },
]

/** The section with this id. Every BoundarySectionId has a section. */
export function getBoundarySection(id: BoundarySectionId): BoundarySection {
  const section = BOUNDARY_SECTIONS.find((s) => s.id === id)
  if (!section) throw new Error(`Unknown boundary section: ${id}`)
  return section
}
