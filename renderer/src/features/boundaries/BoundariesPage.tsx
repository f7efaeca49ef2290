import { useEffect, useState } from 'react'
import { useBeforeLock } from '../../app/lock-events'
import { useNavigation } from '../../app/navigation'
import { useSession } from '../../app/session'
import { Button } from '../../components/Button'
import { Notice } from '../../components/Notice'
import { AgreementEditor } from './AgreementEditor'
import { draftFromView, isDirty, saveRequest, type Draft } from './draft'
import { HistoryPanel } from './HistoryPanel'
import { formatDay } from './signature-words'
import { SignaturePanel } from './SignaturePanel'
import { useBoundaries } from './useBoundaries'
import './boundaries.css'

export const BOUNDARIES_PRINT_ROUTE_ID = 'boundaries-print'

export function BoundariesPage() {
  const { partner, other } = useSession()
  const { go } = useNavigation()
  const state = useBoundaries()
  const { view } = state
  const [draft, setDraft] = useState<Draft | null>(null)
  const latestNumber = view?.latest?.number ?? 0
  const otherName = other?.name ?? 'Your partner'
  const nameOf = (id: 'A' | 'B') => (id === partner.id ? partner.name : otherName)

  // A new revision from the service (ours or our partner's) becomes the new starting point.
  useEffect(() => {
    if (view) setDraft(draftFromView(view, partner.id))
  }, [view, partner.id])

  const dirty = draft !== null && view !== null && isDirty(draft, view, partner.id)
  const save = () => (draft ? state.save(saveRequest(draft, latestNumber)) : Promise.resolve(false))
  // Unsaved words are saved as a version before Hearth locks, rather than lost.
  useBeforeLock(async () => {
    if (dirty) await save()
  })

  if (state.loadError) return <Notice tone="error" title="The agreement could not be opened">{state.loadError}</Notice>
  if (!view || !draft) return <p role="status">Opening your agreement…</p>

  return (
    <div className="stack boundaries-page">
      <div>
        <h1>Our boundaries agreement</h1>
        <p className="muted measure">
          Boundaries are how each of you stays yourself while you are together. Each of you writes what you need; then, together, write down what you agree, in
          your own words. When you are both happy with it, each of you signs with your own passphrase.
        </p>
      </div>
      {view.fileNotice ? <Notice tone="warning" title="The agreement file was damaged">{view.fileNotice}</Notice> : null}
      {view.reviewDue && view.latest?.reviewDate ? (
        <Notice tone="info" title="Time to look at your agreement again">
          <p>You planned to revisit it on {formatDay(view.latest.reviewDate)}. Read it together and change what no longer fits.</p>
        </Notice>
      ) : null}
      {state.error ? <Notice tone="error">{state.error}</Notice> : null}
      {state.done ? <Notice tone="info">{state.done}</Notice> : null}
      {view.latest ? (
        <SignaturePanel latest={view.latest} me={partner} nameOf={nameOf} dirty={dirty} busy={state.busy === 'sign'} onSign={(p) => state.sign(latestNumber, p)} />
      ) : null}
      <div className="row">
        <Button variant="secondary" onClick={() => go(BOUNDARIES_PRINT_ROUTE_ID)} disabled={!view.latest}>
          Print or save as PDF
        </Button>
      </div>
      <AgreementEditor
        draft={draft}
        setDraft={(update) => setDraft((d) => (d ? update(d) : d))}
        myName={partner.name}
        otherName={otherName}
        nextNumber={latestNumber + 1}
        dirty={dirty}
        busy={state.busy === 'save'}
        onSave={() => void save()}
      />
      <HistoryPanel key={latestNumber} view={view} nameOf={nameOf} />
    </div>
  )
}
