// IPC handlers for writing together and alone. The router has already parsed each request; the
// handlers only pick fields and call a service. None passes an author or owner through: every
// service asks the vault who is unlocked.

import type { journalChannels } from '../../../shared/contract/journal'
import type { agreementDraftChannels } from '../../../shared/contract/agreement-draft'
import type { repliesChannels } from '../../../shared/contract/replies'
import type { Handlers } from '../router'
import type { JournalServices } from './index'

export type JournalChannel = keyof typeof journalChannels | keyof typeof agreementDraftChannels | keyof typeof repliesChannels

export const journalHandlers = (s: JournalServices): Pick<Handlers, JournalChannel> => ({
  'reflection:get': (req) => s.reflection.get(req.week),
  'reflection:list': () => s.reflection.list(),
  'reflection:save-draft': (req) => s.reflection.saveDraft(req.week, req.answers, req.sealed),
  'reflection:submit': (req) => s.reflection.submit(req.week),
  'reflection:set-sealed': (req) => s.reflection.setSealed(req.week, req.sealed),

  'private:list': () => s.privateEntries.list(),
  'private:get': (req) => s.privateEntries.get(req.id),
  'private:save': (req) => s.privateEntries.save(req),
  'private:delete': (req) => s.privateEntries.remove(req.id),

  'notes:send': (req) => s.notes.send(req.text),
  'notes:list': () => s.notes.list(),
  'notes:mark-read': (req) => s.notes.markRead(req.id),
  'notes:save-draft': (req) => s.notes.saveDraft(req.text),
  'notes:draft': () => s.notes.draft(),
  'notes:resurface': () => s.notes.resurface(),

  'history:overview': () => s.history.overview(),
  'search:query': (req) => s.search.query(req.q),

  'boundaries:save-draft': (req) => s.agreementDrafts.save(req.draft),
  'boundaries:draft': () => s.agreementDrafts.draft(),

  'replies:send': (req) => s.replies.send(req),
  'replies:list': () => s.replies.list(),
  'replies:mark-seen': (req) => s.replies.markSeen(req.ids),
})
