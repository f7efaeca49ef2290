// Active listening: a short checklist for the listener, reminder lines for reflecting back, and
// tips for the one speaking. Shown beside the weekly talk and the conversation decks.

export interface ListeningItem {
  id: string
  /** Short imperative, fits on one line of the checklist. */
  title: string
  /** One or two sentences on what it looks like in practice. */
  detail: string
}

export const LISTENING_CHECKLIST: readonly ListeningItem[] = [
  {
    id: 'let-them-finish',
    title: 'Let them finish',
    detail:
      'Wait until your partner has stopped, then wait a moment more. The last thing said is often the important one.',
  },
  {
    id: 'reflect-back',
    title: 'Reflect back what you heard',
    detail: 'Say it back in your own words and check you got it right before you respond.',
  },
  {
    id: 'ask-before-advising',
    title: 'Ask before advising',
    detail: 'Ask whether they want ideas or just want to be heard. Often it is the second.',
  },
  {
    id: 'put-things-down',
    title: 'Put your phone down',
    detail: 'Turn toward your partner. Being looked at tells someone they matter more than any words.',
  },
  {
    id: 'name-the-feeling',
    title: 'Notice the feeling, not only the facts',
    detail: 'Listen for how it felt to them, and say what you notice: "That sounds lonely."',
  },
  {
    id: 'hold-your-side',
    title: 'Save your side for later',
    detail: 'If you disagree, note it and come back to it. Right now it is their turn.',
  },
]

export interface ParaphraseLine {
  id: string
  /** Ends in an ellipsis: the listener finishes the sentence. */
  text: string
}

export const PARAPHRASE_LINES: readonly ParaphraseLine[] = [
  { id: 'hear-you-saying', text: 'What I hear you saying is…' },
  { id: 'sounds-like', text: 'It sounds like you felt…' },
  { id: 'let-me-check', text: 'Let me check I have this right. You mean…' },
  { id: 'so-for-you', text: 'So for you, the hardest part was…' },
  { id: 'if-i-understand', text: 'If I understand you, you would like…' },
  { id: 'anything-missed', text: 'Did I miss anything important?' },
]

export interface SpeakerTip {
  id: string
  text: string
}

export const SPEAKER_TIPS: readonly SpeakerTip[] = [
  { id: 'start-with-i', text: 'Start with "I" and what you felt, not with what your partner did.' },
  { id: 'one-thing', text: 'Bring one thing at a time. A list is hard to hear.' },
  { id: 'be-specific', text: 'Describe one moment, not a pattern of "always" or "never".' },
  { id: 'say-the-need', text: 'End with what would help, so your partner knows what to do with it.' },
  { id: 'pause', text: 'Pause now and then so your partner can reflect back what they heard.' },
  { id: 'ask-for-timing', text: 'Ask if now is a good time. A tired listener hears less.' },
]
