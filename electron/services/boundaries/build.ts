// Turns what the editor sent into the next revision. The request carries only the active
// partner's own notes: the other partner's words are copied from the previous revision, so
// neither partner can write in the other's name.

import { BOUNDARY_SECTIONS } from '../../../shared/content/boundaries'
import { CUSTOM_SECTION_ID, type BoundaryItem, type BoundarySectionEntry } from '../../../shared/contract/boundaries'
import type { ParsedRequestOf } from '../../../shared/contract/define'
import type { Channels } from '../../../shared/contract'
import type { PartnerId } from '../../../shared/domain'
import { HearthError } from '../../../shared/result'
import { canonicalJson } from './canonical'
import type { RevisionBody } from './records'

export type SaveRequest = ParsedRequestOf<Channels['boundaries:save']>
export type RevisionContent = Pick<RevisionBody, 'sections' | 'items' | 'reviewDate'>

const nfc = (text: string): string => text.normalize('NFC')
const BUILT_IN = new Map(BOUNDARY_SECTIONS.map((s) => [s.id as string, s]))

const bad = (message: string): never => {
  throw new HearthError('bad-request', message)
}

/** Built-in sections always, in the content's order; then the couple's own, in the order sent. */
const buildSections = (request: SaveRequest, previous: RevisionBody | undefined, active: PartnerId): BoundarySectionEntry[] => {
  const sent = new Map<string, SaveRequest['sections'][number]>()
  for (const s of request.sections) {
    if (sent.has(s.id)) bad('Two sections have the same id.')
    if (!BUILT_IN.has(s.id) && !CUSTOM_SECTION_ID.test(s.id)) bad('That section is not one Hearth knows.')
    sent.set(s.id, s)
  }
  const prior = new Map(previous?.sections.map((s) => [s.id, s]) ?? [])
  const entry = (id: string, title: string, custom: boolean): BoundarySectionEntry => {
    const needs = { A: prior.get(id)?.needs.A ?? '', B: prior.get(id)?.needs.B ?? '' }
    const mine = sent.get(id)
    if (mine) needs[active] = nfc(mine.myNeed.trimEnd())
    return { id, title: nfc(title), custom, needs }
  }
  const builtIn = BOUNDARY_SECTIONS.map((s) => entry(s.id, s.title, false))
  const custom = request.sections
    .filter((s) => !BUILT_IN.has(s.id))
    .map((s) => (s.title.length === 0 ? bad('Each section you add needs a title.') : entry(s.id, s.title, true)))
  return [...builtIn, ...custom]
}

const buildItems = (request: SaveRequest, sections: BoundarySectionEntry[]): BoundaryItem[] => {
  const sectionIds = new Set(sections.map((s) => s.id))
  const seen = new Set<string>()
  return request.items.map((item) => {
    if (seen.has(item.id)) bad('Two agreed items have the same id.')
    if (!sectionIds.has(item.sectionId)) bad('An agreed item belongs to a section that is not there.')
    seen.add(item.id)
    return { id: item.id, sectionId: item.sectionId, text: nfc(item.text) }
  })
}

const isRealDate = (value: string): boolean => {
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

export const buildContent = (request: SaveRequest, previous: RevisionBody | undefined, active: PartnerId): RevisionContent => {
  if (request.reviewDate !== null && !isRealDate(request.reviewDate)) bad('That review date is not a real day.')
  const sections = buildSections(request, previous, active)
  return { sections, items: buildItems(request, sections), reviewDate: request.reviewDate }
}

/** Saving the page unchanged makes no new revision (and keeps its signatures). */
export const sameContent = (a: RevisionContent, b: RevisionContent): boolean =>
  canonicalJson([a.sections, a.items, a.reviewDate]) === canonicalJson([b.sections, b.items, b.reviewDate])
