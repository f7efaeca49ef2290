import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { RitualsView } from '../../../shared/contract/worksheets'
import { fail, ok } from '../../../shared/result'
import { RitualsPage } from '../../../renderer/src/features/rituals/RitualsPage'
import { RitualHomeCard } from '../../../renderer/src/features/rituals/RitualHomeCard'
import { localDateString } from '../../../renderer/src/features/rituals/due-today'
import { installFakeJournal } from '../fake-journal'
import { renderAsSam } from '../render-as'

const today = new Date().getDay()
const other = (today + 3) % 7
const VIEW: RitualsView = {
  rituals: [
    { id: 'r1', name: 'Lights-out talk', days: [today], time: '22:00' },
    { id: 'r2', name: 'Sunday walk', days: [other], time: '10:00' },
  ],
  log: [],
  ideas: [],
}

describe('rituals and time together worksheet', () => {
  it('shows the ritual due today and logs it with how it felt', async () => {
    const fake = installFakeJournal({
      'plans:list': () => ok([]),
      'rituals:list': () => ok(VIEW),
      'rituals:log': (req) => ok({ id: 'l1', by: 'A', ...req }),
    })
    renderAsSam(<RitualsPage />)
    const todayCard = await screen.findByRole('region', { name: 'Today' })
    expect(within(todayCard).getByText('Lights-out talk')).toBeInTheDocument()
    expect(within(todayCard).queryByText('Sunday walk')).not.toBeInTheDocument()
    await userEvent.click(within(todayCard).getByRole('button', { name: 'Log Lights-out talk' }))
    expect(screen.getByLabelText('What you did')).toHaveValue('Lights-out talk')
    await userEvent.click(screen.getByLabelText('Lovely'))
    await userEvent.click(screen.getByRole('button', { name: 'Save to our log' }))
    expect(fake.callsTo('rituals:log')).toEqual([{ date: localDateString(new Date()), what: 'Lights-out talk', ritualId: 'r1', feeling: 'lovely', note: '' }])
  })

  it('adding a ritual needs a name and at least one day', async () => {
    const fake = installFakeJournal({
      'plans:list': () => ok([]),
      'rituals:list': () => ok({ ...VIEW, rituals: [] }),
      'rituals:save': (req) => ok({ id: 'new', ...req }),
    })
    renderAsSam(<RitualsPage />)
    await userEvent.type(await screen.findByLabelText('Name'), 'Cooking night')
    await userEvent.click(screen.getByRole('button', { name: 'Add ritual' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose at least one day.')
    await userEvent.click(screen.getByLabelText('Wednesday'))
    await userEvent.click(screen.getByRole('button', { name: 'Add ritual' }))
    expect(fake.callsTo('rituals:save')).toEqual([{ name: 'Cooking night', days: [3], time: '19:00' }])
  })

  it('an idea can be drawn and logged, and their own idea is saved', async () => {
    const fake = installFakeJournal({
      'plans:list': () => ok([]),
      'rituals:list': () => ok(VIEW),
      'rituals:add-idea': (req) => ok({ id: 'i1', ...req }),
    })
    renderAsSam(<RitualsPage />)
    await userEvent.click(await screen.findByRole('button', { name: 'Draw an idea' }))
    await userEvent.click(screen.getByRole('button', { name: 'We did this' }))
    expect(screen.getByLabelText('What you did')).not.toHaveValue('')
    await userEvent.type(screen.getByLabelText('Idea'), 'Swim in the lake at dawn')
    await userEvent.selectOptions(screen.getByLabelText('Kind of idea'), 'outside')
    await userEvent.click(screen.getByRole('button', { name: 'Add idea' }))
    expect(fake.callsTo('rituals:add-idea')).toEqual([{ text: 'Swim in the lake at dawn', category: 'outside' }])
  })

  it('the home card shows today’s ritual and opens the page', async () => {
    installFakeJournal({ 'plans:list': () => ok([]),
      'rituals:list': () => ok(VIEW) })
    const { went } = renderAsSam(<RitualHomeCard />)
    expect(await screen.findByText('Lights-out talk')).toBeInTheDocument()
    expect(screen.queryByText('Sunday walk')).not.toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Open time together' }))
    expect(went).toEqual(['rituals'])
  })
})

describe('plans on a day (issue 11, deliver 10)', () => {
  const inDays = (n: number) => localDateString(new Date(Date.now() + n * 86_400_000))
  const PLANS = [
    { id: 'p0', date: inDays(-7), what: 'Picnic by the canal', createdBy: 'A' as const, createdAt: '2026-11-01T10:00:00Z' },
    { id: 'p1', date: inDays(0), what: 'Cinema', createdBy: 'B' as const, createdAt: '2026-11-20T10:00:00Z' },
    { id: 'p2', date: inDays(5), what: 'Dinner at Rosa’s', createdBy: 'A' as const, createdAt: '2026-11-21T10:00:00Z' },
  ]

  it('Sam adds a one-off plan on a date; coming plans are listed and past ones stay as history', async () => {
    const fake = installFakeJournal({
      'rituals:list': () => ok(VIEW),
      'plans:list': () => ok(PLANS),
      'plans:save': (req) => ok({ id: 'p3', createdBy: 'A', createdAt: 'now', ...req }),
    })
    renderAsSam(<RitualsPage />)
    const card = await screen.findByRole('region', { name: 'Plans on a day' })
    expect(await within(card).findByText(/Cinema/)).toBeInTheDocument()
    expect(within(card).getByText('Today')).toBeInTheDocument()
    expect(within(within(card).getByRole('heading', { name: 'Plans that have been' }).parentElement!).getByText(/Picnic by the canal/)).toBeInTheDocument()
    await userEvent.type(within(card).getByLabelText('What you plan'), 'Cinema again')
    await userEvent.click(within(card).getByRole('button', { name: 'Add the plan' }))
    expect(within(card).getByText('Choose a day for the plan.')).toBeInTheDocument()
    await userEvent.type(within(card).getByLabelText('Day (dd/mm/yyyy)'), inDays(10))
    await userEvent.click(within(card).getByRole('button', { name: 'Add the plan' }))
    expect(fake.callsTo('plans:save')).toEqual([{ date: inDays(10), what: 'Cinema again' }])
  })

  it('Home shows a plan on its day', async () => {
    installFakeJournal({ 'rituals:list': () => ok({ ...VIEW, rituals: [] }), 'plans:list': () => ok(PLANS) })
    renderAsSam(<RitualHomeCard />)
    const list = await screen.findByRole('list', { name: 'Planned for today' })
    expect(within(list).getByText(/Cinema/)).toBeInTheDocument()
    expect(within(list).queryByText(/Dinner/)).toBeNull()
  })
})

describe('removing a ritual (bug: the list never refreshed because null success read as failure)', () => {
  it('removing a ritual takes it off the list at once', async () => {
    let rituals = VIEW.rituals
    const fake = installFakeJournal({
      'plans:list': () => ok([]),
      'rituals:list': () => ok({ ...VIEW, rituals }),
      'rituals:delete': (req) => {
        rituals = rituals.filter((r) => r.id !== req.id)
        return ok(null)
      },
    })
    renderAsSam(<RitualsPage />)
    const yours = await screen.findByRole('region', { name: 'Your rituals' })
    await userEvent.click(await within(yours).findByRole('button', { name: 'Remove Sunday walk' }))
    expect(fake.callsTo('rituals:delete')).toEqual([{ id: 'r2' }])
    await waitFor(() => expect(within(yours).queryByText('Sunday walk')).not.toBeInTheDocument())
    expect(within(yours).getByText('Lights-out talk')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('a removal the journal refuses keeps the ritual and says why', async () => {
    installFakeJournal({
      'plans:list': () => ok([]),
      'rituals:list': () => ok(VIEW),
      'rituals:delete': () => fail('locked', 'The journal is locked. Unlock it to make changes.'),
    })
    renderAsSam(<RitualsPage />)
    const yours = await screen.findByRole('region', { name: 'Your rituals' })
    await userEvent.click(await within(yours).findByRole('button', { name: 'Remove Sunday walk' }))
    expect(await screen.findByText('The journal is locked. Unlock it to make changes.')).toBeInTheDocument()
    expect(within(yours).getByText('Sunday walk')).toBeInTheDocument()
  })
})
