// The weekly check-in: one sitting for two at the laptop, in the order couples research and
// counsellors commonly suggest for a weekly meeting: appreciations first, then what went well,
// then at most one issue, talked through in turns and closed with one small step. The order is a
// habit that helps the talk start warm; it is not a treatment and promises no outcome.

export const CHECKIN_STEP_IDS = ['appreciations', 'went-well', 'issue', 'done'] as const
export type CheckinStepId = (typeof CHECKIN_STEP_IDS)[number]

export interface CheckinStep {
  id: CheckinStepId
  title: string
  intro: string
}

export const CHECKIN_STEPS: readonly CheckinStep[] = [
  {
    id: 'appreciations',
    title: 'Appreciations',
    intro: 'Start with thanks. Each of you names a few things you noticed and valued in the other this week, big or small.',
  },
  {
    id: 'went-well',
    title: 'What went well',
    intro: 'Look back at the week together. What worked, what felt good, what you would like more of?',
  },
  {
    id: 'issue',
    title: 'One thing to talk through',
    intro: 'If there is something on your mind, pick one, just one. Take turns: one speaks, the other listens and says back what they heard. Then agree one small step.',
  },
  {
    id: 'done',
    title: 'Done for this week',
    intro: 'That is your check-in. It is saved for you both in your history.',
  },
]

/** Gentle starters shown under each partner's appreciation boxes. */
export const APPRECIATION_STARTERS: readonly string[] = [
  'Thank you for…',
  'I noticed when you…',
  'It meant a lot to me that you…',
]

export const CHECKIN_ISSUE_TIPS: readonly string[] = [
  'Choose something small enough to talk about in twenty minutes.',
  'Speak about yourself: what you felt and what you need.',
  'Listening first is not agreeing. It is making sure you heard.',
  'The step can be tiny. A small step you keep is worth more than a big plan.',
]

/** How many appreciations each partner may name in one check-in. */
export const CHECKIN_APPRECIATIONS_MAX = 5
