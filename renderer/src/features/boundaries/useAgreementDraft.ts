import { useCallback, useEffect, useRef, useState } from 'react'
import type { AgreementDraft } from '../../../../shared/contract/agreement-draft'
import type { BoundariesView } from '../../../../shared/contract/boundaries'
import type { PartnerId } from '../../../../shared/domain'
import { call } from '../../api'
import { useAutosave } from '../reflection/useAutosave'
import { draftFromView, isDirty, type Draft } from './draft'
import { applyStored, toDraftInput } from './stored-draft'

/**
 * The agreement as the active partner is writing it: their own draft, saved as they type with
 * the same autosave as notes and the reflection (flushed before a lock and when the page goes
 * away), kept in the service as their private record, and put back when they return. Nothing
 * here makes a revision: that is only ever the explicit "Propose version N".
 */
export function useAgreementDraft(view: BoundariesView | null, me: PartnerId) {
  const [draft, setDraftState] = useState<Draft | null>(null)
  /** The version a restored draft was started from, when a newer one has come since. */
  const [olderBase, setOlderBase] = useState<number | null>(null)
  const [restored, setRestored] = useState(false)
  const basedOn = view?.latest?.number ?? 0
  const basedOnRef = useRef(basedOn)
  basedOnRef.current = basedOn

  const save = useCallback((next: Draft | null) => call('boundaries:save-draft', { draft: next ? toDraftInput(next, basedOnRef.current) : null }), [])
  const autosave = useAutosave(save)

  // The kept copy, once, when the page opens (undefined while it is being asked for).
  const [stored, setStored] = useState<AgreementDraft | null | undefined>(undefined)
  useEffect(() => {
    let live = true
    void call('boundaries:draft', {}).then((result) => {
      if (live) setStored(result.ok ? result.value : null)
    })
    return () => {
      live = false
    }
  }, [])

  const seenView = useRef<BoundariesView | null>(null)
  useEffect(() => {
    if (!view || stored === undefined) return
    if (seenView.current === view) return
    const first = seenView.current === null
    seenView.current = view
    if (first) {
      setDraftState(stored ? applyStored(view, me, stored) : draftFromView(view, me))
      if (stored) {
        setRestored(true)
        if (stored.basedOn !== (view.latest?.number ?? 0)) setOlderBase(stored.basedOn)
      }
      return
    }
    // A new version from the service (proposed or signed): the draft follows it unless it still
    // holds words of its own.
    setDraftState((d) => (d && isDirty(d, view, me) ? d : draftFromView(view, me)))
  }, [view, stored, me])

  const setDraft = (update: (d: Draft) => Draft) => {
    if (!draft) return
    const next = update(draft)
    setDraftState(next)
    // Back to exactly the agreement: nothing of one's own is left to keep.
    autosave.schedule(view && !isDirty(next, view, me) ? null : next)
  }

  /** After proposing: the draft became the new version, so the kept copy goes. */
  const proposed = async () => {
    autosave.discard()
    await autosave.flush()
    await call('boundaries:save-draft', { draft: null })
    setRestored(false)
    setOlderBase(null)
  }

  return { draft, setDraft, autosave, restored, olderBase, proposed }
}
