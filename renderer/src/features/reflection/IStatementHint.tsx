import { useEffect, useMemo, useState } from 'react'
import { findBlame, type BlameHint } from '../../../../shared/logic/i-statements'
import { Button } from '../../components/Button'
import { PatternHint } from '../guided/PatternHint'

/** Wait for a pause in typing, so the hint does not flicker while a sentence is half written. */
const HINT_DELAY_MS = 700

function useSettled(text: string): string {
  const [settled, setSettled] = useState(text)
  useEffect(() => {
    const t = setTimeout(() => setSettled(text), HINT_DELAY_MS)
    return () => clearTimeout(t)
  }, [text])
  return settled
}

/** Where the hinted sentence starts in `text` (it contains the phrase, so it starts at or before it). */
export function sentenceStart(text: string, hint: BlameHint): number {
  const at = text.lastIndexOf(hint.sentence, hint.start)
  return at === -1 ? hint.start : at
}

/** `text` with the hinted sentence replaced by the suggestion; `cursor` selects its first gap. */
export function applySuggestion(text: string, hint: BlameHint): { text: string; cursor: { start: number; end: number } } {
  const start = sentenceStart(text, hint)
  const next = text.slice(0, start) + hint.suggestion + text.slice(start + hint.sentence.length)
  const gap = hint.suggestion.indexOf('…')
  const at = gap === -1 ? start + hint.suggestion.length : start + gap
  return { text: next, cursor: { start: at, end: gap === -1 ? at : at + 1 } }
}

export interface IStatementHintProps {
  text: string
  /** Called with the rephrased text when the writer takes the suggestion. */
  onUse: (next: string, cursor: { start: number; end: number }) => void
}

/**
 * A gentle nudge, never a block: when a finished sentence reads as blame, offer a feeling /
 * when / need wording the writer may take or wave away. A polite live region, not an alert,
 * so a screen reader mentions it after the current speech instead of interrupting.
 */
export function IStatementHint({ text, onUse }: IStatementHintProps) {
  const settled = useSettled(text)
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set())
  const hint = useMemo(() => findBlame(settled).find((h) => !dismissed.has(h.sentence)) ?? null, [settled, dismissed])
  // The hint must still match what is in the box now, not what was there before the pause.
  const current = hint && text.includes(hint.sentence) ? hint : null

  return (
    <>
    <div className="istatement" role="status" aria-live="polite">
      {current ? (
        <div className="istatement__box">
          <p className="istatement__lead">
            “{current.sentence}” might land as blame. Saying how it felt for you is often easier to hear:
          </p>
          <p className="istatement__suggestion">{current.suggestion}</p>
          <div className="row">
            <Button variant="secondary" onClick={() => onUse(...argsFor(text, current))}>
              Use this wording
            </Button>
            <Button variant="quiet" onClick={() => setDismissed((d) => new Set(d).add(current.sentence))}>
              Keep mine
            </Button>
          </div>
        </div>
      ) : null}
    </div>
    {/* The four patterns linked to conflict going badly (shared/logic/horsemen.ts). */}
    <PatternHint text={text} except={current?.sentence ?? null} />
    </>
  )
}

function argsFor(text: string, hint: BlameHint): [string, { start: number; end: number }] {
  const { text: next, cursor } = applySuggestion(text, hint)
  return [next, cursor]
}
