import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { HistoryPage } from '../../../renderer/src/features/history/HistoryPage'
import { RatingsChart } from '../../../renderer/src/features/history/RatingsChart'
import { linePath } from '../../../renderer/src/features/history/chart-geometry'
import type { HistoryWeek } from '../../../shared/contract/journal'
import { ok } from '../../../shared/result'
import { installFakeJournal } from '../fake-journal'
import { renderAsSam } from './session'

const wk = (n: number, A: number | null, B: number | null, appreciations: number): HistoryWeek => ({
  week: `2026-W${n}`,
  label: `Week ${n}`,
  startsOn: '',
  endsOn: '',
  isCurrent: false,
  ratings: { A, B },
  appreciations,
  reflected: A !== null || B !== null,
})

describe('history and patterns', () => {
  it('the chart is one accessible image with a title, a description and a data table', () => {
    render(<RatingsChart weeks={[wk(46, 6, 8, 1), wk(47, null, null, 0), wk(48, 7, 9, 2)]} names={{ A: 'Sam', B: 'Robin' }} />)
    const img = screen.getByRole('img', { name: /How connected you each felt/ })
    expect(img).toHaveAccessibleDescription(expect.stringContaining('Sam’s average is 6.5; Robin’s average is 8.5. 3 appreciation notes'))
    const table = screen.getByRole('table', { name: 'Ratings and appreciation notes per week' })
    const rows = within(table).getAllByRole('row')
    expect(rows).toHaveLength(4)
    expect(rows[2]).toHaveTextContent('Week 47no ratingno rating0')
  })

  it('breaks the line where a week has no rating instead of dropping to zero', () => {
    const d = linePath([5, null, 7])
    expect(d.match(/M/g)).toHaveLength(2)
    expect(d).not.toContain('L')
    expect(linePath([null, null])).toBe('')
  })

  it('search shows matches with the words marked, and nothing it may not read', async () => {
    const fake = installFakeJournal({
      'history:overview': () => ok({ weeks: [wk(48, 7, null, 1)], thisWeekLastYear: null }),
      'search:query': () =>
        ok([{ kind: 'note', id: 'n1', title: 'Note from Robin to Sam', snippet: 'the lighthouse walk', matches: [{ start: 4, end: 14 }], date: '2026-11-24T20:00:00', week: '2026-W48' }]),
    })
    const user = userEvent.setup()
    renderAsSam(<HistoryPage />)
    await user.type(await screen.findByLabelText(/Search your reflections/), 'lighthouse')
    await user.click(screen.getByRole('button', { name: 'Search' }))
    expect(await screen.findByText('1 match for “lighthouse”.')).toBeInTheDocument()
    expect(screen.getByText('lighthouse', { selector: 'mark' })).toBeInTheDocument()
    expect(fake.callsTo('search:query')).toEqual([{ q: 'lighthouse' }])
    expect(screen.getByText(/Nothing from this week last year yet/)).toBeInTheDocument()
  })
})

describe('story: each chart series has its own marker (issue 11 deliver 9)', () => {
  it('the two partners’ points have different shapes, and the legend shows each shape with its name', () => {
    const { container } = render(<RatingsChart weeks={[wk(46, 6, 8, 1), wk(47, 5, null, 0), wk(48, 7, 9, 2)]} names={{ A: 'Sam', B: 'Robin' }} />)
    const svg = screen.getByRole('img', { name: /How connected you each felt/ })
    expect(svg.querySelectorAll('circle.ratings-chart__dot--a')).toHaveLength(3)
    expect(svg.querySelectorAll('rect.ratings-chart__dot--b')).toHaveLength(2)
    expect(svg.querySelectorAll('.ratings-chart__dot--a:not(circle), .ratings-chart__dot--b:not(rect)')).toHaveLength(0)
    const legend = container.querySelector('figcaption') as HTMLElement
    const sam = within(legend).getByText(/Sam/)
    const robin = within(legend).getByText(/Robin/)
    expect(sam).toHaveTextContent('Sam (circles)')
    expect(robin).toHaveTextContent('Robin (squares)')
    expect(sam.querySelector('svg circle')).not.toBeNull()
    expect(sam.querySelector('svg rect')).toBeNull()
    expect(robin.querySelector('svg rect')).not.toBeNull()
    expect(robin.querySelector('svg circle')).toBeNull()
  })
})

describe('story: a one-off plan shows on its day, and in history afterwards (issue 11)', () => {
  it('plans whose day has passed are listed in history, newest first; plans still to come are not', async () => {
    installFakeJournal({
      'history:overview': () => ok({ weeks: [wk(48, 7, null, 1)], thisWeekLastYear: null }),
      'plans:list': () =>
        ok([
          { id: 'p1', date: '2024-05-03', what: 'The cinema on the corner', createdBy: 'A', createdAt: '2024-05-01T10:00:00Z' },
          { id: 'p2', date: '2025-02-14', what: 'Dinner by the river', createdBy: 'B', createdAt: '2025-02-01T10:00:00Z' },
          { id: 'p3', date: '2999-01-01', what: 'Not yet', createdBy: 'A', createdAt: '2026-01-01T10:00:00Z' },
        ]),
    })
    renderAsSam(<HistoryPage />)
    const section = await screen.findByRole('region', { name: 'Plans you made' })
    const items = within(section).getAllByRole('listitem')
    expect(items.map((li) => li.textContent)).toEqual([expect.stringContaining('Dinner by the river'), expect.stringContaining('The cinema on the corner')])
    expect(within(section).queryByText(/Not yet/)).not.toBeInTheDocument()
  })
})
