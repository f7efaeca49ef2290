import type { ChannelName, EventMap, EventName, JournalApi, Req, Res } from '../../shared/contract'
import type { PartnerInfo, VaultStatus } from '../../shared/domain'
import { fail, ok, type Result } from '../../shared/result'

export type Handler<K extends ChannelName> = (request: Req<K>) => Result<Res<K>> | Promise<Result<Res<K>>>
export type Script = { [K in ChannelName]?: Handler<K> }

export interface RecordedCall {
  channel: ChannelName
  request: unknown
}

export interface FakeJournal {
  api: JournalApi
  calls: RecordedCall[]
  /** The requests sent to one channel, in order. */
  callsTo<K extends ChannelName>(channel: K): Req<K>[]
  /** Replaces the scripted response for a channel. */
  respond<K extends ChannelName>(channel: K, handler: Handler<K>): void
  /** Pushes an event from "main" to every listener. */
  emit<E extends EventName>(event: E, payload: EventMap[E]): void
  listenerCount(event: EventName): number
}

export const SAM: PartnerInfo = { id: 'A', name: 'Sam' }
export const ROBIN: PartnerInfo = { id: 'B', name: 'Robin' }

export function makeStatus(overrides: Partial<VaultStatus> = {}): VaultStatus {
  return {
    state: 'locked',
    partners: [SAM, ROBIN],
    active: null,
    lastSavedAt: null,
    generation: 3,
    recovery: null,
    unreadableRecords: 0,
    warning: null,
    notices: [],
    recoveryCodePending: false,
    ...overrides,
  }
}

export const unlockedAs = (partner: PartnerInfo, overrides: Partial<VaultStatus> = {}): VaultStatus =>
  makeStatus({ state: 'unlocked', active: partner.id, lastSavedAt: '2026-11-24T21:14:00', ...overrides })

/**
 * A `window.journal` with the contract's exact type: scripted responses per channel, every call
 * recorded, events pushed by the test. Unscripted channels answer with an 'internal' failure, so
 * a test notices a request it did not expect.
 */
export function installFakeJournal(script: Script = {}): FakeJournal {
  const handlers = new Map<ChannelName, (request: unknown) => Result<unknown> | Promise<Result<unknown>>>()
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>()
  const calls: RecordedCall[] = []

  const respond = <K extends ChannelName>(channel: K, handler: Handler<K>) => {
    handlers.set(channel, handler as (request: unknown) => Result<unknown>)
  }
  respond('app:activity', () => ok(null))
  respond('settings:get', () => ok({ idleMinutes: 5, minMinutes: 1, maxMinutes: 60 }))
  respond('carry:status', () => ok({ lastCopiedAt: null, daysAgo: null, remindWeeks: 4, reminderDue: true }))
  respond('carry:set-asides', () => ok([]))
  respond('replies:list', () => ok({ replies: [], unread: 0 }))
  for (const [channel, handler] of Object.entries(script)) respond(channel as ChannelName, handler as Handler<ChannelName>)

  const api: JournalApi = {
    invoke: async (channel, request) => {
      calls.push({ channel, request })
      const handler = handlers.get(channel)
      const result = handler ? await handler(request) : fail('internal', `The fake journal has no answer for ${channel}.`)
      return result as never
    },
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set()
      set.add(listener as (payload: unknown) => void)
      listeners.set(event, set)
      return () => {
        set.delete(listener as (payload: unknown) => void)
      }
    },
  }

  window.journal = api
  return {
    api,
    calls,
    callsTo: <K extends ChannelName>(channel: K) => calls.filter((c) => c.channel === channel).map((c) => c.request as Req<K>),
    respond,
    emit: (event, payload) => {
      for (const listener of listeners.get(event) ?? []) listener(payload)
    },
    listenerCount: (event) => listeners.get(event)?.size ?? 0,
  }
}
