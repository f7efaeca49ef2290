// Journal fixtures: screens rendered as Sam (A) with Robin (B) as the partner, and reflection weeks.
import type { ReflectionAnswers, ReflectionWeek } from '../../../shared/contract/journal'

export { renderAsSam } from '../render-as'

/** A reflection week as the service would return it to Sam. */
export function week(overrides: Partial<ReflectionWeek> = {}, mine: ReflectionAnswers = {}, theirs: ReflectionAnswers | null = {}): ReflectionWeek {
  return {
    week: '2026-W48',
    label: 'Week 48 · 23–29 November 2026',
    startsOn: '2026-11-23',
    endsOn: '2026-11-29',
    isCurrent: true,
    sealed: false,
    revealed: false,
    canOpen: false,
    mine: { partner: 'A', state: Object.keys(mine).length ? 'writing' : 'empty', answers: mine, hidden: false, updatedAt: null, submittedAt: null },
    theirs: { partner: 'B', state: 'empty', answers: theirs, hidden: theirs === null, updatedAt: null, submittedAt: null },
    ...overrides,
  }
}
