// IPC glue for the boundaries agreement and for saving a print as PDF.

import { HearthError } from '../../../shared/result'
import type { Handlers } from '../router'
import type { BoundariesService } from './boundaries.service'

/** What only the Electron shell can do. The e2e harness has none, and says so. */
export interface PrintHost {
  savePdf(request: { suggestedName: string }): Promise<{ saved: boolean; path?: string }>
}

export const PRINT_UNSUPPORTED = 'Saving as PDF works in the Hearth app. Here, use your browser’s own print instead.'

type BoundariesHandlers = Pick<Handlers, 'boundaries:get' | 'boundaries:revision' | 'boundaries:save' | 'boundaries:sign' | 'boundaries:compare' | 'print:save-pdf'>

export const boundariesHandlers = (service: BoundariesService, host?: PrintHost): BoundariesHandlers => ({
  'boundaries:get': () => service.view(),
  'boundaries:revision': ({ number }) => service.revision(number),
  'boundaries:save': (request) => service.save(request),
  'boundaries:sign': ({ revision, passphrase }) => service.sign(revision, passphrase),
  'boundaries:compare': ({ from, to }) => service.compare(from, to),
  'print:save-pdf': (request) => {
    if (!host) throw new HearthError('unsupported', PRINT_UNSUPPORTED)
    return host.savePdf({ suggestedName: request.suggestedName })
  },
})
