import type { CompletedRound } from '../../../../shared/contract/worksheets'
import { useSession } from '../../app/session'
import { Card } from '../../components/Card'
import { formatDay } from './worksheet-ui'

/** How a finished round compares. The score opens a conversation; the copy never calls a gap bad. */
export function ComparisonView({ round }: { round: CompletedRound }) {
  const { status } = useSession()
  const name = (id: 'A' | 'B') => status.partners.find((p) => p.id === id)?.name ?? (id === 'A' ? 'Partner A' : 'Partner B')
  const { comparison } = round
  return (
    <Card aria-labelledby="values-compare">
      <h2 id="values-compare">How your values compare</h2>
      <p className="worksheet-meta">
        Round {round.number}, finished {formatDay(round.completedAt)}
      </p>
      {comparison.score !== null ? (
        <p className="worksheet-big">
          Alignment: {comparison.score} out of 100
        </p>
      ) : null}
      <p className="muted">Differences are normal and often interesting. They show where it helps to ask, not who is right.</p>

      <h3>Where you align</h3>
      {comparison.aligned.length > 0 ? (
        <p>{comparison.aligned.map((d) => d.name).join(', ')}</p>
      ) : (
        <p className="muted">No value matters a lot to both of you in the same way this round.</p>
      )}

      <h3>Where you differ most</h3>
      {comparison.biggestDifferences.length > 0 ? (
        <ul className="worksheet-list">
          {comparison.biggestDifferences.map((d) => (
            <li key={d.valueId}>
              <strong>{d.name}</strong>: {name('A')} {d.a}, {name('B')} {d.b}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">Your ratings are close everywhere: no gap of two points or more.</p>
      )}

      {comparison.prompts.length > 0 ? (
        <>
          <h3>Something to talk about</h3>
          <ul className="worksheet-list">
            {comparison.prompts.map((p) => (
              <li key={p.valueId}>{p.text}</li>
            ))}
          </ul>
        </>
      ) : null}

      <details>
        <summary>All ratings side by side</summary>
        <table className="worksheet-table">
          <thead>
            <tr>
              <th scope="col">Value</th>
              <th scope="col">{name('A')}</th>
              <th scope="col">{name('B')}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.differences.map((d) => (
              <tr key={d.valueId}>
                <th scope="row">{d.name}</th>
                <td>{d.a}</td>
                <td>{d.b}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </Card>
  )
}
