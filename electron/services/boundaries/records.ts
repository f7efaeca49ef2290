// How the agreement is kept in the vault's 'boundaries' store (see docs/FORMAT.md, "Boundaries
// agreement records"). Ids are derived from the revision number so that two saves of the same
// number collide (expectedRev 0) instead of forking the history.

import { z } from 'zod'
import type { PartnerId } from '../../../shared/domain'

export const REVISION_KIND = 'boundaries.revision'
export const SIGNATURE_KIND = 'boundaries.signature'

export const revisionRecordId = (number: number): string => `boundaries-revision-${number}`
export const signatureRecordId = (number: number, partner: PartnerId): string => `boundaries-signature-${number}-${partner}`

const partner = z.enum(['A', 'B'])

/** Stored bodies are parsed on every read: a record that does not fit is treated as missing. */
export const revisionBodySchema = z
  .object({
    agreementId: z.string().min(1).max(64),
    prevHash: z.string().regex(/^([0-9a-f]{64})?$/),
    number: z.number().int().min(1),
    createdAt: z.string().min(1).max(40),
    author: partner,
    sections: z.array(
      z
        .object({
          id: z.string().min(1).max(40),
          title: z.string().max(200),
          custom: z.boolean(),
          needs: z.object({ A: z.string(), B: z.string() }).strict(),
        })
        .strict(),
    ),
    items: z.array(z.object({ id: z.string().min(1).max(40), sectionId: z.string().min(1).max(40), text: z.string() }).strict()),
    reviewDate: z.string().nullable(),
  })
  .strict()
export type RevisionBody = z.infer<typeof revisionBodySchema>

export const signatureBodySchema = z
  .object({
    agreementId: z.string().min(1).max(64),
    revision: z.number().int().min(1),
    /** For people reading the file; verification always recomputes it from the revision. */
    revisionHash: z.string(),
    signer: partner,
    signature: z.string().max(200),
    signedAt: z.string().min(1).max(40),
  })
  .strict()
export type SignatureBody = z.infer<typeof signatureBodySchema>
