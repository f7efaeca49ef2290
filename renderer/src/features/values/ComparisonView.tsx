import type { CompletedRound } from '../../../../shared/contract/worksheets'
import { useSession } from '../../app/session'
import { Card } from '../../components/Card'
import { formatDay } from './worksheet-ui'

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** The opening line: what you share, then where you differ. A check-in, not a grade. */
export function comparisonLead(shared: number, differ: number): string {
  const share = shared > 0 ? `You share ${plural(shared, 'value', 'values')} that ${shared === 1 ? 'matters' : 'matter'} a lot to you both` : 'No value matters a lot to both of you in the same way this round'
  const gap = differ > 0 ? `you see ${plural(differ, 'value', 'values')} differently` : 'your ratings are close everywhere else'
  return `${share}, and ${gap}.`
}

/**
 * How a finished round compares: it leads with what you share and where you differ. No score
 * headline ("Alignment: 63 out of 100" stings, and the page itself says this is not a grade).
 */
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
      <p className="worksheet-big">{comparisonLead(comparison.aligned.length, comparison.biggestDifferences.length)}</p>
      <p className="muted">Differences are normal and often interesting. They show where it helps to ask, not who is right.</p>

      <h3>What you share</h3>
      {comparison.aligned.length > 0 ? (
        <p>{comparison.aligned.map((d) => d.name).join(', ')}</p>
      ) : (
        <p className="muted">No value matters a lot to both of you in the same way this round.</p>
      )}

      <h3>Where you differ</h3>
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
