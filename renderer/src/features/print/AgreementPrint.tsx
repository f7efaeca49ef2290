import { Button } from '../../components/Button'
import { useEffect, useState } from 'react'
import type { BoundariesView, RevisionView } from '../../../../shared/contract/boundaries'
import { call } from '../../api'
import { useNavigation } from '../../app/navigation'
import { useSession } from '../../app/session'
import { Notice } from '../../components/Notice'
import { AgreementSheet } from './AgreementSheet'
import { PrintFrame } from './PrintFrame'

/** The print route for the agreement: the newest version, or any earlier one the couple picks. */
export function AgreementPrint() {
  const { status } = useSession()
  const { go } = useNavigation()
  const [view, setView] = useState<BoundariesView | null>(null)
  const [chosen, setChosen] = useState<number | null>(null)
  const [revision, setRevision] = useState<RevisionView | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    void call('boundaries:get', {}).then((r) => (r.ok ? setView(r.value) : setError(r.error.message)))
  }, [])

  const number = chosen ?? view?.latest?.number ?? null
  useEffect(() => {
    if (number === null) return
    if (view?.latest?.number === number) return setRevision(view.latest)
    void call('boundaries:revision', { number }).then((r) => (r.ok ? setRevision(r.value) : setError(r.error.message)))
  }, [number, view])

  if (error) return <Notice tone="error">{error}</Notice>
  if (!view) return <p role="status">Preparing the agreement for printing…</p>
  if (!view.latest || !revision)
    return (
      <div className="stack">
        <h1>Print the agreement</h1>
        <p>There is no agreement to print yet. Write it together on the Boundaries page first.</p>
        <p>
          <Button variant="secondary" onClick={() => go('boundaries')}>
            Go to Boundaries
          </Button>
        </p>
      </div>
    )

  const today = new Date().toISOString().slice(0, 10)
  return (
    <PrintFrame suggestedName={`Hearth boundaries agreement v${revision.number} ${today}`} title="Print the agreement" onBack={() => go('boundaries')} backLabel="Back to the agreement">
      {view.revisions.length > 1 ? (
        <div className="field no-print print-version">
          <label className="field__label" htmlFor="print-version">
            Version to print
          </label>
          <select id="print-version" className="input" value={revision.number} onChange={(e) => setChosen(Number(e.target.value))}>
            {view.revisions.map((r) => (
              <option key={r.number} value={r.number}>
                Version {r.number}
                {r.agreed ? ' (signed by both)' : ''}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <AgreementSheet revision={revision} partners={status.partners} printedOn={new Date()} />
    </PrintFrame>
  )
}
