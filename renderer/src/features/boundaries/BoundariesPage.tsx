import { useNavigation } from '../../app/navigation'
import { useSession } from '../../app/session'
import { Button } from '../../components/Button'
import { Notice } from '../../components/Notice'
import { AgreementActions } from './AgreementActions'
import { AgreementEditor } from './AgreementEditor'
import { isDirty, saveRequest } from './draft'
import { HistoryPanel } from './HistoryPanel'
import { formatDay } from './signature-words'
import { SignaturePanel } from './SignaturePanel'
import { draftChanges } from './stored-draft'
import { useAgreementDraft } from './useAgreementDraft'
import { useBoundaries } from './useBoundaries'
import './boundaries.css'

export const BOUNDARIES_PRINT_ROUTE_ID = 'boundaries-print'

export function BoundariesPage() {
  const { partner, other } = useSession()
  const { go } = useNavigation()
  const state = useBoundaries()
  const { view } = state
  const { draft, setDraft, autosave, restored, olderBase, proposed } = useAgreementDraft(view, partner.id)
  const latestNumber = view?.latest?.number ?? 0
  const otherName = other?.name ?? 'Your partner'
  const nameOf = (id: 'A' | 'B') => (id === partner.id ? partner.name : otherName)

  const dirty = draft !== null && view !== null && isDirty(draft, view, partner.id)
  // The only way a version is made: the partner proposes it. A lock keeps the draft (the
  // autosave flushes it to their own record); it never saves a version.
  const propose = async () => {
    if (!draft) return false
    const done = await state.save(saveRequest(draft, latestNumber))
    // The dialog closes at once; dropping the kept copy follows in the background.
    if (done) void proposed()
    return done
  }
  const mine = view?.latest?.signatures.find((s) => s.partner === partner.id)
  const canSign = mine?.state === 'unsigned' && view?.latest?.chainOk === true
  const goToSign = () => {
    const field = document.querySelector<HTMLInputElement>('.sign-form input')
    field?.scrollIntoView({ block: 'center' })
    field?.focus()
  }

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
      {restored && dirty ? (
        <Notice tone="info" title="Your draft is here">
          <p>
            What you were writing is just as you left it. Only you can see it until you propose it.
            {olderBase !== null ? ` ${otherName} proposed a newer version since you started, so read theirs before you propose yours.` : ''}
          </p>
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
      <AgreementEditor draft={draft} setDraft={setDraft} myName={partner.name} otherName={otherName} />
      <HistoryPanel key={latestNumber} view={view} nameOf={nameOf} />
      <AgreementActions
        otherName={otherName}
        nextNumber={latestNumber + 1}
        latestNumber={latestNumber}
        dirty={dirty}
        canSign={canSign}
        changes={dirty ? draftChanges(draft, view, partner.id) : []}
        saveState={autosave.state}
        saveError={autosave.error}
        onRetry={() => void autosave.flush()}
        proposing={state.busy === 'save'}
        onPropose={propose}
        onGoToSign={goToSign}
      />
    </div>
  )
}
