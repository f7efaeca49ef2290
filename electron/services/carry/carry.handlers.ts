// IPC glue for carrying the journal: parse (done by the router), call a service, return.

import type { Handlers } from '../router'
import { copiesStatus, saveCopies } from './copies'
import type { createBackupService } from './backup.service'
import type { createRestoreService } from './restore.service'
import type { createSetAsideService } from './set-aside'
import type { CarryDeps } from './deps'
import type { createExportService } from './export/export.service'
import type { createImportService } from './import/import.service'

export interface CarryServices {
  deps: CarryDeps
  backup: ReturnType<typeof createBackupService>
  restore: ReturnType<typeof createRestoreService>
  setAside: ReturnType<typeof createSetAsideService>
  exports: ReturnType<typeof createExportService>
  imports: ReturnType<typeof createImportService>
}

type CarryHandlers = Pick<
  Handlers,
  | 'carry:status'
  | 'carry:set-reminder'
  | 'carry:backup'
  | 'carry:restore-open'
  | 'carry:restore'
  | 'carry:restore-cancel'
  | 'carry:set-asides'
  | 'carry:bring-back'
  | 'carry:export' | 'carry:import-open' | 'carry:import' | 'carry:import-cancel'
>

export const carryHandlers = ({ deps, backup, restore, setAside, exports, imports }: CarryServices): CarryHandlers => {
  const journal = () => deps.vault.store('journal')
  return {
    'carry:status': () => copiesStatus(journal(), deps.clock),
    'carry:set-reminder': async ({ weeks }) => {
      await saveCopies(journal(), { remindWeeks: weeks })
      return copiesStatus(journal(), deps.clock)
    },
    'carry:backup': () => backup.backup(),
    'carry:restore-open': () => restore.open(),
    'carry:restore': (req) =>
      restore.restore(
        req.token,
        req.partner,
        'passphrase' in req ? { passphrase: req.passphrase } : { code: req.code, next: req.next },
      ),
    'carry:restore-cancel': () => restore.cancel(),
    'carry:set-asides': () => setAside.list(),
    'carry:bring-back': ({ name }) => setAside.bringBack(name),
    'carry:export': ({ form, passphrase }) => exports.export(form, passphrase),
    'carry:import-open': () => imports.open(),
    'carry:import': ({ token }) => imports.commit(token),
    'carry:import-cancel': () => imports.cancel(),
  }
}
