// The boundaries agreement: every save is a new revision chained to the one before, and each
// partner signs a revision with their own Ed25519 key after typing their passphrase again.
// Plain Node: the vault and clock come in; nothing decrypted is cached between calls, so a
// lock leaves nothing behind here.

import { randomBytes } from 'node:crypto'
import type { BoundariesView, RevisionDiff, RevisionView } from '../../../shared/contract/boundaries'
import type { PartnerId } from '../../../shared/domain'
import { HearthError } from '../../../shared/result'
import type { Clock, Vault } from '../vault/types'
import { buildContent, sameContent, type SaveRequest } from './build'
import { canonicalRevisionBytes, sha256Hex } from './canonical'
import { createVerifier, loadChain, type Chain } from './chain'
import { diffRevisions } from './diff'
import { REVISION_KIND, SIGNATURE_KIND, revisionRecordId, signatureRecordId, type RevisionBody, type SignatureBody } from './records'

export const BOUNDARIES_MSG = {
  stale: 'Your partner saved a newer version while you were editing. Your words are still on screen: copy anything you need, then reload.',
  notLatest: 'There is a newer version of the agreement. Read it first, then sign that one.',
  alreadySigned: 'You have already signed this version.',
  brokenChain: 'This version does not follow on from the one before it, so it cannot be signed. Save the page again to start a fresh version.',
  notFound: 'That version of the agreement does not exist.',
  nothing: 'There is nothing to sign yet. Write the agreement and save it first.',
  wrongPassphrase: (name: string) => `That is not ${name}'s passphrase. Each of you signs with your own.`,
} as const

export interface BoundariesService {
  view(): BoundariesView
  revision(number: number): RevisionView
  save(request: SaveRequest): Promise<BoundariesView>
  sign(revision: number, passphrase: string): Promise<BoundariesView>
  compare(from: number, to: number): RevisionDiff
}

/** Today's date where the laptop is, as YYYY-MM-DD (review dates are calendar days). */
export const localDay = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`

export const createBoundariesService = ({ vault, clock }: { vault: Vault; clock: Clock }): BoundariesService => {
  // One change at a time, so two quick saves cannot both claim the next revision number.
  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task)
    queue = run.catch(() => {})
    return run
  }
  const store = () => vault.store('boundaries')
  const verify = createVerifier()
  const chain = (): Chain => loadChain(store(), vault.signingPublicKeys(), verify)

  const fileNotice = (): string | null => {
    const reason = vault.status().recovery?.reason ?? null
    return reason && reason.includes('boundaries file') ? reason : null
  }

  const view = (c: Chain = chain()): BoundariesView => {
    const latest = c.revisions.at(-1) ?? null
    const lastAgreed = [...c.revisions].reverse().find((r) => r.agreed)?.number ?? null
    return {
      agreementId: c.agreementId,
      latest,
      lastAgreed,
      revisions: [...c.revisions].reverse().map((r) => ({ number: r.number, createdAt: r.createdAt, author: r.author, agreed: r.agreed })),
      reviewDue: latest?.reviewDate != null && latest.reviewDate <= localDay(clock.now()),
      fileNotice: fileNotice(),
    }
  }

  const revision = (number: number): RevisionView => {
    const found = chain().revisions.find((r) => r.number === number)
    if (!found) throw new HearthError('not-found', BOUNDARIES_MSG.notFound)
    return found
  }

  const save = (request: SaveRequest) =>
    serial(async () => {
      const active = vault.active()
      const c = chain()
      const latestNumber = c.revisions.at(-1)?.number ?? 0
      if (request.basedOn !== latestNumber) throw new HearthError('conflict', BOUNDARIES_MSG.stale)
      const previous = c.bodies.get(latestNumber)
      const content = buildContent(request, previous, active)
      if (previous && sameContent(previous, content)) return view(c)
      const body: RevisionBody = {
        agreementId: c.agreementId ?? randomBytes(16).toString('hex'),
        prevHash: previous ? c.hashes.get(latestNumber)! : '',
        number: latestNumber + 1,
        createdAt: clock.now().toISOString(),
        author: active,
        ...content,
      }
      await store().put({ id: revisionRecordId(body.number), kind: REVISION_KIND, owner: 'shared', body, expectedRev: 0 })
      return view()
    })

  const sign = (number: number, passphrase: string) =>
    serial(async () => {
      const active: PartnerId = vault.active()
      if (!(await vault.verifyPassphrase(passphrase))) {
        const name = vault.status().partners.find((p) => p.id === active)?.name ?? 'your'
        throw new HearthError('wrong-passphrase', BOUNDARIES_MSG.wrongPassphrase(name))
      }
      const c = chain()
      const latest = c.revisions.at(-1)
      if (!latest) throw new HearthError('not-found', BOUNDARIES_MSG.nothing)
      if (latest.number !== number) throw new HearthError('conflict', BOUNDARIES_MSG.notLatest)
      if (!latest.chainOk) throw new HearthError('corrupt', BOUNDARIES_MSG.brokenChain)
      if (store().get(signatureRecordId(number, active))) throw new HearthError('conflict', BOUNDARIES_MSG.alreadySigned)
      const revisionBody = c.bodies.get(number)!
      const bytes = canonicalRevisionBytes(revisionBody, revisionBody)
      const body: SignatureBody = {
        agreementId: revisionBody.agreementId,
        revision: number,
        revisionHash: sha256Hex(bytes),
        // Always the unlocked partner: the request has no field that could name anyone else.
        signer: active,
        signature: Buffer.from(vault.sign(bytes)).toString('base64'),
        signedAt: clock.now().toISOString(),
      }
      await store().put({ id: signatureRecordId(number, active), kind: SIGNATURE_KIND, owner: 'shared', body, expectedRev: 0 })
      return view()
    })

  const compare = (from: number, to: number): RevisionDiff => {
    const c = chain()
    const a = c.revisions.find((r) => r.number === from)
    const b = c.revisions.find((r) => r.number === to)
    if (!a || !b) throw new HearthError('not-found', BOUNDARIES_MSG.notFound)
    return diffRevisions(a, b)
  }

  return { view: () => view(), revision, save, sign, compare }
}
