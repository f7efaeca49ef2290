// Optional prompts for the private journal. Nothing here is shared unless the writer chooses to
// share it; the prompts only help someone start putting a harder thing into words.

export const JOURNAL_THEME_IDS = ['childhood', 'fears', 'hopes', 'past-relationships'] as const
export type JournalThemeId = (typeof JOURNAL_THEME_IDS)[number]

export interface JournalPrompt {
  id: string
  text: string
}

export interface JournalTheme {
  id: JournalThemeId
  title: string
  /** Shown above the prompts; sets the tone for the theme. */
  intro: string
  prompts: readonly JournalPrompt[]
}

export const JOURNAL_THEMES: readonly JournalTheme[] = [
  {
    id: 'childhood',
    title: 'Childhood',
    intro: 'Where some of your habits started. Write only as much as feels right today.',
    prompts: [
      { id: 'childhood-safe-place', text: 'Where did you go as a child when you wanted to feel safe?' },
      { id: 'childhood-comfort', text: 'How did the adults around you comfort you, if they did?' },
      { id: 'childhood-unsaid', text: 'What was not talked about in the home you grew up in?' },
      { id: 'childhood-praise', text: 'What were you praised for as a kid? What went unnoticed?' },
      {
        id: 'childhood-arguments',
        text: 'What did arguments sound like at home, and where were you when they happened?',
      },
      { id: 'childhood-carry', text: 'Which rule from childhood do you still follow without meaning to?' },
      { id: 'childhood-wish', text: 'What do you wish someone had told you when you were ten?' },
    ],
  },
  {
    id: 'fears',
    title: 'Fears',
    intro: 'Naming a fear on paper often makes it smaller. You decide if it ever leaves this page.',
    prompts: [
      { id: 'fears-lose', text: 'What are you most afraid of losing right now?' },
      { id: 'fears-seen', text: 'What part of you are you afraid your partner would see and pull away from?' },
      { id: 'fears-repeat', text: 'Which pattern from your past are you afraid of repeating?' },
      { id: 'fears-body', text: 'Where in your body do you feel fear, and what does it push you to do?' },
      { id: 'fears-ask', text: 'What do you avoid asking for because you fear the answer?' },
      { id: 'fears-night', text: 'What worry keeps coming back late at night?' },
      { id: 'fears-brave', text: 'When did you last do something while scared? What helped?' },
    ],
  },
  {
    id: 'hopes',
    title: 'Hopes',
    intro: 'Hopes can feel risky to say out loud. Here you can try them out first.',
    prompts: [
      { id: 'hopes-quiet', text: 'What do you hope for that you have not said to anyone?' },
      { id: 'hopes-five-years', text: 'Picture an ordinary day five years from now. What is in it?' },
      { id: 'hopes-us', text: 'What do you hope the two of you will be like together when you are old?' },
      { id: 'hopes-self', text: 'Who do you hope to become, apart from any relationship?' },
      { id: 'hopes-gave-up', text: 'Is there a hope you set aside? What would it take to pick it up again?' },
      { id: 'hopes-small', text: 'What small thing would make next month feel hopeful?' },
      {
        id: 'hopes-partner',
        text: 'What do you hope your partner knows about how you feel, without you having to say it?',
      },
    ],
  },
  {
    id: 'past-relationships',
    title: 'Past relationships',
    intro: 'What came before shapes how we love now. This is for understanding, not for comparing.',
    prompts: [
      { id: 'past-learned', text: 'What did an earlier relationship teach you about what you need?' },
      { id: 'past-guard', text: 'Is there something you still guard against because of how you were hurt before?' },
      { id: 'past-proud', text: 'What are you proud of in how you handled an ending?' },
      { id: 'past-regret', text: 'What would you do differently if you could go back?' },
      { id: 'past-first-love', text: 'What did your first love feel like, and what did you think love would be?' },
      { id: 'past-friendship', text: 'Which friendship ended in a way that still stays with you?' },
      { id: 'past-different-now', text: 'What do you do differently with your partner because of your past?' },
    ],
  },
]

/** Every journal prompt with its theme, in display order. */
export function allJournalPrompts(): { theme: JournalThemeId; prompt: JournalPrompt }[] {
  return JOURNAL_THEMES.flatMap((t) => t.prompts.map((prompt) => ({ theme: t.id, prompt })))
}
