import { useId, useState } from 'react'
import type { ReflectionWeek } from '../../../../shared/contract/journal'
import { Button } from '../../components/Button'
import { Notice } from '../../components/Notice'

/** Where the week stands: revealed, or the seal choice with the state in words, always in view. */
export function WeekBanner({
  view,
  otherName,
  onSeal,
  busy,
}: {
  view: ReflectionWeek
  otherName: string
  onSeal: (sealed: boolean) => Promise<void>
  busy: boolean
}) {
  if (view.revealed) {
    return (
      <Notice title="You have both finished">
        <p>Here is your week, side by side. Take your time reading {otherName}’s answers.</p>
      </Notice>
    )
  }
  return <SealChoice view={view} otherName={otherName} onSeal={onSeal} busy={busy} />
}

/** The words for the week's state, shown at all times (not only after a click). */
export const sealStateWords = (sealed: boolean, otherName: string): string =>
  sealed ? `Sealed: ${otherName} cannot see your words until you have both finished` : `Open: ${otherName} sees what you write`

/**
 * The seal as one act: the box reflects the week as the service keeps it, and ticking it seals
 * the week in the service at once, before another word is saved. There is no second button.
 */
export function SealChoice({
  view,
  otherName,
  onSeal,
  busy,
}: {
  view: ReflectionWeek
  otherName: string
  onSeal: (sealed: boolean) => Promise<void>
  busy: boolean
}) {
  const hintId = `seal-${useId()}`
  const locked = view.sealed && !view.canOpen
  // The box follows the tick at once while the service seals; the words below follow the service.
  const [asked, setAsked] = useState<boolean | null>(null)
  const choose = async (sealed: boolean) => {
    setAsked(sealed)
    await onSeal(sealed)
    setAsked(null)
  }
  return (
    <div className={`seal-choice seal-choice--${view.sealed ? 'sealed' : 'open'}`}>
      <p className="seal-choice__state" role="status">
        {sealStateWords(view.sealed, otherName)}
      </p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={asked ?? view.sealed}
          disabled={busy || asked !== null || locked}
          aria-describedby={hintId}
          onChange={(e) => void choose(e.target.checked)}
        />
        <span>Seal our answers until we have both finished</span>
      </label>
      <p className="field__hint" id={hintId}>
        {locked
          ? `${otherName} has written under the seal, so this week stays sealed until you have both finished.`
          : `Each of you answers without seeing the other’s words; both open together at the end. Without it, you and ${otherName} see each other’s answers as you write.`}
      </p>
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
