import { useState } from 'react'
import type { BoundariesView, RevisionDiff } from '../../../../shared/contract/boundaries'
import { call } from '../../api'
import { formatWhen } from '../../app/format'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { Notice } from '../../components/Notice'

export interface HistoryPanelProps {
  view: BoundariesView
  nameOf: (id: 'A' | 'B') => string
}

/** Every version, newest first, and what changed between any two of them. */
export function HistoryPanel({ view, nameOf }: HistoryPanelProps) {
  const numbers = view.revisions.map((r) => r.number)
  const [from, setFrom] = useState(numbers[1] ?? numbers[0] ?? 1)
  const [to, setTo] = useState(numbers[0] ?? 1)
  const [diff, setDiff] = useState<RevisionDiff | null>(null)
  const [error, setError] = useState<string | null>(null)
  if (view.revisions.length === 0) return null

  const compare = async () => {
    setError(null)
    const result = await call('boundaries:compare', { from, to })
    if (result.ok) setDiff(result.value)
    else setError(result.error.message)
  }

  return (
    <Card aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      <ul className="revision-list">
        {view.revisions.map((r) => (
          <li key={r.number}>
            Version {r.number}, {formatWhen(r.createdAt)}, by {nameOf(r.author)}
            {r.agreed ? <strong> · signed by both</strong> : null}
          </li>
        ))}
      </ul>
      {view.revisions.length > 1 ? (
        <div className="row compare-row">
          <VersionSelect label="From version" value={from} numbers={numbers} onChange={setFrom} />
          <VersionSelect label="To version" value={to} numbers={numbers} onChange={setTo} />
          <Button variant="secondary" onClick={() => void compare()}>
            Show what changed
          </Button>
        </div>
      ) : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      {diff ? <DiffList diff={diff} nameOf={nameOf} /> : null}
    </Card>
  )
}

function VersionSelect({ label, value, numbers, onChange }: { label: string; value: number; numbers: number[]; onChange: (n: number) => void }) {
  const id = `select-${label.replace(/\s/g, '-').toLowerCase()}`
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="input" value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {numbers.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </div>
  )
}

function DiffList({ diff, nameOf }: { diff: RevisionDiff; nameOf: (id: 'A' | 'B') => string }) {
  if (diff.sections.length === 0 && !diff.reviewDate) return <p role="status">Versions {diff.from} and {diff.to} say the same.</p>
  return (
    <div role="status" className="diff">
      <h3>
        From version {diff.from} to version {diff.to}
      </h3>
      {diff.sections.map((s) => (
        <section key={s.sectionId} aria-label={s.title}>
          <h4>
            {s.title}
            {s.sectionAdded ? ' (new section)' : s.sectionRemoved ? ' (section removed)' : ''}
          </h4>
          <ul>
            {s.items.map((i) => (
              <li key={i.id} className={`diff__${i.kind}`}>
                {i.kind === 'added' ? <>Added: “{i.after}”</> : i.kind === 'removed' ? <>Removed: “{i.before}”</> : <>Changed: “{i.before}” became “{i.after}”</>}
              </li>
            ))}
            {s.needsChanged.map((p) => (
              <li key={p}>{nameOf(p)} changed what they need.</li>
            ))}
          </ul>
        </section>
      ))}
      {diff.reviewDate ? <p>The review date changed from {diff.reviewDate.before ?? 'none'} to {diff.reviewDate.after ?? 'none'}.</p> : null}
    </div>
  )
}
