import type { RitualLogEntry } from '../../../../shared/contract/worksheets'
import { formatDate } from '../../app/format'
import { useSession } from '../../app/session'
import { Card } from '../../components/Card'
import { FEELING_LABELS } from './LogTogetherForm'

/** A logged date is a local calendar day, shown in the user's locale. */
const formatLogged = (date: string) => formatDate(date, { weekday: 'short', day: 'numeric', month: 'short' })

export function RitualLogList({ log }: { log: RitualLogEntry[] | null }) {
  const { status } = useSession()
  const name = (id: 'A' | 'B') => status.partners.find((p) => p.id === id)?.name ?? id
  return (
    <Card aria-labelledby="rituals-log">
      <h2 id="rituals-log">What you have done together</h2>
      {log && log.length === 0 ? <p className="muted">Nothing logged yet.</p> : null}
      <ul className="worksheet-list">
        {(log ?? []).slice(0, 50).map((e) => (
          <li key={e.id}>
            <p>
              <strong>{e.what}</strong> <span className="worksheet-tag">{FEELING_LABELS[e.feeling]}</span>
            </p>
            {e.note ? <p>{e.note}</p> : null}
            <p className="worksheet-meta">
              {formatLogged(e.date)}, logged by {name(e.by)}
            </p>
          </li>
        ))}
      </ul>
    </Card>
  )
}
