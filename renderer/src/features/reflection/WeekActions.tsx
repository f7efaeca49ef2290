import { useId, useState } from 'react'
import type { ReflectionWeek } from '../../../../shared/contract/journal'
import { Button } from '../../components/Button'
import { Notice } from '../../components/Notice'

/** Where the week stands: revealed, sealed, or still open (with the offer to seal it). */
export function WeekBanner({ view, otherName, onSeal, busy }: { view: ReflectionWeek; otherName: string; onSeal: () => Promise<void>; busy: boolean }) {
  if (view.revealed) {
    return (
      <Notice title="You have both finished">
        <p>Here is your week, side by side. Take your time reading {otherName}’s answers.</p>
      </Notice>
    )
  }
  if (view.sealed) {
    return (
      <Notice title="This week is sealed">
        <p>
          {otherName}’s answers stay hidden until you have both finished, and yours stay hidden from {otherName}.
        </p>
      </Notice>
    )
  }
  return <SealChoice otherName={otherName} onSeal={onSeal} busy={busy} />
}

/** Offered while a week is open: sealing is one way, so it asks once before doing it. */
export function SealChoice({ otherName, onSeal, busy }: { otherName: string; onSeal: () => Promise<void>; busy: boolean }) {
  const [checked, setChecked] = useState(false)
  const hintId = `seal-${useId()}`
  return (
    <div className="seal-choice">
      <label className="checkbox">
        <input type="checkbox" checked={checked} aria-describedby={hintId} onChange={(e) => setChecked(e.target.checked)} />
        <span>Seal our answers until we have both finished</span>
      </label>
      <p className="field__hint" id={hintId}>
        Each of you answers in turn without seeing the other’s words; both open together at the end. Once sealed, this week stays
        sealed. Without it, you and {otherName} see each other’s answers as you write.
      </p>
      {checked ? (
        <Button onClick={() => void onSeal()} busy={busy} busyLabel="Sealing…">
          Seal this week
        </Button>
      ) : null}
    </div>
  )
}

export function SubmitBar({ sealed, otherName, onSubmit, busy }: { sealed: boolean; otherName: string; onSubmit: () => Promise<void>; busy: boolean }) {
  return (
    <div className="submit-bar">
      <Button onClick={() => void onSubmit()} busy={busy} busyLabel="Finishing…">
        I have finished this week
      </Button>
      <p className="field__hint">
        {sealed
          ? `Your answers are then kept as they are. They open for ${otherName} when you have both finished.`
          : `This lets ${otherName} know. You can still change your answers afterwards.`}
      </p>
    </div>
  )
}
