import { APPRECIATION_STARTERS, CHECKIN_APPRECIATIONS_MAX } from '../../../../shared/content/checkin'
import { PARTNER_IDS, otherPartner, type PartnerId } from '../../../../shared/domain'
import { Button } from '../../components/Button'
import { TextArea } from '../../components/TextArea'
import { TextField } from '../../components/TextField'
import type { CheckinDraft } from './checkin-state'

export interface StepProps {
  draft: CheckinDraft
  names: Record<PartnerId, string>
  onChange: (next: CheckinDraft) => void
}

export function AppreciationsStep({ draft, names, onChange }: StepProps) {
  const set = (p: PartnerId, i: number, value: string) => {
    const list = [...draft.appreciations[p]]
    list[i] = value
    onChange({ ...draft, appreciations: { ...draft.appreciations, [p]: list } })
  }
  const add = (p: PartnerId) => onChange({ ...draft, appreciations: { ...draft.appreciations, [p]: [...draft.appreciations[p], ''] } })
  return (
    <div className="side-by-side">
      {PARTNER_IDS.map((p) => (
        <fieldset key={p} className="stack">
          <legend>
            <strong>{names[p]}</strong> thanks {names[otherPartner(p)]}
          </legend>
          <p className="field__hint">You could start with “{APPRECIATION_STARTERS.join('”, “')}”</p>
          {draft.appreciations[p].map((value, i) => (
            <TextField key={i} label={`${names[p]}’s appreciation ${i + 1}`} value={value} maxLength={500} onChange={(e) => set(p, i, e.target.value)} />
          ))}
          {draft.appreciations[p].length < CHECKIN_APPRECIATIONS_MAX ? (
            <Button variant="quiet" onClick={() => add(p)}>
              Add another for {names[p]}
            </Button>
          ) : null}
        </fieldset>
      ))}
    </div>
  )
}

export function WentWellStep({ draft, names, onChange }: StepProps) {
  return (
    <div className="side-by-side">
      {PARTNER_IDS.map((p) => (
        <TextArea
          key={p}
          label={`What went well for ${names[p]}`}
          hint="A moment, a habit, something you would like more of."
          rows={4}
          maxLength={1000}
          value={draft.wentWell[p]}
          onChange={(e) => onChange({ ...draft, wentWell: { ...draft.wentWell, [p]: e.target.value } })}
        />
      ))}
    </div>
  )
}
