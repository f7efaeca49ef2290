// The boundaries agreement as each partner is still writing it. Every keystroke used to live
// only in the page (lost on navigation) and an idle lock turned it into an unsigned revision the
// other partner then saw. Now the working copy is its writer's own record in the journal store,
// sealed with their private key like a note draft: the other partner's session cannot decrypt
// it, and only an explicit "Propose version N" ('boundaries:save') makes a revision.

import type { AgreementDraft, AgreementDraftInput } from '../../../shared/contract/agreement-draft'
import type { StoredRecord } from '../vault/types'
import type { JournalDeps } from './reflection.service'
import { KIND, listRecords, serial, type AgreementDraftBody } from './records'

const toDraft = (record: StoredRecord<AgreementDraftBody>): AgreementDraft => ({ ...record.body, updatedAt: record.updatedAt })

export function createAgreementDraftService({ vault }: JournalDeps) {
  const run = serial()
  const store = () => vault.store('journal')

  /** Filtered by owner as well as asked by owner: never anyone else's working copy. */
  const own = (): StoredRecord<AgreementDraftBody> | undefined => {
    const me = vault.active()
    return listRecords(store(), KIND.agreementDraft, me).find((r) => r.owner === me)
  }

  const draft = (): AgreementDraft | null => {
    const record = own()
    return record ? toDraft(record) : null
  }

  /** Keeps the working copy; null deletes it. Unchanged text writes nothing. */
  const save = (input: AgreementDraftInput | null): Promise<AgreementDraft | null> =>
    run(async () => {
      const me = vault.active()
      const current = own()
      if (input === null) {
        if (current) await store().remove(current.id)
        return null
      }
      if (current && JSON.stringify(current.body) === JSON.stringify(input)) return toDraft(current)
      const saved = await store().put<AgreementDraftBody>({ id: current?.id, kind: KIND.agreementDraft, owner: me, body: input, expectedRev: current?.rev ?? 0 })
      return toDraft(saved)
    })

  return { draft, save }
}

export type AgreementDraftService = ReturnType<typeof createAgreementDraftService>
