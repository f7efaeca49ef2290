// Rituals the couple keeps (name, days, time), their own ideas for time together, and a shared
// log of what they did and how it felt. "Due today" is worked out in the renderer from these
// plans, because only the renderer knows which day it is where the couple sits.
import type { IdeaCategoryId } from '../../../shared/content/rituals'
import { RITUALS_MAX, type CustomIdea, type RitualFeeling, type RitualLogEntry, type RitualPlan, type RitualsView } from '../../../shared/contract/worksheets'
import { HearthError } from '../../../shared/result'
import type { StoredRecord, Vault } from '../vault/types'

export const RITUALS_KINDS = { plan: 'ritual-plan', log: 'ritual-log', idea: 'ritual-idea' } as const
export const RITUAL_LOG_LIST_MAX = 100
export const CUSTOM_IDEAS_MAX = 200

type PlanBody = Omit<RitualPlan, 'id'>
type LogBody = Omit<RitualLogEntry, 'id'>
type IdeaBody = Omit<CustomIdea, 'id'>

export interface RitualInput {
  id?: string
  name: string
  days: number[]
  time: string
}

export interface RitualLogInput {
  date: string
  what: string
  ritualId: string | null
  feeling: RitualFeeling
  note: string
}

export interface RitualsService {
  list(): RitualsView
  save(input: RitualInput): Promise<RitualPlan>
  remove(id: string): Promise<null>
  log(input: RitualLogInput): Promise<RitualLogEntry>
  addIdea(text: string, category: IdeaCategoryId): Promise<CustomIdea>
}

const withId = <T>(r: StoredRecord<T>): T & { id: string } => ({ id: r.id, ...r.body })

export const createRitualsService = (vault: Vault): RitualsService => {
  const store = () => vault.store('journal')
  const plans = () => store().list<PlanBody>(RITUALS_KINDS.plan, 'shared')
  const findPlan = (id: string) => {
    const r = store().get<PlanBody>(id)
    if (!r || r.kind !== RITUALS_KINDS.plan) throw new HearthError('not-found', 'That ritual is not in your list any more.')
    return r
  }

  return {
    list() {
      return {
        rituals: plans().map(withId),
        log: store().list<LogBody>(RITUALS_KINDS.log, 'shared').map(withId).reverse().slice(0, RITUAL_LOG_LIST_MAX),
        ideas: store().list<IdeaBody>(RITUALS_KINDS.idea, 'shared').map(withId),
      }
    },

    async save({ id, name, days, time }) {
      vault.active()
      const existing = id ? findPlan(id) : undefined
      if (!existing && plans().length >= RITUALS_MAX) throw new HearthError('conflict', `You can keep up to ${RITUALS_MAX} rituals.`)
      const body: PlanBody = { name, days: [...new Set(days)].sort((a, b) => a - b), time }
      return withId(await store().put<PlanBody>({ id: existing?.id, kind: RITUALS_KINDS.plan, owner: 'shared', body, expectedRev: existing?.rev }))
    },

    async remove(id) {
      findPlan(id)
      await store().remove(id)
      return null
    },

    async log(input) {
      const by = vault.active()
      if (input.ritualId) findPlan(input.ritualId)
      const body: LogBody = { ...input, note: input.note.trim(), by }
      return withId(await store().put<LogBody>({ kind: RITUALS_KINDS.log, owner: 'shared', body }))
    },

    async addIdea(text, category) {
      vault.active()
      const ideas = store().list<IdeaBody>(RITUALS_KINDS.idea, 'shared')
      if (ideas.length >= CUSTOM_IDEAS_MAX) throw new HearthError('conflict', `You can keep up to ${CUSTOM_IDEAS_MAX} ideas of your own.`)
      return withId(await store().put<IdeaBody>({ kind: RITUALS_KINDS.idea, owner: 'shared', body: { text, category } }))
    },
  }
}
