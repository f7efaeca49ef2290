// Runs in the page served by the harness, before Hearth's own script: it builds `window.journal`
// from the same generic invoker the preload uses, with HTTP to the loopback harness as transport.
import { createJournalApi } from '../../shared/contract/invoker'

const KEY = 'hearth-harness-token'
const params = new URLSearchParams(location.search)
const token = params.get('token') ?? sessionStorage.getItem(KEY) ?? ''
sessionStorage.setItem(KEY, token)
if (params.has('token')) {
  // Keep the secret out of the visible address and of history.
  params.delete('token')
  const query = params.toString()
  history.replaceState(null, '', location.pathname + (query ? `?${query}` : '') + location.hash)
}

const listeners = new Map<string, Set<(payload: unknown) => void>>()
let source: EventSource | null = null
const ensureEvents = () => {
  if (source) return
  source = new EventSource(`/events?token=${encodeURIComponent(token)}`)
  source.onmessage = (message: MessageEvent<string>) => {
    const { event, payload } = JSON.parse(message.data) as { event: string; payload: unknown }
    for (const listener of listeners.get(event) ?? []) listener(payload)
  }
}

window.journal = createJournalApi({
  invoke: async (channel, payload) => {
    const response = await fetch(`/rpc/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(payload ?? {}),
    })
    return response.json() as Promise<unknown>
  },
  subscribe: (event, listener) => {
    ensureEvents()
    const set = listeners.get(event) ?? new Set()
    set.add(listener)
    listeners.set(event, set)
    return () => set.delete(listener)
  },
})
