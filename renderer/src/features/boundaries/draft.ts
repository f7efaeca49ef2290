// The editor's working copy of the agreement, and how it turns into a save request. Pure, so the
// "unsaved changes" test and the save share one definition.

import { BOUNDARY_SECTIONS } from '../../../../shared/content/boundaries'
import type { BoundariesView, BoundaryItem } from '../../../../shared/contract/boundaries'
import type { Req } from '../../../../shared/contract'
import type { PartnerId } from '../../../../shared/domain'

export interface DraftSection {
  id: string
  title: string
  custom: boolean
  myNeed: string
  /** Read-only here: only its author can change it. */
  otherNeed: string
}

export interface Draft {
  sections: DraftSection[]
  items: BoundaryItem[]
  /** '' when no review date is set (the date input's own empty value). */
  reviewDate: string
}

export const draftFromView = (view: BoundariesView | null, me: PartnerId): Draft => {
  const latest = view?.latest
  const other: PartnerId = me === 'A' ? 'B' : 'A'
  if (!latest) {
    return {
      sections: BOUNDARY_SECTIONS.map((s) => ({ id: s.id, title: s.title, custom: false, myNeed: '', otherNeed: '' })),
      items: [],
      reviewDate: '',
    }
  }
  return {
    sections: latest.sections.map((s) => ({ id: s.id, title: s.title, custom: s.custom, myNeed: s.needs[me], otherNeed: s.needs[other] })),
    items: latest.items.map((i) => ({ ...i })),
    reviewDate: latest.reviewDate ?? '',
  }
}

export const saveRequest = (draft: Draft, basedOn: number): Req<'boundaries:save'> => ({
  basedOn,
  sections: draft.sections.map((s) => ({ id: s.id, title: s.custom ? s.title.trim() : '', myNeed: s.myNeed })),
  // An item left empty is simply not saved.
  items: draft.items.filter((i) => i.text.trim().length > 0).map((i) => ({ id: i.id, sectionId: i.sectionId, text: i.text.trim() })),
  reviewDate: draft.reviewDate || null,
})

export const isDirty = (draft: Draft, view: BoundariesView | null, me: PartnerId): boolean => {
  const basedOn = view?.latest?.number ?? 0
  const a = saveRequest(draft, basedOn)
  const b = saveRequest(draftFromView(view, me), basedOn)
  // Needs are compared as the service stores them (trailing space dropped).
  const norm = (r: typeof a) => JSON.stringify({ ...r, sections: r.sections.map((s) => ({ ...s, myNeed: s.myNeed.trimEnd() })) })
  return norm(a) !== norm(b)
}

const randomPart = (length: number): string => {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'
  const bytes = crypto.getRandomValues(new Uint8Array(length))
  return [...bytes].map((b) => alphabet[b % alphabet.length]).join('')
}

export const newItemId = (): string => `it-${randomPart(12)}`
export const newSectionId = (): string => `custom-${randomPart(10)}`
