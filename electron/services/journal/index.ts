// Writing together and alone: the weekly reflection, private journals, appreciation notes,
// history and search. Plain Node; the vault and clock come in from the composition root.
//
// Each request reads the vault's in-memory records, which the vault itself drops on lock. Only
// search keeps folded copies of the texts between requests (search-index.ts), and it drops them
// in `vault.onLock`, at every lock and partner switch.

import { createAgreementDraftService, type AgreementDraftService } from './agreement-draft.service'
import { createHistoryService, type HistoryService } from './history.service'
import { createNotesService, type NotesService } from './notes.service'
import { createPrivateService, type PrivateService } from './private.service'
import { createReflectionService, type JournalDeps, type ReflectionService } from './reflection.service'
import { createSearchService, type SearchService } from './search.service'
import { createRepliesService, type RepliesService } from './replies.service'

export interface JournalServices {
  reflection: ReflectionService
  privateEntries: PrivateService
  notes: NotesService
  history: HistoryService
  search: SearchService
  agreementDrafts: AgreementDraftService
  replies: RepliesService
}

export function createJournalServices(deps: JournalDeps): JournalServices {
  const reflection = createReflectionService(deps)
  const privateEntries = createPrivateService(deps)
  const notes = createNotesService(deps)
  const parts = { reflection, privateEntries, notes }
  return {
    ...parts,
    history: createHistoryService(deps, parts),
    search: createSearchService(deps),
    agreementDrafts: createAgreementDraftService(deps),
    replies: createRepliesService(deps),
  }
}

export { journalHandlers } from './journal.handlers'
export type { JournalDeps }
