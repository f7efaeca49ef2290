import { useId, type ReactNode } from 'react'
import type { ReflectionPrompt } from '../../../../shared/content/reflection'
import type { ReflectionAnswers } from '../../../../shared/contract/journal'
import { TEXT_MAX_LENGTH } from '../../../../shared/limits'
import { RatingField } from './RatingField'
import { WritingArea } from './WritingArea'

export interface AnswerRowProps {
  prompt: ReflectionPrompt
  mine: ReflectionAnswers
  /** null: sealed and hidden from this partner for now. */
  theirs: ReflectionAnswers | null
  /** The other partner has finished: an empty answer is then "no answer", not "not yet". */
  theirsFinished: boolean
  otherName: string
  editable: boolean
  onChange: (patch: ReflectionAnswers) => void
  /** Under your answer: the hearts and replies it has had. */
  mineReplies?: ReactNode
  /** Under their answer: a heart or a reply from you, once you may read it. */
  theirReplies?: ReactNode
}

/** One question with both partners' answers side by side: yours to write, theirs to read. */
export function AnswerRow({ prompt, mine, theirs, theirsFinished, otherName, editable, onChange, mineReplies, theirReplies }: AnswerRowProps) {
  const headingId = `q-${useId()}`
  return (
    <section className="answer-row" aria-labelledby={headingId}>
      <h3 id={headingId}>{prompt.label}</h3>
      <div className="answer-row__columns">
        <div className="answer-row__cell">
          <MyAnswer prompt={prompt} mine={mine} editable={editable} onChange={onChange} />
          {mineReplies}
        </div>
        <div className="answer-row__cell answer-row__cell--theirs">
          <p className="answer-row__who">{otherName}</p>
          <TheirAnswer prompt={prompt} theirs={theirs} finished={theirsFinished} />
          {theirReplies}
        </div>
      </div>
    </section>
  )
}

function MyAnswer({ prompt, mine, editable, onChange }: Pick<AnswerRowProps, 'prompt' | 'mine' | 'editable' | 'onChange'>) {
  if (prompt.kind === 'rating') {
    if (!editable) return <ReadOnly label="You" value={mine.rating !== undefined ? `${mine.rating} out of 10` : undefined} />
    return <RatingField prompt={prompt} legend="Your rating" value={mine.rating} onChange={(rating) => onChange({ rating })} />
  }
  if (!editable) return <ReadOnly label="You" value={mine[prompt.id]} />
  return (
    <WritingArea
      label={
        <>
          {/* One accessible name, "Your answer: <prompt>", with no stray space before the colon. */}
          <span aria-hidden="true">Your answer</span>
          <span className="visually-hidden">Your answer: {prompt.label}</span>
        </>
      }
      hint={prompt.hint}
      placeholder={prompt.placeholder}
      value={mine[prompt.id] ?? ''}
      maxLength={TEXT_MAX_LENGTH}
      coach
      onChange={(text) => onChange({ [prompt.id]: text })}
    />
  )
}

function TheirAnswer({ prompt, theirs, finished }: Pick<AnswerRowProps, 'prompt' | 'theirs'> & { finished: boolean }) {
  if (theirs === null) return <p className="answer-row__sealed">Sealed until you have both finished.</p>
  const value = prompt.kind === 'rating' ? (theirs.rating !== undefined ? `${theirs.rating} out of 10` : undefined) : theirs[prompt.id]
  if (value) return <p className="answer-row__text">{value}</p>
  return <p className="muted">{finished ? 'No answer.' : 'No answer yet.'}</p>
}

function ReadOnly({ label, value }: { label: string; value: string | undefined }) {
  return (
    <>
      <p className="answer-row__who">{label}</p>
      {value ? <p className="answer-row__text">{value}</p> : <p className="muted">No answer.</p>}
    </>
  )
}
