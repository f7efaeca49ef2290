// The preload runs sandboxed: it can use contextBridge and ipcRenderer and nothing else.
// It exposes exactly the contract's channels and events as `window.journal`; nothing else.
import { contextBridge, ipcRenderer } from 'electron'
import { createJournalApi } from '../../shared/contract/invoker'
import type { JournalApi } from '../../shared/contract'

const api = createJournalApi({
  invoke: (channel, payload) => ipcRenderer.invoke(channel, payload),
  subscribe: (event, listener) => {
    const wrapped = (_e: unknown, payload: unknown) => listener(payload)
    ipcRenderer.on(event, wrapped)
    return () => ipcRenderer.removeListener(event, wrapped)
  },
}) satisfies JournalApi

contextBridge.exposeInMainWorld('journal', api)
