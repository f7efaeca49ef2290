export { createBoundariesService, type BoundariesService } from './boundaries.service'
export { boundariesHandlers, type PrintHost } from './boundaries.handlers'
