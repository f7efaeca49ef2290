import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { ValuesRoundView } from '../../../shared/contract/worksheets'
import { compareValues } from '../../../shared/logic/values-compare'
import { fail, ok } from '../../../shared/result'
import { ValuesPage } from '../../../renderer/src/features/values/ValuesPage'
import { installFakeJournal } from '../fake-journal'
import { renderAsSam } from '../render-as'

const VALUES = [
  { id: 'honesty', name: 'Honesty', description: 'Saying what is true.', custom: false },
  { id: 'fun', name: 'Fun', description: 'Play and laughter.', custom: false },
]
const view = (over: Partial<ValuesRoundView['round']> = {}, latest: ValuesRoundView['latest'] = null): ValuesRoundView => ({
  values: VALUES,
  round: { number: 1, mine: {}, myFinishedAt: null, partnerFinished: false, ...over },
  latest,
})

describe('shared values worksheet', () => {
  it('rating a value saves it at once and counts progress', async () => {
    const fake = installFakeJournal({
      'values:get-round': () => ok(view()),
      'values:rate': (req) => ok(view({ mine: { [req.valueId]: req.rating } })),
    })
    renderAsSam(<ValuesPage />)
    const honesty = await screen.findByRole('group', { name: 'Honesty' })
    await userEvent.click(within(honesty).getByLabelText('4'))
    expect(fake.callsTo('values:rate')).toEqual([{ valueId: 'honesty', rating: 4 }])
    expect(await screen.findByText('1 of 2 rated.')).toBeInTheDocument()
    expect(within(honesty).getByLabelText('4')).toBeChecked()
  })

  it('finishing too early shows the service’s kind message', async () => {
    installFakeJournal({
      'values:get-round': () => ok(view({ mine: { honesty: 3 } })),
      'values:finish': () => fail('conflict', 'A few values are not rated yet: Fun. Rate each one, then finish.'),
    })
    renderAsSam(<ValuesPage />)
    await userEvent.click(await screen.findByRole('button', { name: 'Finish and seal my ratings' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('A few values are not rated yet: Fun.')
  })

  it('after finishing, ratings are sealed and the page says it waits for the partner by name', async () => {
    installFakeJournal({ 'values:get-round': () => ok(view({ mine: { honesty: 3, fun: 5 }, myFinishedAt: '2026-11-24T20:00:00Z' })) })
    renderAsSam(<ValuesPage />)
    expect(await screen.findByText('Your ratings for round 1 are sealed')).toBeInTheDocument()
    expect(screen.getByText(/When Robin finishes too/)).toBeInTheDocument()
    expect(screen.queryByRole('group', { name: 'Honesty' })).not.toBeInTheDocument()
  })

  it('issue 11, deliver 6: a finished round leads with what you share and where you differ, with no score headline; the gap with both names, and a prompt', async () => {
    const ratings = { A: { honesty: 5, fun: 1 }, B: { honesty: 5, fun: 5 } }
    const comparison = compareValues(ratings.A, ratings.B, { A: 'Sam', B: 'Robin' })
    installFakeJournal({
      'values:get-round': () => ok(view({ number: 2 }, { id: 'r1', number: 1, completedAt: '2026-11-24T20:00:00Z', ratings, comparison })),
    })
    renderAsSam(<ValuesPage />)
    expect(await screen.findByText('You share 1 value that matters a lot to you both, and you see 1 value differently.')).toBeInTheDocument()
    expect(screen.queryByText(/Alignment|out of 100/)).toBeNull()
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)
    expect(headings.slice(0, 2)).toEqual(['What you share', 'Where you differ'])
    expect(screen.getByText(/: Sam 1, Robin 5/)).toBeInTheDocument()
    expect(screen.getByText(/Fun matters a lot more to Robin/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Start round 2' })).toBeInTheDocument()
  })

  it('the couple can add their own value', async () => {
    const fake = installFakeJournal({
      'values:get-round': () => ok(view()),
      'values:add-value': (req) => ok({ ...view(), values: [...VALUES, { id: 'custom-1', name: req.name, description: req.description, custom: true }] }),
    })
    renderAsSam(<ValuesPage />)
    await userEvent.type(await screen.findByLabelText('Value'), 'Music')
    await userEvent.click(screen.getByRole('button', { name: 'Add value' }))
    expect(fake.callsTo('values:add-value')).toEqual([{ name: 'Music', description: '' }])
    expect(await screen.findByRole('group', { name: 'Music' })).toBeInTheDocument()
  })
})
