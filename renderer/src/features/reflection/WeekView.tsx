import { useCallback, useState } from 'react'
import { REFLECTION_PROMPTS } from '../../../../shared/content/reflection'
import type { ReflectionAnswers, ReflectionWeek } from '../../../../shared/contract/journal'
import type { Result } from '../../../../shared/result'
import { call } from '../../api'
import { useSession } from '../../app/session'
import { Notice } from '../../components/Notice'
import { AnswerRow } from './AnswerRow'
import { SaveStatus } from './SaveStatus'
import { useAutosave } from './useAutosave'
import { SealChoice, SubmitBar } from './WeekActions'

/** Every prompt id with '' or null for "no answer", so a cleared answer is cleared on disk too. */
function toRequest(answers: ReflectionAnswers) {
  return {
    connected: answers.connected ?? '',
    hard: answers.hard ?? '',
    appreciated: answers.appreciated ?? '',
    need: answers.need ?? '',
    together: answers.together ?? '',
    rating: answers.rating ?? null,
  }
}

const THEIR_STATE = {
  empty: (name: string) => `${name} has not started yet.`,
  writing: (name: string) => `${name} is writing.`,
  submitted: (name: string) => `${name} has finished.`,
}

export function WeekView({ initial }: { initial: ReflectionWeek }) {
  const { partner, other } = useSession()
  const otherName = other?.name ?? 'Your partner'
  const [view, setView] = useState(initial)
  const [draft, setDraft] = useState<ReflectionAnswers>(initial.mine.answers ?? {})
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const week = view.week

  const save = useCallback(
    async (answers: ReflectionAnswers) => {
      const result = await call('reflection:save-draft', { week, answers: toRequest(answers) })
      // Only the view (states, the other column) is taken from the reply: the draft on screen
      // may already be newer than what was just saved.
      if (result.ok) setView(result.value)
      return result
    },
    [week],
  )
  const autosave = useAutosave(save)
  const editable = !(view.sealed && view.mine.state === 'submitted')

  const change = (patch: ReflectionAnswers) => {
    const next = { ...draft, ...patch }
    setDraft(next)
    autosave.schedule(next)
  }

  const act = async (request: () => Promise<Result<ReflectionWeek>>) => {
    setBusy(true)
    setError(null)
    await autosave.flush()
    const result = await request()
    setBusy(false)
    if (!result.ok) return setError(result.error.message)
    setView(result.value)
    setDraft(result.value.mine.answers ?? {})
  }
  const seal = () => act(() => call('reflection:save-draft', { week, answers: toRequest(draft), sealed: true }))
  const submit = () => act(() => call('reflection:submit', { week }))

  return (
    <div className="stack">
      {view.revealed ? (
        <Notice title="You have both finished">
          <p>Here is your week, side by side. Take your time reading {otherName}’s answers.</p>
        </Notice>
      ) : view.sealed ? (
        <Notice title="This week is sealed">
          <p>
            {otherName}’s answers stay hidden until you have both finished, and yours stay hidden from {otherName}.
          </p>
        </Notice>
      ) : (
        <SealChoice otherName={otherName} onSeal={seal} busy={busy} />
      )}
      {error ? <Notice tone="error">{error}</Notice> : null}

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
        />
      ))}

      {editable ? <SaveStatus state={autosave.state} error={autosave.error} onRetry={() => void autosave.flush()} /> : null}
      {view.mine.state === 'submitted' ? (
        <p className="muted">You finished this week.</p>
      ) : (
        <SubmitBar sealed={view.sealed} otherName={otherName} onSubmit={submit} busy={busy} />
      )}
    </div>
  )
}
