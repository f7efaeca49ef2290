// The harness's stand-in for the system's save and open dialogs: a test says which path the
// "person" will choose next, and the services read or write exactly that path. An empty queue
// answers like a cancelled dialog.

import type { FileHost, OpenRequest, SaveRequest } from '../../electron/services/carry/host'

export interface PathFileHost extends FileHost {
  nextSave(path: string): void
  nextOpen(path: string): void
  /** Every dialog the services asked for, in order (tests check titles and suggested names). */
  asked: ({ kind: 'save' } & SaveRequest | { kind: 'open' } & OpenRequest)[]
}

export const createPathFileHost = (): PathFileHost => {
  const saves: string[] = []
  const opens: string[] = []
  const asked: PathFileHost['asked'] = []
  return {
    asked,
    nextSave: (path) => void saves.push(path),
    nextOpen: (path) => void opens.push(path),
    chooseSavePath: (request) => {
      asked.push({ kind: 'save', ...request })
      return Promise.resolve(saves.shift() ?? null)
    },
    chooseOpenPath: (request) => {
      asked.push({ kind: 'open', ...request })
      return Promise.resolve(opens.shift() ?? null)
    },
  }
}
