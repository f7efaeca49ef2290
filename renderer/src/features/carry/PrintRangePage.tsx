import { useState, type FormEvent } from 'react'
import type { PrivateEntry, ReflectionWeek } from '../../../../shared/contract/journal'
import { call } from '../../api'
import { useNavigation } from '../../app/navigation'
import { useSession } from '../../app/session'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { Notice } from '../../components/Notice'
import { DateField } from '../../components/DateField'
import { PrintFrame } from '../print/PrintFrame'
import { RangeSheet } from './RangeSheet'
import './carry.css'

const DAY = /^\d{4}-\d{2}-\d{2}$/
const isoDay = (d: Date) => d.toISOString().slice(0, 10)

/** A partner prints their own private entries and the shared weeks between two dates (for a therapist, say). */
export function PrintRangePage() {
  const { partner, status } = useSession()
  const { go } = useNavigation()
  const [from, setFrom] = useState(isoDay(new Date(Date.now() - 30 * 86_400_000)))
  const [to, setTo] = useState(isoDay(new Date()))
  const [fieldError, setFieldError] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [sheet, setSheet] = useState<{ entries: PrivateEntry[]; weeks: ReflectionWeek[] } | null>(null)

  const prepare = async (event: FormEvent) => {
    event.preventDefault()
    if (!DAY.test(from) || !DAY.test(to) || from > to) {
      setFieldError('Use two dates like 2026-11-01, the first on or before the second.')
      return
    }
    setFieldError(null)
    setError(null)
    setBusy(true)
    const inRange = (iso: string) => iso.slice(0, 10) >= from && iso.slice(0, 10) <= to
    const [list, weeks] = await Promise.all([call('private:list', {}), call('reflection:list', {})])
    if (!list.ok || !weeks.ok) {
      setBusy(false)
      setError(!list.ok ? list.error.message : !weeks.ok ? weeks.error.message : '')
      return
    }
    const chosen = list.value.filter((e) => inRange(e.createdAt)).sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))
    const entries = await Promise.all(chosen.map((e) => call('private:get', { id: e.id })))
    const shared = weeks.value
      .filter((w) => w.endsOn >= from && w.startsOn <= to)
      .sort((a, b) => (a.week < b.week ? -1 : 1))
    const full = await Promise.all(shared.map((w) => call('reflection:get', { week: w.week })))
    setBusy(false)
    const failed = [...entries, ...full].find((r) => !r.ok)
    if (failed && !failed.ok) return setError(failed.error.message)
    setSheet({
      entries: entries.flatMap((r) => (r.ok ? [r.value] : [])),
      weeks: full.flatMap((r) => (r.ok ? [r.value] : [])),
    })
  }

  if (sheet) {
    return (
      <PrintFrame
        suggestedName={`Hearth ${partner.name} ${from} to ${to}`}
        title="Print a date range"
        onBack={() => setSheet(null)}
        backLabel="Choose other dates"
      >
        <RangeSheet
          me={partner}
          partners={status.partners}
          from={from}
          to={to}
          entries={sheet.entries}
          weeks={sheet.weeks}
        />
      </PrintFrame>
    )
  }

  return (
    <div className="stack">
      <div>
        <h1>Print a date range</h1>
        <p className="muted">
          Your own private entries and your shared weeks between two dates, on paper or as a PDF: for a session with a
          therapist, say.
        </p>
      </div>
      <Card className="carry-card" aria-label="Dates to print">
        <Notice tone="warning" title="A printed copy is not encrypted">
          <p>Anyone who finds the paper, or the PDF file, can read it.</p>
        </Notice>
        <form onSubmit={(e) => void prepare(e)} noValidate>
          <div className="row">
            <DateField
              label="From"
              value={from}
              onChange={(e) => setFrom(e.target.value)}
              error={fieldError}
            />
            <DateField label="To" value={to} onChange={(e) => setTo(e.target.value)} />
          </div>
          {error ? <Notice tone="error">{error}</Notice> : null}
          <div className="row">
            <Button type="submit" busy={busy} busyLabel="Gathering…">
              Show the pages
            </Button>
            <Button variant="quiet" onClick={() => go('carry')}>
              Back to export &amp; import
            </Button>
          </div>
        </form>
      </Card>
    </div>
  )
}
