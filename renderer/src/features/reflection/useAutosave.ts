import { useCallback, useEffect, useRef, useState } from 'react'
import { useBeforeLock } from '../../app/lock-events'
import type { Result } from '../../../../shared/result'

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error'

export const AUTOSAVE_DELAY_MS = 500

/**
 * Saves what is typed without a Save button: each change is scheduled and written ~500 ms after
 * the last keystroke. Saves run one at a time, in order, always with the newest value. Before the
 * vault locks (idle timer, sleep, the Lock button) and when the screen goes away, whatever is
 * still waiting is written at once, so nothing typed is lost mid-sentence.
 */
export function useAutosave<T>(save: (value: T) => Promise<Result<unknown>>, delayMs = AUTOSAVE_DELAY_MS) {
  const saveRef = useRef(save)
  const pending = useRef<{ value: T } | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const inFlight = useRef<Promise<void> | null>(null)
  const [state, setState] = useState<SaveState>('idle')
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    saveRef.current = save
  }, [save])

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current)
    while (inFlight.current) await inFlight.current
    const next = pending.current
    if (!next) return
    pending.current = null
    setState('saving')
    const run = (async () => {
      const result = await saveRef.current(next.value)
      if (result.ok) {
        setError(null)
        setState(pending.current ? 'pending' : 'saved')
        return
      }
      // Keep the words for a retry unless something newer is already waiting.
      pending.current ??= next
      setError(result.error.message)
      setState('error')
    })()
    inFlight.current = run.finally(() => {
      inFlight.current = null
    })
    await inFlight.current
  }, [])

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value }
      setState('pending')
      clearTimeout(timer.current)
      timer.current = setTimeout(() => void flush(), delayMs)
    },
    [flush, delayMs],
  )

  /** Drops whatever is waiting (the entry was deleted, there is nothing left to save it to). */
  const discard = useCallback(() => {
    clearTimeout(timer.current)
    pending.current = null
    setState('idle')
  }, [])

  useBeforeLock(flush)
  useEffect(
    () => () => {
      void flush()
    },
    [flush],
  )

  return { schedule, flush, discard, state, error }
}
