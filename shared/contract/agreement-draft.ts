// A partner's own working copy of the boundaries agreement: saved as they type, private to them
// (the other partner never sees it), and turned into a revision only when they propose it.
import { z } from 'zod'
import { channel } from './define'
import { BOUNDARY_ITEMS_MAX, BOUNDARY_NEED_MAX, BOUNDARY_SECTIONS_MAX, BOUNDARY_TEXT_MAX, BOUNDARY_TITLE_MAX } from './boundaries'

const sectionId = z.string().min(1).max(40).regex(/^[a-z0-9-]+$/)
const itemId = z.string().min(1).max(40).regex(/^[A-Za-z0-9_-]+$/)

/** Like a 'boundaries:save' request, but half-finished: an agreed item may still be empty. */
export const agreementDraftInput = z
  .object({
    /** The version this draft was started from (0 before the first). */
    basedOn: z.number().int().nonnegative(),
    sections: z
      .array(z.object({ id: sectionId, title: z.string().max(BOUNDARY_TITLE_MAX), myNeed: z.string().max(BOUNDARY_NEED_MAX) }).strict())
      .max(BOUNDARY_SECTIONS_MAX),
    items: z.array(z.object({ id: itemId, sectionId, text: z.string().max(BOUNDARY_TEXT_MAX) }).strict()).max(BOUNDARY_ITEMS_MAX),
    reviewDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  })
  .strict()

export type AgreementDraftInput = z.infer<typeof agreementDraftInput>

export interface AgreementDraft extends AgreementDraftInput {
  updatedAt: string
}

export const agreementDraftChannels = {
  /** Keeps the active partner's working copy; null deletes it (proposed, or back to the agreement). */
  'boundaries:save-draft': channel(z.object({ draft: agreementDraftInput.nullable() }).strict()).returns<AgreementDraft | null>(),
  /** The active partner's own working copy, or null. Never the other partner's. */
  'boundaries:draft': channel(z.object({}).strict()).returns<AgreementDraft | null>(),
}
