import type { DiscussedCard } from '../../../../shared/contract/worksheets'
import { useSession } from '../../app/session'
import { Card } from '../../components/Card'
import { formatDay } from '../values/worksheet-ui'

export function DiscussedList({ discussed }: { discussed: DiscussedCard[] | null }) {
  const { status } = useSession()
  const name = (id: 'A' | 'B') => status.partners.find((p) => p.id === id)?.name ?? id
  return (
    <Card aria-labelledby="cards-discussed">
      <h2 id="cards-discussed">Cards you have talked about</h2>
      {discussed === null ? null : discussed.length === 0 ? (
        <p className="muted">Nothing yet. When you mark a card as talked about, it shows here with your note.</p>
      ) : (
        <ul className="worksheet-list">
          {discussed.slice(0, 50).map((d) => (
            <li key={d.id}>
              <p>{d.text}</p>
              {d.note ? <p className="conversation-note">{d.note}</p> : null}
              <p className="worksheet-meta">
                {formatDay(d.at)}, marked by {name(d.by)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  )
}
