import { useId, useState } from 'react'
import type { ImportPreview } from '../../../../shared/contract/carry'
import { call } from '../../api'
import { formatWhen } from '../../app/format'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { Notice } from '../../components/Notice'
import { useAsyncAction } from '../vault/useAsyncAction'

const dayOf = (iso: string) => formatWhen(iso).replace(/, \d{2}:\d{2}$/, '')

/** "Bring in entries from another journal": choose a file, see what it holds, then import. */
export function ImportCard() {
  const id = useId()
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [added, setAdded] = useState<number | null>(null)
  const { busy, error, run } = useAsyncAction()

  const choose = async () => {
    setAdded(null)
    setPreview(null)
    const value = await run(() => call('carry:import-open', {}))
    if (value) setPreview(value)
  }

  const confirm = async () => {
    if (!preview) return
    const value = await run(() => call('carry:import', { token: preview.token }))
    if (value) {
      setPreview(null)
      setAdded(value.added)
    }
  }

  const cancel = () => {
    void call('carry:import-cancel', {})
    setPreview(null)
  }

  return (
    <Card aria-labelledby={`${id}-title`} className="carry-card">
      <h2 id={`${id}-title`}>Bring in entries from another journal</h2>
      <p className="muted">
        From Day One (its JSON export, as a .zip), jrnl (<code>jrnl --export json</code>) or a .zip of Markdown files.
        They go into your own private journal, with the dates they were written. You see what is in the file before
        anything is added, and importing the same file again adds nothing.
      </p>
      {error ? (
        <Notice tone="error" title="Nothing was imported">
          {error}
        </Notice>
      ) : null}
      {added !== null ? (
        <Notice tone="info">
          {added === 0
            ? 'Nothing new: every entry in that file is already in your journal.'
            : `Added ${added} ${added === 1 ? 'entry' : 'entries'} to your private journal.`}
        </Notice>
      ) : null}
      {preview ? (
        <div className="stack">
          <Notice tone="info" title={`${preview.fileName}: a ${preview.format} export`}>
            <dl className="carry-preview">
              <dt>New entries</dt>
              <dd>
                {preview.count}
                {preview.duplicates > 0 ? ` (${preview.duplicates} already in your journal, skipped)` : ''}
              </dd>
              {preview.from && preview.to ? (
                <>
                  <dt>Written</dt>
                  <dd>
                    {dayOf(preview.from)} to {dayOf(preview.to)}
                  </dd>
                </>
              ) : null}
              {preview.firstTitles.length > 0 ? (
                <>
                  <dt>First entries</dt>
                  <dd>
                    <ul className="carry-titles">
                      {preview.firstTitles.map((t, i) => (
                        <li key={i}>{t}</li>
                      ))}
                    </ul>
                  </dd>
                </>
              ) : null}
            </dl>
          </Notice>
          <div className="row">
            <Button
              onClick={() => void confirm()}
              busy={busy}
              busyLabel="Importing…"
              aria-disabled={preview.count === 0 || undefined}
            >
              {preview.count === 0
                ? 'Nothing new to import'
                : `Import ${preview.count} ${preview.count === 1 ? 'entry' : 'entries'}`}
            </Button>
            <Button variant="secondary" onClick={cancel}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <Button variant="secondary" onClick={() => void choose()} busy={busy} busyLabel="Reading the file…">
          Choose a file to import…
        </Button>
      )}
    </Card>
  )
}
