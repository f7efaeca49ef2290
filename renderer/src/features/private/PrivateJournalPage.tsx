import { useCallback, useEffect, useState } from 'react'
import type { PrivateEntry, PrivateEntrySummary, SearchHit } from '../../../../shared/contract/journal'
import { call } from '../../api'
import { formatWhen } from '../../app/format'
import { useSession } from '../../app/session'
import { Button } from '../../components/Button'
import { Notice } from '../../components/Notice'
import { TextField } from '../../components/TextField'
import { Highlighted } from '../history/Highlighted'
import { useSearch } from '../history/useSearch'
import { ROUTE, useTarget } from '../reflection/open-later'
import { EntryEditor } from './EntryEditor'
import { EntryList } from './EntryList'
import './private.css'

type Open = { kind: 'none' } | { kind: 'new' } | { kind: 'entry'; entry: PrivateEntry }

const summaryOf = ({ text: _text, ...summary }: PrivateEntry): PrivateEntrySummary => summary

export function PrivateJournalPage() {
  const { partner, other } = useSession()
  const [entries, setEntries] = useState<PrivateEntrySummary[] | null>(null)
  const [open, setOpen] = useState<Open>({ kind: 'none' })
  // Bumped whenever another page is opened, so the editor starts fresh (and flushes the old one).
  const [editorKey, setEditorKey] = useState(0)
  const [error, setError] = useState<string | null>(null)
  // The entry in the editor, including a new one once its first save gave it an id.
  const [currentId, setCurrentId] = useState<string | null>(null)

  const openEntry = useCallback(async (id: string) => {
    setError(null)
    const result = await call('private:get', { id })
    if (!result.ok) return setError(result.error.message)
    setOpen({ kind: 'entry', entry: result.value })
    setCurrentId(result.value.id)
    setEditorKey((k) => k + 1)
  }, [])

  const target = useTarget(ROUTE.private)
  useEffect(() => {
    void call('private:list', {}).then((r) => (r.ok ? setEntries(r.value) : setError(r.error.message)))
    if (target) void openEntry(target)
  }, [openEntry, target])

  const onSaved = useCallback((entry: PrivateEntry) => {
    setCurrentId(entry.id)
    setEntries((list) => [summaryOf(entry), ...(list ?? []).filter((e) => e.id !== entry.id)].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1)))
  }, [])
  const onDeleted = useCallback((id: string) => {
    setEntries((list) => (list ?? []).filter((e) => e.id !== id))
    setOpen({ kind: 'none' })
    setCurrentId(null)
  }, [])
  const startNew = () => {
    setOpen({ kind: 'new' })
    setCurrentId(null)
    setEditorKey((k) => k + 1)
  }

  return (
    <div className="stack private-journal">
      <header>
        <h1>Private to {partner.name}</h1>
        <p className="muted">
          Only your passphrase opens these pages. {other?.name ?? 'Your partner'} cannot read them or find them in Hearth.
        </p>
      </header>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="private-journal__layout">
        <section aria-labelledby="entries-heading" className="private-journal__side">
          <h2 id="entries-heading">Your entries</h2>
          <Button onClick={startNew}>New entry</Button>
          <PrivateSearch onOpen={(id) => void openEntry(id)} />
          {entries ? <EntryList entries={entries} selectedId={currentId} onOpen={(id) => void openEntry(id)} /> : <p role="status">Opening your journal…</p>}
        </section>
        <div className="private-journal__main">
          {open.kind === 'none' ? (
            <p className="muted private-journal__empty">Choose an entry, or start a new one.</p>
          ) : (
            <EntryEditor key={editorKey} entry={open.kind === 'entry' ? open.entry : null} ownerName={partner.name} onSaved={onSaved} onDeleted={onDeleted} />
          )}
        </div>
      </div>
    </div>
  )
}

const isPrivate = (hit: SearchHit) => hit.kind === 'private'

/** Searches the active partner's own entries only (the service never returns anyone else's). */
function PrivateSearch({ onOpen }: { onOpen: (id: string) => void }) {
  const { q, setQ, hits, error, submit, clear } = useSearch(isPrivate)

  return (
    <form role="search" onSubmit={(e) => void submit(e)} className="private-search">
      <TextField label="Search your entries" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
      <div className="row">
        <Button type="submit" variant="secondary">
          Search
        </Button>
        {hits ? (
          <Button variant="quiet" onClick={clear}>
            Clear
          </Button>
        ) : null}
      </div>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {hits ? (
        <div role="status" className="private-search__results">
          <p>{hits.length === 0 ? 'Nothing in your entries matches that.' : `${hits.length} ${hits.length === 1 ? 'entry matches' : 'entries match'}.`}</p>
          <ul className="entry-list">
            {hits.map((h) => (
              <li key={h.id}>
                <button type="button" className="entry-list__item" onClick={() => onOpen(h.id)}>
                  <span className="entry-list__title">{h.title}</span>
                  <span className="entry-list__date">{formatWhen(h.date)}</span>
                  <span className="entry-list__excerpt">
                    <Highlighted text={h.snippet} matches={h.matches} />
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </form>
  )
}
