import { useState } from 'react'
import { Button } from '../../components/Button'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import type { SaveState } from '../reflection/useAutosave'

const DRAFT_WORDS: Partial<Record<SaveState, string>> = {
  pending: 'Keeping your draft',
  saving: 'Keeping your draft',
  saved: 'Draft kept',
}

export interface AgreementActionsProps {
  otherName: string
  nextNumber: number
  latestNumber: number
  dirty: boolean
  /** The latest version is waiting for the active partner's signature. */
  canSign: boolean
  changes: string[]
  saveState: SaveState
  saveError: string | null
  onRetry: () => void
  proposing: boolean
  onPropose: () => Promise<boolean>
  onGoToSign: () => void
}

/**
 * The actions that matter on a long page, kept in reach at its foot as it scrolls: where the
 * draft stands, "Propose version N" (which first shows what would change), and a way to the
 * signature. Nothing becomes a version without that explicit proposal.
 */
export function AgreementActions(props: AgreementActionsProps) {
  const { otherName, nextNumber, latestNumber, dirty, canSign, changes, saveState, saveError } = props
  const [reviewing, setReviewing] = useState(false)
  const status =
    saveState === 'error'
      ? `${saveError ?? 'Your draft was not kept.'} Your words are still here.`
      : dirty
        ? `${DRAFT_WORDS[saveState] ?? 'Draft kept'}. Only you can see it until you propose it.`
        : latestNumber > 0
          ? `You are looking at version ${latestNumber}.`
          : 'Write what you need; it is kept as your draft as you type.'

  return (
    <div className="agreement-actions" role="region" aria-label="Your draft and the agreement">
      <p className={saveState === 'error' ? 'agreement-actions__status agreement-actions__status--error' : 'agreement-actions__status'} role={saveState === 'error' ? 'alert' : undefined}>
        {status}
      </p>
      <div className="row">
        {saveState === 'error' ? (
          <Button variant="quiet" onClick={props.onRetry}>
            Try keeping it again
          </Button>
        ) : null}
        {dirty ? <Button onClick={() => setReviewing(true)}>Propose version {nextNumber}</Button> : null}
        {canSign && !dirty ? (
          <Button variant="secondary" onClick={props.onGoToSign}>
            Sign version {latestNumber}
          </Button>
        ) : null}
      </div>
      <ConfirmDialog
        open={reviewing}
        title={`Propose version ${nextNumber}?`}
        confirmLabel={`Propose version ${nextNumber}`}
        cancelLabel="Keep editing"
        busy={props.proposing}
        onCancel={() => setReviewing(false)}
        onConfirm={() =>
          void props.onPropose().then((ok) => {
            if (ok) setReviewing(false)
          })
        }
      >
        <p>What changes from {latestNumber > 0 ? `version ${latestNumber}` : 'an empty page'}:</p>
        <ul className="agreement-changes">
          {changes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <p className="muted">{otherName} will see this version and you will both sign it again.</p>
      </ConfirmDialog>
    </div>
  )
}
