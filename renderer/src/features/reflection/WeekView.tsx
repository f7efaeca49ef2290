import { REFLECTION_PROMPTS } from '../../../../shared/content/reflection'
import type { ReflectionWeek } from '../../../../shared/contract/journal'
import { useSession } from '../../app/session'
import { Button } from '../../components/Button'
import { Notice } from '../../components/Notice'
import { ReplyBar, ReplyList } from '../replies/ReplyBar'
import { useReplies } from '../replies/useReplies'
import { AnswerRow } from './AnswerRow'
import { SaveStatus } from './SaveStatus'
import { useWeekDraft } from './useWeekDraft'
import { SubmitBar, WeekBanner } from './WeekActions'

const THEIR_STATE = {
  empty: (name: string) => `${name} has not started yet.`,
  writing: (name: string) => `${name} is writing.`,
  submitted: (name: string) => `${name} has finished.`,
}

/** Both columns of one week: the active partner's answers to write, the other's to read. */
export function WeekView({ initial }: { initial: ReflectionWeek }) {
  const { partner, other, switchPartner, locking } = useSession()
  const otherName = other?.name ?? 'Your partner'
  const { view, draft, busy, error, autosave, editable, change, seal, submit } = useWeekDraft(initial)
  const replies = useReplies()
  const nameOf = (id: string) => (id === partner.id ? 'You' : otherName)
  // An answer target names the week and prompt; whose answer it is, is the reply's recipient.
  // Their answer can be answered once it is readable and they have finished (the service checks too).
  const answerable = (id: (typeof REFLECTION_PROMPTS)[number]['id']) => {
    const value = view.theirs.answers?.[id]
    return view.theirs.state === 'submitted' && value !== undefined && value !== ''
  }

  return (
    <div className="stack">
      <WeekBanner view={view} otherName={otherName} onSeal={seal} busy={busy} />
      {error ? <Notice tone="error">{error}</Notice> : null}
      {replies.error ? <Notice tone="error">{replies.error}</Notice> : null}

      <div className="reflection-columns-head" aria-hidden="true">
        <span>You ({partner.name})</span>
        <span>{otherName}</span>
      </div>
      {view.revealed ? null : <p className="muted reflection-their-state">{THEIR_STATE[view.theirs.state](otherName)}</p>}

      {REFLECTION_PROMPTS.map((prompt) => (
        <AnswerRow
          key={prompt.id}
          prompt={prompt}
          mine={editable ? draft : (view.mine.answers ?? {})}
          theirs={view.theirs.answers}
          theirsFinished={view.theirs.state === 'submitted'}
          otherName={otherName}
          editable={editable}
          onChange={change}
          mineReplies={<ReplyList replies={replies.on({ kind: 'answer', week: view.week, promptId: prompt.id }).filter((r) => r.to === partner.id)} nameOf={nameOf} me={partner.id} />}
          theirReplies={
            answerable(prompt.id) ? (
              <ReplyBar
                target={{ kind: 'answer', week: view.week, promptId: prompt.id }}
                replies={replies.on({ kind: 'answer', week: view.week, promptId: prompt.id }).filter((r) => r.to !== partner.id)}
                about={`${otherName}’s answer: ${prompt.label}`}
                me={partner.id}
                otherName={otherName}
                send={replies.send}
              />
            ) : null
          }
        />
      ))}

      {editable ? <SaveStatus state={autosave.state} error={autosave.error} onRetry={() => void autosave.flush()} /> : null}
      {view.mine.state === 'submitted' ? (
        <div className="submit-bar">
          <p className="muted">You finished this week.</p>
          {other ? (
            <Button variant="secondary" onClick={() => void switchPartner()} busy={locking} busyLabel="Locking…">
              Hand over to {otherName}
            </Button>
          ) : null}
        </div>
      ) : (
        <SubmitBar sealed={view.sealed} otherName={otherName} onSubmit={submit} busy={busy} />
      )}
    </div>
  )
}
