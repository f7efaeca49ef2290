import { Button } from '../../components/Button'
import type { SaveState } from './useAutosave'

const WORDS: Record<SaveState, string> = {
  idle: '',
  pending: 'Saving as you write…',
  saving: 'Saving as you write…',
  saved: 'Saved',
  error: '',
}

/** A quiet line under a writing area. Only a failure speaks up (with the service's words). */
export function SaveStatus({ state, error, onRetry }: { state: SaveState; error: string | null; onRetry: () => void }) {
  if (state === 'error') {
    return (
      <div className="save-status save-status--error" role="alert">
        <p>{error ?? 'That was not saved.'} Your words are still here.</p>
        <Button variant="quiet" onClick={onRetry}>
          Try saving again
        </Button>
      </div>
    )
  }
  return (
    <p className="save-status" aria-live="off">
      {WORDS[state]}
    </p>
  )
}
