import { useState } from 'react'
import type { ValuesHistory } from '../../../../shared/contract/worksheets'
import { call } from '../../api'
import { useSession } from '../../app/session'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { Notice } from '../../components/Notice'
import { useAsyncAction } from '../vault/useAsyncAction'

const arrow = (list: (number | null)[]) => list.map((n) => (n === null ? '–' : String(n))).join(' → ')

/** Past rounds, and how each value moved from one round to the next. */
export function ValuesHistoryView() {
  const { status } = useSession()
  const [history, setHistory] = useState<ValuesHistory | null>(null)
  const { busy, error, run } = useAsyncAction()
  const name = (id: 'A' | 'B') => status.partners.find((p) => p.id === id)?.name ?? id
  const moved = history?.trends.filter((t) => new Set(t.A).size > 1 || new Set(t.B).size > 1) ?? []

  return (
    <Card aria-labelledby="values-history">
      <h2 id="values-history">How your values have moved</h2>
      {!history ? (
        <Button variant="secondary" busy={busy} busyLabel="Opening…" onClick={() => void run(() => call('values:history', {})).then((h) => h && setHistory(h))}>
          Show past rounds
        </Button>
      ) : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      {history ? (
        <>
          <p className="muted">
            {history.rounds.length === 1
              ? 'One round so far. After your next one, you will see here what changed.'
              : `${history.rounds.length} rounds so far. ${moved.length === 0 ? 'No rating has changed between them.' : 'These values moved:'}`}
          </p>
          {moved.length > 0 ? (
            <table className="worksheet-table">
              <thead>
                <tr>
                  <th scope="col">Value</th>
                  <th scope="col">{name('A')}</th>
                  <th scope="col">{name('B')}</th>
                </tr>
              </thead>
              <tbody>
                {moved.map((t) => (
                  <tr key={t.valueId}>
                    <th scope="row">{t.name}</th>
                    <td>{arrow(t.A)}</td>
                    <td>{arrow(t.B)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </>
      ) : null}
    </Card>
  )
}
