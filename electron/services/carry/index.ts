// Carrying the journal elsewhere: backup copies on another disk, restoring one (a new laptop),
// bringing back a set-aside journal. Plain Node: paths, clock and dialogs come in as deps.

import { createBackupService } from './backup.service'
import { carryHandlers, type CarryServices } from './carry.handlers'
import type { CarryDeps } from './deps'
import { createRestoreService } from './restore.service'
import { createSetAsideService } from './set-aside'
import { createExportService } from './export/export.service'
import { createImportService } from './import/import.service'

export const createCarryServices = (deps: CarryDeps): CarryServices => ({
  deps,
  backup: createBackupService(deps),
  restore: createRestoreService(deps),
  setAside: createSetAsideService(deps),
  exports: createExportService(deps),
  imports: createImportService(deps),
})

export { carryHandlers }
export type { CarryDeps }
export type { FileHost } from './host'
