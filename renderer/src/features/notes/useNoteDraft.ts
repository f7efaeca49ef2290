import { useCallback, useEffect, useRef, useState } from 'react'
import { call } from '../../api'
import { useAutosave } from '../reflection/useAutosave'

/**
 * The note being written, kept as the writer types (the same autosave as the reflection and the
 * private journal: debounced, one save at a time, flushed before a lock and on unmount), so a
 * lock mid-sentence loses nothing. The draft is the writer's own record; the recipient never
 * sees it. When the composer opens, the kept draft comes back, unless typing has already begun.
 */
export function useNoteDraft() {
  const [text, setText] = useState('')
  const typed = useRef(false)
  const save = useCallback((next: string) => call('notes:save-draft', { text: next }), [])
  const autosave = useAutosave(save)

  useEffect(() => {
    let live = true
    void call('notes:draft', {}).then((result) => {
      if (live && result.ok && result.value && !typed.current) setText(result.value.text)
    })
    return () => {
      live = false
    }
  }, [])

  const change = (next: string) => {
    typed.current = true
    setText(next)
    autosave.schedule(next)
  }

  /**
   * Before sending: nothing waiting may be saved after the note has gone (the send clears the
   * draft on disk), so the pending save is dropped and any save already running is waited for.
   */
  const settle = async () => {
    autosave.discard()
    await autosave.flush()
  }

  /** After a failed send the words are still the draft: keep them. */
  const keep = () => autosave.schedule(text)

  const clear = () => setText('')

  return { text, change, settle, keep, clear, autosave }
}
