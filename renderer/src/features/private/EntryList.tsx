import type { PrivateEntrySummary } from '../../../../shared/contract/journal'
import { formatWhen } from '../../app/format'

export interface EntryListProps {
  entries: PrivateEntrySummary[]
  selectedId: string | null
  onOpen: (id: string) => void
}

/** The active partner's entries by date, newest first. */
export function EntryList({ entries, selectedId, onOpen }: EntryListProps) {
  if (entries.length === 0) return <p className="muted">No entries yet. The first page is waiting whenever you are.</p>
  return (
    <ul className="entry-list">
      {entries.map((e) => (
        <li key={e.id}>
          <button type="button" className="entry-list__item" aria-current={e.id === selectedId ? 'true' : undefined} onClick={() => onOpen(e.id)}>
            <span className="entry-list__title">{e.title || 'Untitled entry'}</span>
            <span className="entry-list__date">{formatWhen(e.createdAt)}</span>
            {e.excerpt ? <span className="entry-list__excerpt">{e.excerpt}</span> : null}
          </button>
        </li>
      ))}
    </ul>
  )
}
