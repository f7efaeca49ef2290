import { useCallback, useRef, useState } from 'react'
import type { ReflectionAnswers, ReflectionWeek } from '../../../../shared/contract/journal'
import type { Result } from '../../../../shared/result'
import { call } from '../../api'
import { useAutosave } from './useAutosave'

/** Every prompt id with '' or null for "no answer", so a cleared answer is cleared on disk too. */
export function toRequest(answers: ReflectionAnswers) {
  return {
    connected: answers.connected ?? '',
    hard: answers.hard ?? '',
    appreciated: answers.appreciated ?? '',
    need: answers.need ?? '',
    together: answers.together ?? '',
    rating: answers.rating ?? null,
  }
}

/**
 * One week as the active partner works on it: their draft (saved as they type), the view the
 * service last returned (both columns), and the two one-off actions, sealing and finishing.
 */
export function useWeekDraft(initial: ReflectionWeek) {
  const [view, setView] = useState(initial)
  const [draft, setDraft] = useState<ReflectionAnswers>(initial.mine.answers ?? {})
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const week = view.week
  const sealedRef = useRef(initial.sealed)
  sealedRef.current = view.sealed

  const save = useCallback(
    async (answers: ReflectionAnswers) => {
      // Words typed under the seal say so themselves: the service then never saves them open,
      // even if this save overtook the act of sealing.
      const result = await call('reflection:save-draft', { week, answers: toRequest(answers), ...(sealedRef.current ? { sealed: true } : {}) })
      // Only the view (states, the other column) is taken from the reply: the draft on screen
      // may already be newer than what was just saved.
      if (result.ok) setView(result.value)
      return result
    },
    [week],
  )
  const autosave = useAutosave(save)

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

  return {
    view,
    draft,
    busy,
    error,
    autosave,
    /** Sealed and finished: the answers are kept exactly as they were handed in. */
    editable: !(view.sealed && view.mine.state === 'submitted'),
    change,
    /**
     * Sealing goes to the service before anything still waiting to be saved, so those words are
     * saved under the seal; opening saves them first (they are about to be shown anyway).
     */
    seal: async (sealed: boolean) => {
      setBusy(true)
      setError(null)
      if (sealed) sealedRef.current = true
      else await autosave.flush()
      const result = await call('reflection:set-sealed', { week, sealed })
      setBusy(false)
      if (!result.ok) return setError(result.error.message)
      // Only the view: the words on screen may be newer than the service's copy.
      setView(result.value)
      await autosave.flush()
    },
    submit: () => act(() => call('reflection:submit', { week })),
  }
}
