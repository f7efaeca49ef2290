// Active listening sessions: the timer runs in the renderer; only the finished session is kept,
// in the shared log, with which checklist items the couple ticked and an optional note.
import { LISTENING_CHECKLIST } from '../../../shared/content/listening'
import type { ListeningSession } from '../../../shared/contract/worksheets'
import type { PartnerId } from '../../../shared/domain'
import { HearthError } from '../../../shared/result'
import type { Clock, StoredRecord, Vault } from '../vault/types'

export const LISTENING_KIND = 'listening-session'
/** The log shows the most recent sessions; older ones stay in the vault. */
export const LISTENING_LIST_MAX = 100

type SessionBody = Omit<ListeningSession, 'id'>

export interface ListeningInput {
  firstSpeaker: PartnerId
  turnSeconds: number
  turns: number
  checked: string[]
  note: string
}

export interface ListeningService {
  log(input: ListeningInput): Promise<ListeningSession>
  list(): ListeningSession[]
}

const toSession = (r: StoredRecord<SessionBody>): ListeningSession => ({ id: r.id, ...r.body })

export const createListeningService = (vault: Vault, clock: Clock): ListeningService => ({
  async log(input) {
    vault.active()
    const known = new Set(LISTENING_CHECKLIST.map((i) => i.id))
    const unknown = input.checked.find((id) => !known.has(id))
    if (unknown) throw new HearthError('bad-request', 'That checklist item is not one Hearth knows.')
    const body: SessionBody = {
      at: clock.now().toISOString(),
      firstSpeaker: input.firstSpeaker,
      turnSeconds: input.turnSeconds,
      turns: input.turns,
      checked: [...new Set(input.checked)],
      note: input.note.trim(),
    }
    return toSession(await vault.store('journal').put<SessionBody>({ kind: LISTENING_KIND, owner: 'shared', body }))
  },

  list() {
    return vault
      .store('journal')
      .list<SessionBody>(LISTENING_KIND, 'shared')
      .map(toSession)
      .reverse()
      .slice(0, LISTENING_LIST_MAX)
  },
})
