// The check-in as the screen holds it while the two of you type: every field, for both partners.
// Each change is saved whole (the service merges it), so stopping halfway loses nothing.
import type { CheckinStepId } from '../../../../shared/content/checkin'
import type { CheckinPatch, CheckinRecord } from '../../../../shared/contract/rituals-guided'
import type { PartnerId } from '../../../../shared/domain'

export interface CheckinDraft {
  step: CheckinStepId
  appreciations: Record<PartnerId, string[]>
  wentWell: Record<PartnerId, string>
  issue: CheckinRecord['issue']
}

/** Three boxes each to start with; more can be added up to the limit. */
export const STARTING_BOXES = 3

const pad = (list: string[]): string[] => [...list, ...Array<string>(Math.max(0, STARTING_BOXES - list.length)).fill('')]

export const draftFrom = (record: CheckinRecord | null): CheckinDraft => ({
  step: record?.step ?? 'appreciations',
  appreciations: { A: pad(record?.appreciations.A ?? []), B: pad(record?.appreciations.B ?? []) },
  wentWell: { A: record?.wentWell.A ?? '', B: record?.wentWell.B ?? '' },
  issue: record?.issue ?? { skipped: false, topic: '', raisedBy: null, turns: 0, understood: { A: '', B: '' }, step: '' },
})

export const patchFrom = (d: CheckinDraft): CheckinPatch => ({
  step: d.step,
  appreciations: { A: d.appreciations.A, B: d.appreciations.B },
  wentWell: { ...d.wentWell },
  issue: { ...d.issue, understood: { ...d.issue.understood } },
})

export const countFilled = (d: CheckinDraft): number => [...d.appreciations.A, ...d.appreciations.B].filter((s) => s.trim()).length
