// IPC handlers for the guided rituals (check-in, love maps, repair, our year, deck browsing): the
// contract has already parsed each request; these only call the services.
import type { Handlers } from '../router'
import type { BoundariesService } from '../boundaries/boundaries.service'
import type { JournalServices } from '../journal'
import type { Clock, Vault } from '../vault/types'
import { createCheckinService } from './checkin.service'
import { createDecksService } from './decks.service'
import { createLoveMapsService } from './love-maps.service'
import { createRepairService } from './repair.service'
import { createYearService } from './year.service'

type GuidedChannel = `checkin:${string}` | `lovemaps:${string}` | `repair:${string}` | `year:${string}` | `decks:${string}`
export type GuidedHandlers = Pick<Handlers, Extract<keyof Handlers, GuidedChannel>>

export interface GuidedOptions {
  vault: Vault
  clock: Clock
  journal: JournalServices
  boundaries: BoundariesService
  random?: () => number
}

export const guidedHandlers = ({ vault, clock, journal, boundaries, random }: GuidedOptions) => {
  const checkins = createCheckinService({ vault, clock })
  const loveMaps = createLoveMapsService({ vault, clock })
  const repair = createRepairService({ vault, clock })
  const year = createYearService({ vault, clock, journal, boundaries, checkins })
  const decks = createDecksService(vault, random)
  return {
    'checkin:get': ({ week }) => checkins.get(week),
    'checkin:save': ({ week, patch }) => checkins.save(week, patch),
    'checkin:finish': ({ week }) => checkins.finish(week),
    'checkin:list': () => checkins.list(),
    'lovemaps:get': ({ round }) => loveMaps.get(round),
    'lovemaps:save': ({ round, part, questionId, text }) => loveMaps.save(round, part, questionId, text),
    'lovemaps:seal': ({ round, part }) => loveMaps.seal(round, part),
    'lovemaps:mark': ({ round, questionId, close }) => loveMaps.mark(round, questionId, close),
    'repair:get': () => repair.get(),
    'repair:save-draft': ({ fields }) => repair.saveDraft(fields),
    'repair:share': () => repair.share(),
    'year:review': ({ year: y }) => year.review(y),
    'decks:browse': ({ deck }) => decks.browse(deck),
    'decks:draw': ({ deck, seen, skipped }) => decks.draw(deck, seen, skipped),
    'decks:favourite': ({ cardId, favourite }) => decks.favourite(cardId, favourite),
  } satisfies GuidedHandlers
}
