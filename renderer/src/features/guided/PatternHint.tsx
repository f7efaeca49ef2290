import { useEffect, useMemo, useState } from 'react'
import { findHorsemen, type HorsemanHint } from '../../../../shared/logic/horsemen'
import { Button } from '../../components/Button'
import './guided.css'

const HINT_DELAY_MS = 700

function useSettled(text: string): string {
  const [settled, setSettled] = useState(text)
  useEffect(() => {
    const t = setTimeout(() => setSettled(text), HINT_DELAY_MS)
    return () => clearTimeout(t)
  }, [text])
  return settled
}

/**
 * Hints for the four patterns research links to conflict going badly. Criticism on a sentence the
 * "I" statement hint already speaks about is left to that hint, so one sentence gets one nudge.
 */
export function patternHints(text: string, except: string | null): HorsemanHint[] {
  return findHorsemen(text).filter((h) => !(h.pattern === 'criticism' && h.sentence === except))
}

/** A gentle, dismissible offer of the alternative to a pattern, while writing. */
export function PatternHint({ text, except = null }: { text: string; except?: string | null }) {
  const settled = useSettled(text)
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set())
  const hint = useMemo(() => patternHints(settled, except).find((h) => !dismissed.has(h.sentence)) ?? null, [settled, except, dismissed])
  const current = hint && text.includes(hint.sentence) ? hint : null
  return (
    <div className="pattern-hint" role="status" aria-live="polite">
      {current ? (
        <div className="istatement__box pattern-hint__box">
          <p className="istatement__lead">
            “{current.sentence}” might come across as {current.advice.name.toLowerCase()}. {current.advice.alternative}
          </p>
          <p className="istatement__suggestion">{current.advice.template}</p>
          <Button variant="quiet" onClick={() => setDismissed((d) => new Set(d).add(current.sentence))}>
            Keep mine
          </Button>
        </div>
      ) : null}
    </div>
  )
}
