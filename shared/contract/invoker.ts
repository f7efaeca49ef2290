import { fail, type Result } from '../result'
import type { JournalApi } from './index'
import { isListedChannel } from './names'
import { EVENT_NAMES } from './events'

/** How requests travel: Electron IPC in the app, HTTP to the loopback harness in e2e tests. */
export interface Transport {
  invoke(channel: string, payload: unknown): Promise<unknown>
  subscribe(event: string, listener: (payload: unknown) => void): () => void
}

const isResult = (value: unknown): value is Result<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean'

/**
 * The one generic invoker behind `window.journal`. Unknown channels and events are refused here
 * too, and a transport failure becomes a Result the UI can show rather than a thrown error.
 */
export const createJournalApi = (transport: Transport): JournalApi => ({
  invoke: async (channel, request) => {
    if (!isListedChannel(channel)) return fail('bad-request', 'Hearth does not know that request.')
    try {
      const response = await transport.invoke(channel, request)
      if (isResult(response)) return response as never
      return fail('internal', 'Hearth got an answer it did not understand.')
    } catch {
      return fail('internal', 'Hearth could not reach its journal. Nothing saved before was lost.')
    }
  },
  on: (event, listener) => {
    if (!(EVENT_NAMES as readonly string[]).includes(event)) return () => {}
    return transport.subscribe(event, listener as (payload: unknown) => void)
  },
})
