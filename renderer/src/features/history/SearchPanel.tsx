import type { SearchHit, SearchHitKind } from '../../../../shared/contract/journal'
import { formatWhen } from '../../app/format'
import { Button } from '../../components/Button'
import { Notice } from '../../components/Notice'
import { TextField } from '../../components/TextField'
import { Highlighted } from './Highlighted'
import { useSearch } from './useSearch'

const KIND_LABEL: Record<SearchHitKind, string> = {
  reflection: 'Reflection',
  private: 'Your private journal',
  note: 'Note',
}

/** Search everything you may read: reflections you can see, your own entries, all notes. */
export function SearchPanel({ onOpen }: { onOpen: (hit: SearchHit) => void }) {
  const { q, setQ, hits, searched, error, submit } = useSearch()

  return (
    <section aria-labelledby="search-heading">
      <h2 id="search-heading">Search</h2>
      <form role="search" onSubmit={(e) => void submit(e)} className="search-form">
        <TextField
          label="Search your reflections, notes and private entries"
          hint="Only what you can already read is searched."
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </form>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div role="status">
        {hits ? <p>{hits.length === 0 ? `Nothing matches “${searched}”.` : `${hits.length} ${hits.length === 1 ? 'match' : 'matches'} for “${searched}”.`}</p> : null}
      </div>
      {hits && hits.length > 0 ? (
        <ul className="search-results">
          {hits.map((h) => (
            <li key={`${h.kind}-${h.id}-${h.title}`}>
              <p className="search-results__kind">
                {KIND_LABEL[h.kind]} · {formatWhen(h.date)}
              </p>
              <Button variant="quiet" onClick={() => onOpen(h)}>
                {h.title}
              </Button>
              <p className="search-results__snippet">
                <Highlighted text={h.snippet} matches={h.matches} />
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
