// Repairing after a hard moment: a page each partner fills alone, then chooses to share. The steps
// follow the shape counsellors often use after a fight: name the feeling, describe your own view
// without arguing it, notice what it touched, own a part, and look ahead. Writing it down first
// is meant to help each of you arrive calmer; it does not replace talking, or help from a
// counsellor when things feel unsafe.

export const REPAIR_STEP_IDS = ['felt', 'my-side', 'touched', 'my-part', 'next-time'] as const
export type RepairStepId = (typeof REPAIR_STEP_IDS)[number]

export interface RepairStep {
  id: RepairStepId
  label: string
  hint: string
}

export const REPAIR_STEPS: readonly RepairStep[] = [
  { id: 'felt', label: 'What I felt', hint: 'A few feeling words: hurt, lonely, scared, frustrated, ashamed…' },
  { id: 'my-side', label: 'My side of what happened', hint: 'What you saw and heard, as you lived it. There are two true sides.' },
  { id: 'touched', label: 'What it touched in me', hint: 'An old sore spot, a worry, something from before the two of you.' },
  { id: 'my-part', label: 'My part in it', hint: 'Even a small part: a tone, a bad moment, something left unsaid.' },
  { id: 'next-time', label: 'What would help next time', hint: 'One thing you could do, and one thing you would ask for.' },
]

export const REPAIR_INTRO =
  'Fill this in on your own, in your own time. Nobody else can read it until you choose to share it. Once you have both shared, you will see your two pages side by side.'
