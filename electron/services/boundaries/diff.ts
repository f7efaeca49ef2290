// What changed between two revisions, per section. Pure, so history and tests share it.

import type { BoundaryRevision, ItemChange, RevisionDiff, SectionChanges } from '../../../shared/contract/boundaries'
import { PARTNER_IDS } from '../../../shared/domain'

export const diffRevisions = (from: BoundaryRevision, to: BoundaryRevision): RevisionDiff => {
  const before = new Map(from.sections.map((s) => [s.id, s]))
  const after = new Map(to.sections.map((s) => [s.id, s]))
  // Sections in the newer order first, then the ones that were removed.
  const ids = [...to.sections.map((s) => s.id), ...from.sections.filter((s) => !after.has(s.id)).map((s) => s.id)]
  const sections: SectionChanges[] = []
  for (const id of ids) {
    const a = before.get(id)
    const b = after.get(id)
    const items = diffItems(
      from.items.filter((i) => i.sectionId === id),
      to.items.filter((i) => i.sectionId === id),
    )
    const needsChanged = PARTNER_IDS.filter((p) => (a?.needs[p] ?? '') !== (b?.needs[p] ?? ''))
    const titleChanged = !!a && !!b && a.title !== b.title
    if (a && b && items.length === 0 && needsChanged.length === 0 && !titleChanged) continue
    sections.push({ sectionId: id, title: (b ?? a)!.title, sectionAdded: !a, sectionRemoved: !b, items, needsChanged })
  }
  const reviewDate = from.reviewDate === to.reviewDate ? null : { before: from.reviewDate, after: to.reviewDate }
  return { from: from.number, to: to.number, sections, reviewDate }
}

const diffItems = (from: BoundaryRevision['items'], to: BoundaryRevision['items']): ItemChange[] => {
  const old = new Map(from.map((i) => [i.id, i.text]))
  const next = new Map(to.map((i) => [i.id, i.text]))
  const out: ItemChange[] = []
  for (const item of to) {
    const was = old.get(item.id)
    if (was === undefined) out.push({ kind: 'added', id: item.id, before: null, after: item.text })
    else if (was !== item.text) out.push({ kind: 'changed', id: item.id, before: was, after: item.text })
  }
  for (const item of from) {
    if (!next.has(item.id)) out.push({ kind: 'removed', id: item.id, before: item.text, after: null })
  }
  return out
}
