import type { ChannelName, EventMap, EventName, JournalApi, Req, Res } from '../../shared/contract'
import type { Result } from '../../shared/result'

declare global {
  interface Window {
    /** Built by the preload (or, in e2e tests, by the harness bridge) from the shared contract. */
    journal: JournalApi
  }
}

export const call = <K extends ChannelName>(channel: K, request: Req<K>): Promise<Result<Res<K>>> =>
  window.journal.invoke(channel, request)

export const onEvent = <E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): (() => void) =>
  window.journal.on(event, listener)
