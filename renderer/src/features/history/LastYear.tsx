import type { LastYear as LastYearData } from '../../../../shared/contract/journal'
import type { PartnerId } from '../../../../shared/domain'
import { getReflectionPrompt, REFLECTION_PROMPT_IDS } from '../../../../shared/content/reflection'
import { Button } from '../../components/Button'

export interface LastYearProps {
  data: LastYearData | null
  names: Record<PartnerId, string>
  me: PartnerId
  onOpenWeek: (week: string) => void
  onOpenEntry: (id: string) => void
}

/** "This week last year": what you wrote then, when there is something. */
export function LastYear({ data, names, me, onOpenWeek, onOpenEntry }: LastYearProps) {
  return (
    <section aria-labelledby="last-year-heading" className="last-year">
      <h2 id="last-year-heading">This week last year</h2>
      {!data ? <p className="muted">Nothing from this week last year yet. Next year, this is where today will come back to you.</p> : null}
      {data ? <p className="muted">{data.week.label}</p> : null}
      {data?.reflection ? (
        <div>
          {[data.reflection.mine, data.reflection.theirs].map((col) => {
            const first = REFLECTION_PROMPT_IDS.map((id) => ({ id, value: col.answers?.[id] })).find((a) => typeof a.value === 'string' && a.value)
            if (!first) return null
            return (
              <blockquote key={col.partner} className="last-year__quote">
                <p>{String(first.value)}</p>
                <footer>
                  {col.partner === me ? 'You' : names[col.partner]}, on “{getReflectionPrompt(first.id).label.toLowerCase()}”
                </footer>
              </blockquote>
            )
          })}
          <Button variant="quiet" onClick={() => onOpenWeek(data.week.week)}>
            Read that week’s reflection
          </Button>
        </div>
      ) : null}
      {data && data.notes.length > 0 ? (
        <ul className="last-year__notes">
          {data.notes.map((n) => (
            <li key={n.id}>
              “{n.text}” <span className="muted">from {n.from === me ? 'you' : names[n.from]}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {data && data.privateEntries.length > 0 ? (
        <ul className="last-year__notes">
          {data.privateEntries.map((e) => (
            <li key={e.id}>
              <Button variant="quiet" onClick={() => onOpenEntry(e.id)}>
                {e.title || 'Untitled entry'}
              </Button>{' '}
              <span className="muted">in your private journal</span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
