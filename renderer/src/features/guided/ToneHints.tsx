import { useMemo } from 'react'
import { findBlame } from '../../../../shared/logic/i-statements'
import { findHorsemen } from '../../../../shared/logic/horsemen'
import { IStatementHint } from '../reflection/IStatementHint'
import './guided.css'

/** While writing: the "I" statement hint, which also offers the four patterns' alternatives. */
export function WritingHints({ text, onUse }: { text: string; onUse: (next: string) => void }) {
  return <IStatementHint text={text} onUse={(next) => onUse(next)} />
}

/** For words already shared (read only): quiet notes, so both can see where a gentler wording could help. */
export function ToneNotes({ text }: { text: string }) {
  const notes = useMemo(() => {
    const patterns = findHorsemen(text)
    const seen = new Set(patterns.map((p) => p.sentence))
    const blame = findBlame(text).filter((b) => !seen.has(b.sentence))
    return [
      ...patterns.map((p) => ({ key: `p-${p.start}`, sentence: p.sentence, words: `might come across as ${p.advice.name.toLowerCase()}. ${p.advice.alternative}` })),
      ...blame.map((b) => ({ key: `b-${b.start}`, sentence: b.sentence, words: `might land as blame. Saying how it felt is often easier to hear: ${b.suggestion}` })),
    ]
  }, [text])
  if (notes.length === 0) return null
  return (
    <ul className="tone-notes" aria-label="Tone hints">
      {notes.map((n) => (
        <li key={n.key}>
          “{n.sentence}” {n.words}
        </li>
      ))}
    </ul>
  )
}
