import { z } from 'zod'
import { channel } from './define'
import type { PartnerId } from '../domain'

// The boundaries agreement: a chain of revisions, each signed (or not yet) by both partners.
// Requests never name a signer or an author: the service always acts as the unlocked partner.

export const BOUNDARY_TEXT_MAX = 1000
export const BOUNDARY_NEED_MAX = 4000
export const BOUNDARY_TITLE_MAX = 80
export const BOUNDARY_SECTIONS_MAX = 30
export const BOUNDARY_ITEMS_MAX = 300

/** Built-in section ids come from shared/content/boundaries.ts; sections the couple adds use this. */
export const CUSTOM_SECTION_ID = /^custom-[a-z0-9]{4,24}$/
const sectionId = z.string().min(1).max(40).regex(/^[a-z0-9-]+$/)
const itemId = z.string().min(1).max(40).regex(/^[A-Za-z0-9_-]+$/)
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-05-31.')

const sectionInput = z
  .object({
    id: sectionId,
    /** Used for sections the couple adds; built-in sections keep their own title. */
    title: z.string().trim().max(BOUNDARY_TITLE_MAX),
    /** The active partner's own "what I need" note. The other partner's note is never sent. */
    myNeed: z.string().max(BOUNDARY_NEED_MAX),
  })
  .strict()

const itemInput = z
  .object({ id: itemId, sectionId, text: z.string().trim().min(1, 'An agreed item needs some words.').max(BOUNDARY_TEXT_MAX) })
  .strict()

export interface BoundaryItem {
  id: string
  sectionId: string
  text: string
}

export interface BoundarySectionEntry {
  id: string
  title: string
  custom: boolean
  needs: Record<PartnerId, string>
}

/** One revision as stored (and, with the agreement id and previous hash, as signed). */
export interface BoundaryRevision {
  number: number
  createdAt: string
  author: PartnerId
  sections: BoundarySectionEntry[]
  items: BoundaryItem[]
  reviewDate: string | null
}

/** unsigned: no signature yet; valid: verifies; mismatch: a signature exists but no longer matches the text. */
export type SignatureState = 'unsigned' | 'valid' | 'mismatch'

export interface SignatureView {
  partner: PartnerId
  state: SignatureState
  signedAt: string | null
  /** First 8 bytes of SHA-256 of the signature, hex in groups of four: short enough to read aloud. */
  fingerprint: string | null
}

export interface RevisionView extends BoundaryRevision {
  signatures: SignatureView[]
  /** Both partners' signatures verify. */
  agreed: boolean
  /** This revision names the previous one correctly (false means the history was altered). */
  chainOk: boolean
}

export interface RevisionSummary {
  number: number
  createdAt: string
  author: PartnerId
  agreed: boolean
}

export interface BoundariesView {
  agreementId: string | null
  latest: RevisionView | null
  /** Newest revision both partners signed, if any. */
  lastAgreed: number | null
  /** Newest first. */
  revisions: RevisionSummary[]
  /** The review date has come. */
  reviewDue: boolean
  /** Plain words when the boundaries file had to be set aside at unlock. */
  fileNotice: string | null
}

export interface ItemChange {
  kind: 'added' | 'removed' | 'changed'
  id: string
  before: string | null
  after: string | null
}

export interface SectionChanges {
  sectionId: string
  title: string
  sectionAdded: boolean
  sectionRemoved: boolean
  items: ItemChange[]
  /** Partners whose "what I need" note changed. */
  needsChanged: PartnerId[]
}

export interface RevisionDiff {
  from: number
  to: number
  sections: SectionChanges[]
  reviewDate: { before: string | null; after: string | null } | null
}

const revisionNumber = z.number().int().min(1).max(1_000_000)

export const boundariesChannels = {
  'boundaries:get': channel(z.object({}).strict()).returns<BoundariesView>(),
  'boundaries:revision': channel(z.object({ number: revisionNumber }).strict()).returns<RevisionView>(),
  /** Saves the page as the next revision; `basedOn` is the latest revision the editor started from (0: none). */
  'boundaries:save': channel(
    z
      .object({
        basedOn: z.number().int().min(0).max(1_000_000),
        sections: z.array(sectionInput).max(BOUNDARY_SECTIONS_MAX),
        items: z.array(itemInput).max(BOUNDARY_ITEMS_MAX),
        reviewDate: isoDate.nullable(),
      })
      .strict(),
  ).returns<BoundariesView>(),
  /** Signs `revision` as the unlocked partner; their passphrase is asked again. */
  'boundaries:sign': channel(z.object({ revision: revisionNumber, passphrase: z.string().min(1).max(1024) }).strict()).returns<BoundariesView>(),
  'boundaries:compare': channel(z.object({ from: revisionNumber, to: revisionNumber }).strict()).returns<RevisionDiff>(),
  /**
   * Prints the window to a PDF the user saves through the system dialog. The PDF is NOT
   * encrypted; the renderer says so before asking. Unsupported outside the Electron app.
   */
  'print:save-pdf': channel(
    z
      .object({ suggestedName: z.string().trim().min(1).max(120) })
      .strict(),
  ).returns<{ saved: boolean; path?: string }>(),
}
