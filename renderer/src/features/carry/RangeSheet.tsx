import type { PrivateEntry, ReflectionWeek } from '../../../../shared/contract/journal'
import { getReflectionPrompt, REFLECTION_PROMPT_IDS } from '../../../../shared/content/reflection'
import type { PartnerInfo } from '../../../../shared/domain'
import { formatWhen } from '../../app/format'

export interface RangeSheetProps {
  me: PartnerInfo
  partners: PartnerInfo[]
  from: string
  to: string
  entries: PrivateEntry[]
  weeks: ReflectionWeek[]
}

/** The printed range: the shared weeks and the partner's own private entries, oldest first. */
export function RangeSheet({ me, partners, from, to, entries, weeks }: RangeSheetProps) {
  const nameOf = (id: string) => partners.find((p) => p.id === id)?.name ?? id
  return (
    <article className="print-sheet" aria-label="Printable journal pages">
      <header className="print-sheet__head">
        <p className="print-sheet__kicker">Hearth</p>
        <h1>
          {me.name}'s journal, {from} to {to}
        </h1>
        <p className="print-sheet__between">
          {entries.length} private {entries.length === 1 ? 'entry' : 'entries'} and {weeks.length} shared{' '}
          {weeks.length === 1 ? 'week' : 'weeks'}
        </p>
      </header>
      {weeks.length > 0 ? (
        <section className="print-sheet__section" aria-labelledby="range-weeks">
          <h2 id="range-weeks">Our weeks</h2>
          {weeks.map((w) => (
            <div key={w.week} className="range-week">
              <h3>{w.label}</h3>
              {[w.mine, w.theirs].map((col) => (
                <div key={col.partner}>
                  <h4>{nameOf(col.partner)}</h4>
                  {col.hidden ? (
                    <p>Still sealed until you have both finished.</p>
                  ) : (
                    <dl>
                      {REFLECTION_PROMPT_IDS.filter(
                        (id) => col.answers?.[id] !== undefined && col.answers?.[id] !== '',
                      ).map((id) => (
                        <div key={id}>
                          <dt>{getReflectionPrompt(id).label}</dt>
                          <dd>{String(col.answers?.[id] ?? '')}</dd>
                        </div>
                      ))}
                    </dl>
                  )}
                </div>
              ))}
            </div>
          ))}
        </section>
      ) : null}
      {entries.length > 0 ? (
        <section className="print-sheet__section" aria-labelledby="range-entries">
          <h2 id="range-entries">My private entries</h2>
          {entries.map((e) => (
            <div key={e.id} className="range-entry">
              <h3>{e.title || 'Untitled entry'}</h3>
              <p className="print-sheet__note">{formatWhen(e.createdAt)}</p>
              <p className="range-entry__text">{e.text}</p>
            </div>
          ))}
        </section>
      ) : null}
    </article>
  )
}
