// The partner's working copy as it is kept in the service ('boundaries:save-draft'), and the
// plain-words list of what proposing it would change. Pure, so both are tested without a page.

import type { AgreementDraft, AgreementDraftInput } from '../../../../shared/contract/agreement-draft'
import type { BoundariesView } from '../../../../shared/contract/boundaries'
import type { PartnerId } from '../../../../shared/domain'
import { draftFromView, type Draft } from './draft'

export const toDraftInput = (draft: Draft, basedOn: number): AgreementDraftInput => ({
  basedOn,
  sections: draft.sections.map((s) => ({ id: s.id, title: s.title, myNeed: s.myNeed })),
  items: draft.items.map((i) => ({ ...i })),
  reviewDate: draft.reviewDate || null,
})

/**
 * The kept working copy laid over the agreement as it is now: the partner's own words come from
 * the draft, the other partner's from the agreement. When a newer version was proposed since the
 * draft was started, sections the draft never knew are added back rather than silently dropped.
 */
export function applyStored(view: BoundariesView | null, me: PartnerId, stored: AgreementDraft): Draft {
  const base = draftFromView(view, me)
  const byId = new Map(base.sections.map((s) => [s.id, s]))
  const sections = stored.sections.map((s) => {
    const known = byId.get(s.id)
    return {
      id: s.id,
      title: known && !known.custom ? known.title : s.title,
      custom: known ? known.custom : true,
      myNeed: s.myNeed,
      otherNeed: known?.otherNeed ?? '',
    }
  })
  const latest = view?.latest?.number ?? 0
  if (stored.basedOn !== latest) for (const s of base.sections) if (!sections.some((d) => d.id === s.id)) sections.push(s)
  return { sections, items: stored.items.map((i) => ({ ...i })), reviewDate: stored.reviewDate ?? '' }
}

const quote = (text: string, max = 80) => `“${text.length > max ? `${text.slice(0, max - 1)}…` : text}”`

/** What proposing `draft` changes, compared with the newest version, in plain words. */
export function draftChanges(draft: Draft, view: BoundariesView | null, me: PartnerId): string[] {
  const before = draftFromView(view, me)
  const out: string[] = []
  const old = new Map(before.sections.map((s) => [s.id, s]))
  const title = (id: string) => draft.sections.find((s) => s.id === id)?.title || old.get(id)?.title || 'a section'
  for (const s of draft.sections) {
    const was = old.get(s.id)
    if (!was) out.push(`New section: ${quote(s.title.trim() || 'New section')}`)
    else if (s.custom && was.title.trim() !== s.title.trim()) out.push(`Section ${quote(was.title)} renamed to ${quote(s.title.trim())}`)
    if ((was?.myNeed ?? '').trimEnd() !== s.myNeed.trimEnd())
      out.push(s.myNeed.trim() ? `What you need in ${s.title.trim() || 'the new section'}: ${quote(s.myNeed.trim())}` : `What you need in ${s.title}: cleared`)
  }
  for (const s of before.sections) if (!draft.sections.some((d) => d.id === s.id)) out.push(`Section removed: ${quote(s.title)}`)
  const items = draft.items.filter((i) => i.text.trim())
  const oldItems = new Map(before.items.map((i) => [i.id, i]))
  for (const i of items) {
    const was = oldItems.get(i.id)
    if (!was) out.push(`Agreed in ${title(i.sectionId)}: ${quote(i.text.trim())}`)
    else if (was.text !== i.text.trim()) out.push(`Agreed item in ${title(i.sectionId)} reworded: ${quote(i.text.trim())}`)
  }
  for (const i of before.items) if (!items.some((d) => d.id === i.id)) out.push(`No longer agreed in ${title(i.sectionId)}: ${quote(i.text)}`)
  if (before.reviewDate !== draft.reviewDate) out.push(draft.reviewDate ? `Revisit on ${draft.reviewDate}` : 'No date to revisit it')
  return out
}
