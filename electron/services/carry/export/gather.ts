// Everything the unlocked partner may read, gathered through the same services the screens use,
// so an export can never show more than Hearth itself shows them: their own private entries (never
// the other partner's, which their keys cannot even open), every week's reflection as the
// reflection screen shows it to them (answers still hidden by a sealed week stay hidden), the
// notes to and from them (never a draft), the worksheets, and the agreement with its signatures.

import type { PartnerId, PartnerInfo } from '../../../../shared/domain'
import { getReflectionPrompt, REFLECTION_PROMPT_IDS } from '../../../../shared/content/reflection'
import type { BoundariesView } from '../../../../shared/contract/boundaries'
import type { Note } from '../../../../shared/contract/journal'
import type { Res } from '../../../../shared/contract'
import { createBoundariesService } from '../../boundaries'
import { createJournalServices } from '../../journal'
import { groupByWeek, recordsForWeek, viewWeek } from '../../journal/reflection.service'
import { worksheetsHandlers } from '../../worksheets'
import type { Clock, Vault } from '../../vault/types'

export interface ExportEntry {
  id: string
  title: string
  text: string
  created: string
  updated: string
  tags: string[]
  promptId: string | null
}

export interface ExportAnswer {
  promptId: string
  question: string
  answer: string | number
}

export interface ExportWeek {
  week: string
  label: string
  startsOn: string
  endsOn: string
  sealed: boolean
  columns: {
    partner: PartnerId
    name: string
    state: string
    submittedAt: string | null
    updatedAt: string | null
    hidden: boolean
    answers: ExportAnswer[]
  }[]
}

export interface ExportData {
  format: 'hearth-export'
  version: 1
  exportedAt: string
  exportedBy: PartnerInfo
  partners: PartnerInfo[]
  privateEntries: ExportEntry[]
  reflections: ExportWeek[]
  notes: Note[]
  worksheets: {
    values: Res<'values:history'>
    conversationCards: Res<'cards:history'>
    listening: Res<'listening:list'>
    rituals: Res<'rituals:list'>
  }
  agreement: BoundariesView
}

export function gatherExport(vault: Vault, clock: Clock): ExportData {
  const me = vault.active()
  const status = vault.status()
  const partners = status.partners.map((p) => ({ id: p.id, name: p.name }))
  const nameOf = (id: PartnerId) => partners.find((p) => p.id === id)?.name ?? id
  const journal = createJournalServices({ vault, clock })
  const worksheets = worksheetsHandlers({ vault, clock })
  const now = clock.now()

  const privateEntries = journal.privateEntries
    .own()
    .filter((r) => r.owner === me)
    .map((r) => ({
      id: r.id,
      title: r.body.title,
      text: r.body.text,
      created: r.body.writtenAt ?? r.createdAt,
      updated: r.updatedAt,
      tags: [],
      promptId: r.body.promptId,
    }))
    .reverse()

  const reflections: ExportWeek[] = [...groupByWeek(journal.reflection.all())]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([week, records]) => {
      const view = viewWeek(week, me, recordsForWeek(records, week), now)
      return {
        week,
        label: view.label,
        startsOn: view.startsOn,
        endsOn: view.endsOn,
        sealed: view.sealed,
        columns: [view.mine, view.theirs].map((col) => ({
          partner: col.partner,
          name: nameOf(col.partner),
          state: col.state,
          submittedAt: col.submittedAt,
          updatedAt: col.updatedAt,
          hidden: col.hidden,
          answers: REFLECTION_PROMPT_IDS.flatMap((id) => {
            const answer = col.answers?.[id]
            return answer === undefined || answer === null || answer === ''
              ? []
              : [{ promptId: id, question: getReflectionPrompt(id).label, answer }]
          }),
        })),
      }
    })

  return {
    format: 'hearth-export',
    version: 1,
    exportedAt: now.toISOString(),
    exportedBy: { id: me, name: nameOf(me) },
    partners,
    privateEntries,
    reflections,
    notes: journal.notes.list().notes.filter((n) => n.from === me || n.to === me),
    worksheets: {
      values: worksheets['values:history'](),
      conversationCards: worksheets['cards:history'](),
      listening: worksheets['listening:list'](),
      rituals: worksheets['rituals:list'](),
    },
    agreement: createBoundariesService({ vault, clock }).view(),
  }
}
