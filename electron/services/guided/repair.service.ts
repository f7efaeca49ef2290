// Repairing after a hard moment. Each partner's page is a draft owned by that partner, sealed
// with their PRIVATE key: the other partner's session cannot decrypt it at all, so no channel
// and no bug can show it early. Sharing copies the page into a shared record (and empties the
// draft in the same save); two shared sides make one pair, shown side by side.
import { REPAIR_STEP_IDS } from '../../../shared/content/repair'
import type { RepairFields, RepairPair, RepairSide, RepairView } from '../../../shared/contract/rituals-guided'
import { otherPartner } from '../../../shared/domain'
import { HearthError } from '../../../shared/result'
import { serial } from '../journal/records'
import type { Clock, StoredRecord, Vault } from '../vault/types'

export const REPAIR_KINDS = { draft: 'repair.draft', side: 'repair.side' } as const

interface DraftBody {
  fields: RepairFields
}
interface SideBody extends RepairSide {
  pairId: string
}

export const REPAIR_MSG = {
  nothing: 'Write at least one step before you share your page.',
} as const

const cleanFields = (fields: RepairFields): RepairFields => {
  const out: RepairFields = {}
  for (const id of REPAIR_STEP_IDS) {
    const value = fields[id]
    if (typeof value === 'string' && value.trim()) out[id] = value
  }
  return out
}

export function createRepairService({ vault, clock }: { vault: Vault; clock: Clock }) {
  const run = serial()
  const store = () => vault.store('journal')
  /** Filtered by owner too: only ever the active partner's own draft. */
  const ownDraft = (): StoredRecord<DraftBody> | undefined => {
    const me = vault.active()
    return store()
      .list<DraftBody>(REPAIR_KINDS.draft, me)
      .find((r) => r.owner === me)
  }
  const sides = (): StoredRecord<SideBody>[] => store().list<SideBody>(REPAIR_KINDS.side, 'shared').filter((r) => r.owner === 'shared')

  const pairs = (): RepairPair[] => {
    const byId = new Map<string, RepairPair>()
    for (const r of sides()) {
      const pair = byId.get(r.body.pairId) ?? { id: r.body.pairId, startedAt: r.body.sharedAt, sides: { A: null, B: null } }
      pair.sides[r.body.partner] = { partner: r.body.partner, fields: { ...r.body.fields }, sharedAt: r.body.sharedAt }
      if (r.body.sharedAt < pair.startedAt) pair.startedAt = r.body.sharedAt
      byId.set(r.body.pairId, pair)
    }
    return [...byId.values()].sort((a, b) => (a.startedAt < b.startedAt ? 1 : -1))
  }

  const view = (): RepairView => {
    const draft = ownDraft()
    const open = draft && Object.keys(cleanFields(draft.body.fields)).length > 0
    return { draft: open ? { fields: { ...draft.body.fields }, updatedAt: draft.updatedAt } : null, pairs: pairs() }
  }

  return {
    get: (): RepairView => view(),

    saveDraft: (fields: RepairFields) =>
      run(async () => {
        const me = vault.active()
        const existing = ownDraft()
        await store().put<DraftBody>({ id: existing?.id, kind: REPAIR_KINDS.draft, owner: me, body: { fields: cleanFields({ ...existing?.body.fields, ...fields }) }, expectedRev: existing?.rev ?? 0 })
        return view()
      }),

    share: () =>
      run(async () => {
        const me = vault.active()
        const draft = ownDraft()
        const fields = cleanFields(draft?.body.fields ?? {})
        if (!draft || Object.keys(fields).length === 0) throw new HearthError('bad-request', REPAIR_MSG.nothing)
        // Join the newest page the other partner shared that still waits for this one; else start a pair.
        const waiting = pairs().find((p) => p.sides[otherPartner(me)] && !p.sides[me])
        const pairId = waiting?.id ?? `repair-${clock.now().getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
        const body: SideBody = { pairId, partner: me, fields, sharedAt: clock.now().toISOString() }
        // One durable save: the shared side appears and the private draft is emptied together, so
        // a failure can neither lose the page nor leave it both shared and still pending.
        await store().putMany([
          { kind: REPAIR_KINDS.side, owner: 'shared', body },
          { id: draft.id, kind: REPAIR_KINDS.draft, owner: me, body: { fields: {} }, expectedRev: draft.rev },
        ])
        return view()
      }),
  }
}

export type RepairService = ReturnType<typeof createRepairService>
