// IPC handlers for the worksheets: the contract has already parsed each request; these only
// call the services.
import type { Handlers } from '../router'
import type { Clock, Vault } from '../vault/types'
import { createCardsService } from './cards.service'
import { createListeningService } from './listening.service'
import { createRitualsService } from './rituals.service'
import { createValuesService } from './values.service'

type WorksheetChannel =
  | `values:${string}`
  | `cards:${string}`
  | `listening:${string}`
  | `rituals:${string}`
export type WorksheetHandlers = Pick<Handlers, Extract<keyof Handlers, WorksheetChannel>>

export interface WorksheetsOptions {
  vault: Vault
  clock: Clock
  /** For drawing cards; tests pass a fixed one. */
  random?: () => number
}

// Inferred rather than annotated (checked with `satisfies`), so tests see each handler's exact,
// often synchronous, return type.
export const worksheetsHandlers = ({ vault, clock, random }: WorksheetsOptions) => {
  const values = createValuesService(vault, clock)
  const cards = createCardsService(vault, clock, random)
  const listening = createListeningService(vault, clock)
  const rituals = createRitualsService(vault)
  return {
    'values:get-round': () => values.getRound(),
    'values:rate': ({ valueId, rating }) => values.rate(valueId, rating),
    'values:finish': () => values.finish(),
    'values:add-value': ({ name, description }) => values.addValue(name, description),
    'values:history': () => values.history(),
    'cards:draw': ({ deckId, exclude }) => cards.draw(deckId, exclude ?? []),
    'cards:mark-discussed': ({ cardId, note }) => cards.markDiscussed(cardId, note),
    'cards:add': ({ deckId, text, depth }) => cards.add(deckId, text, depth),
    'cards:history': () => cards.history(),
    'listening:log': (input) => listening.log(input),
    'listening:list': () => listening.list(),
    'rituals:list': () => rituals.list(),
    'rituals:save': (input) => rituals.save(input),
    'rituals:delete': ({ id }) => rituals.remove(id),
    'rituals:log': (input) => rituals.log(input),
    'rituals:add-idea': ({ text, category }) => rituals.addIdea(text, category),
  } satisfies WorksheetHandlers
}
