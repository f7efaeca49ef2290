import { useId } from 'react'
import type { HistoryWeek } from '../../../../shared/contract/journal'
import type { PartnerId } from '../../../../shared/domain'
import { average, barHeight, BOX, linePath, xAt, yForRating } from './chart-geometry'

export interface RatingsChartProps {
  weeks: HistoryWeek[]
  names: Record<PartnerId, string>
}

/**
 * Each partner's own point shape (A a circle, B a square), used on the chart and in its legend, so
 * the two lines are told apart without colour.
 */
export function Marker({ partner, x, y }: { partner: PartnerId; x: number; y: number }) {
  return partner === 'A' ? (
    <circle cx={x} cy={y} r={5} className="ratings-chart__dot--a" data-marker="circle" />
  ) : (
    <rect x={x - 5} y={y - 5} width={10} height={10} className="ratings-chart__dot--b" data-marker="square" />
  )
}

/** The legend's key for one partner: a short piece of their line with their marker on it. */
function LegendKey({ partner }: { partner: PartnerId }) {
  return (
    <svg viewBox="0 0 36 14" width="36" height="14" aria-hidden="true" focusable="false" className="legend__key">
      <line x1={1} x2={35} y1={7} y2={7} className={`ratings-chart__line ratings-chart__line--${partner.toLowerCase()}`} />
      <Marker partner={partner} x={18} y={7} />
    </svg>
  )
}

const shortWeek = (w: HistoryWeek) => `W${Number(w.week.slice(6))}`

/** Words a screen reader hears for the picture, with the numbers in the table below it. */
export function describeChart(weeks: HistoryWeek[], names: Record<PartnerId, string>): string {
  const first = weeks[0]
  const last = weeks.at(-1)
  if (!first || !last) return 'No weeks yet.'
  const avg = (p: PartnerId) => average(weeks.map((w) => w.ratings[p]))
  const line = (p: PartnerId) => (avg(p) === null ? `${names[p]} has no ratings yet` : `${names[p]}’s average is ${avg(p)}`)
  const notes = weeks.reduce((sum, w) => sum + w.appreciations, 0)
  return `Connection ratings from 1 to 10, ${first.label} to ${last.label}. ${line('A')}; ${line('B')}. ${notes} appreciation ${notes === 1 ? 'note' : 'notes'} in these weeks.`
}

/** Both partners' ratings over the weeks, and notes per week as bars. Hand-drawn SVG. */
export function RatingsChart({ weeks, names }: RatingsChartProps) {
  const id = useId()
  const n = weeks.length
  const maxNotes = Math.max(0, ...weeks.map((w) => w.appreciations))
  const labelEvery = Math.max(1, Math.ceil(n / 8))
  const series = (p: PartnerId) => weeks.map((w) => w.ratings[p])
  return (
    <figure className="ratings-chart">
      <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" aria-labelledby={`${id}-t`} aria-describedby={`${id}-d`} className="ratings-chart__svg">
        <title id={`${id}-t`}>How connected you each felt, week by week</title>
        <desc id={`${id}-d`}>{describeChart(weeks, names)}</desc>
        {[1, 4, 7, 10].map((r) => (
          <g key={r} className="ratings-chart__grid">
            <line x1={BOX.left} x2={BOX.width - BOX.right} y1={yForRating(r)} y2={yForRating(r)} />
            <text x={BOX.left - 8} y={yForRating(r) + 4} textAnchor="end">
              {r}
            </text>
          </g>
        ))}
        <path d={linePath(series('A'))} className="ratings-chart__line ratings-chart__line--a" />
        <path d={linePath(series('B'))} className="ratings-chart__line ratings-chart__line--b" />
        {weeks.map((w, i) => (
          <g key={w.week}>
            {w.ratings.A !== null ? <Marker partner="A" x={xAt(i, n)} y={yForRating(w.ratings.A)} /> : null}
            {w.ratings.B !== null ? <Marker partner="B" x={xAt(i, n)} y={yForRating(w.ratings.B)} /> : null}
            <rect x={xAt(i, n) - 6} y={BOX.barsBottom - barHeight(w.appreciations, maxNotes)} width={12} height={barHeight(w.appreciations, maxNotes)} className="ratings-chart__bar" />
            {i % labelEvery === 0 || i === n - 1 ? (
              <text x={xAt(i, n)} y={BOX.barsBottom + 18} textAnchor="middle" className="ratings-chart__week">
                {shortWeek(w)}
              </text>
            ) : null}
          </g>
        ))}
        <text x={BOX.left - 8} y={BOX.barsBottom} textAnchor="end" className="ratings-chart__week">
          Notes
        </text>
        <line x1={BOX.left} x2={BOX.width - BOX.right} y1={BOX.barsBottom} y2={BOX.barsBottom} className="ratings-chart__axis" />
      </svg>
      <figcaption className="ratings-chart__legend">
        <span className="legend legend--a" data-marker="circle">
          <LegendKey partner="A" />
          {names.A} (circles)
        </span>
        <span className="legend legend--b" data-marker="square">
          <LegendKey partner="B" />
          {names.B} (squares)
        </span>
        <span className="legend legend--bar">Appreciation notes</span>
      </figcaption>
      <table className="visually-hidden">
        <caption>Ratings and appreciation notes per week</caption>
        <thead>
          <tr>
            <th scope="col">Week</th>
            <th scope="col">{names.A}</th>
            <th scope="col">{names.B}</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.week}>
              <th scope="row">{w.label}</th>
              <td>{w.ratings.A ?? 'no rating'}</td>
              <td>{w.ratings.B ?? 'no rating'}</td>
              <td>{w.appreciations}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
