// Builds a synthetic couple's journal of `years` of heavy use, through the vault's RecordStore
// (putMany in four-week batches) with the cheap test KDF, and the boundaries agreement through its
// real service. Record kinds and body shapes are the ones the services write (journal/records.ts,
// worksheets/values.service.ts, boundaries/records.ts), so the services read them as their own.
//
// Per week: a reflection by both partners, three private entries of ~1.5 KB by each, five
// appreciation notes. Per calendar month: a values round (round, two private drafts, two shared
// submissions). Once: the boundaries agreement with 30 revisions, each signed by both (Ed25519, real chain).

import { createVault } from '../../electron/services/vault'
import type { Clock, PutInput, Vault } from '../../electron/services/vault/types'
import { canonicalRevisionBytes, sha256Hex } from '../../electron/services/boundaries/canonical'
import { REVISION_KIND, SIGNATURE_KIND, revisionRecordId, signatureRecordId, type RevisionBody, type SignatureBody } from '../../electron/services/boundaries/records'
import { KIND } from '../../electron/services/journal/records'
import { isoWeekOf } from '../../electron/services/journal/iso-week'
import { VALUES_KINDS } from '../../electron/services/worksheets/values.service'
import { VALUES } from '../../shared/content/values'
import { BOUNDARY_SECTIONS } from '../../shared/content/boundaries'
import { allJournalPrompts } from '../../shared/content/journal-prompts'
import type { PartnerId } from '../../shared/domain'
import { RARE_WORD, pick, prose, rng, type Rand } from './text'

export const CHEAP_KDF = { alg: 'scrypt', logN: 10, r: 8, p: 1 } as const
export const PASS = { A: 'bench passphrase for Sam', B: 'bench passphrase for Rio' } as const
export const NAMES = { A: 'Sam', B: 'Rio' } as const
const WEEK_MS = 7 * 86_400_000
const BATCH_WEEKS = 4
const PROMPT_IDS = allJournalPrompts().map((p) => p.prompt.id)

export interface GenerateResult {
  records: number
  /** The bench's "now": one week after the last generated week. */
  now: string
  seconds: number
}

/** A clock the generator moves forward; every putMany stamps records with its current time. */
export const movableClock = (start: Date): Clock & { set(d: Date): void } => {
  let t = start.getTime()
  return { now: () => new Date(t), set: (d) => void (t = d.getTime()) }
}

const answers = (rand: Rand) => ({
  connected: prose(rand, 220),
  hard: prose(rand, 180),
  appreciated: prose(rand, 200),
  need: prose(rand, 160),
  together: prose(rand, 140),
  rating: 1 + Math.floor(rand() * 5),
})

/** Shared records of one week (written in A's session; owner 'shared' is readable by both). */
const sharedWeek = (rand: Rand, at: Date): PutInput<unknown>[] => {
  const week = isoWeekOf(at)
  const sealed = rand() < 0.3
  const out: PutInput<unknown>[] = (['A', 'B'] as const).map((author) => ({
    kind: KIND.answers,
    owner: 'shared',
    body: { week, author, answers: answers(rand), sealed, submittedAt: new Date(at.getTime() + 3600_000).toISOString() },
  }))
  for (let i = 0; i < 5; i++) {
    const from: PartnerId = rand() < 0.5 ? 'A' : 'B'
    const text = rand() < 0.02 ? `${prose(rand, 80)} The ${RARE_WORD} trip.` : prose(rand, 160)
    out.push({ kind: KIND.note, owner: 'shared', body: { from, to: from === 'A' ? 'B' : 'A', text, readAt: at.toISOString() } })
  }
  return out
}

const privateWeek = (rand: Rand, owner: PartnerId): PutInput<unknown>[] =>
  [0, 1, 2].map(() => ({
    kind: KIND.entry,
    owner,
    body: { title: prose(rand, 30).slice(0, 40), text: prose(rand, 1500), promptId: rand() < 0.4 ? pick(rand, PROMPT_IDS) : null },
  }))

const ratings = (rand: Rand) => Object.fromEntries(VALUES.map((v) => [v.id, 1 + Math.floor(rand() * 5)]))

/** One values round: the shared round, both private drafts (each in its owner's pass), both submissions. */
const valuesRound = (rand: Rand, at: Date, roundId: string, pass: PartnerId): PutInput<unknown>[] => {
  const r = ratings(rand)
  const draft: PutInput<unknown> = { kind: VALUES_KINDS.draft, owner: pass, body: { roundId, ratings: r } }
  if (pass === 'B') return [draft]
  const finishedAt = at.toISOString()
  return [
    { id: roundId, kind: VALUES_KINDS.round, owner: 'shared', body: { startedAt: at.toISOString() } },
    draft,
    { kind: VALUES_KINDS.submission, owner: 'shared', body: { roundId, partner: 'A', ratings: r, finishedAt } },
    { kind: VALUES_KINDS.submission, owner: 'shared', body: { roundId, partner: 'B', ratings: ratings(rand), finishedAt } },
  ]
}

/** One partner's pass over all weeks: A also writes every shared record. */
const writePass = async (vault: Vault, clock: ReturnType<typeof movableClock>, pass: PartnerId, start: Date, weeks: number): Promise<number> => {
  await vault.unlock(pass, PASS[pass])
  const store = vault.store('journal')
  const rand = rng(pass === 'A' ? 1 : 2)
  const shared = rng(3)
  let count = 0
  let batch: PutInput<unknown>[] = []
  let month = -1
  for (let w = 0; w < weeks; w++) {
    const at = new Date(start.getTime() + w * WEEK_MS)
    if (pass === 'A') batch.push(...sharedWeek(shared, at))
    batch.push(...privateWeek(rand, pass))
    if (at.getUTCMonth() !== month) {
      month = at.getUTCMonth()
      batch.push(...valuesRound(rand, at, `bench-round-${w}`, pass))
    }
    if ((w + 1) % BATCH_WEEKS === 0 || w === weeks - 1) {
      clock.set(at)
      await store.putMany(batch)
      count += batch.length
      batch = []
    }
  }
  vault.lock('user')
  return count
}

/**
 * The agreement: 30 revisions chained and signed by both, written with putMany using the
 * boundaries module's own canonical bytes and hashes (its service re-verifies the whole chain on
 * every call, which would make generation quadratic).
 */
const writeAgreement = async (vault: Vault, start: Date): Promise<number> => {
  const rand = rng(4)
  const bodies: RevisionBody[] = []
  let prevHash = ''
  for (let n = 1; n <= 30; n++) {
    const body: RevisionBody = {
      agreementId: 'bench-agreement',
      prevHash,
      number: n,
      createdAt: new Date(start.getTime() + n * 30 * 86_400_000).toISOString(),
      author: n % 2 ? 'A' : 'B',
      sections: BOUNDARY_SECTIONS.map((s) => ({ id: s.id, title: s.title, custom: false, needs: { A: prose(rand, 200), B: prose(rand, 200) } })),
      items: BOUNDARY_SECTIONS.slice(0, 4).map((s, i) => ({ id: `item-${i}`, sectionId: s.id, text: prose(rand, 120) })),
      reviewDate: null,
    }
    prevHash = sha256Hex(canonicalRevisionBytes(body, body))
    bodies.push(body)
  }
  let count = 0
  for (const signer of ['A', 'B'] as const) {
    await vault.unlock(signer, PASS[signer])
    const batch: PutInput<unknown>[] = signer === 'A' ? bodies.map((body) => ({ id: revisionRecordId(body.number), kind: REVISION_KIND, owner: 'shared', body })) : []
    for (const body of bodies) {
      const bytes = canonicalRevisionBytes(body, body)
      const signature: SignatureBody = {
        agreementId: body.agreementId,
        revision: body.number,
        revisionHash: sha256Hex(bytes),
        signer,
        signature: Buffer.from(vault.sign(bytes)).toString('base64'),
        signedAt: body.createdAt,
      }
      batch.push({ id: signatureRecordId(body.number, signer), kind: SIGNATURE_KIND, owner: 'shared', body: signature })
    }
    await vault.store('boundaries').putMany(batch)
    count += batch.length
    vault.lock('user')
  }
  return count
}

export const generate = async (dataDir: string, years: number): Promise<GenerateResult> => {
  const t0 = performance.now()
  const weeks = Math.round(years * 52)
  const now = new Date()
  const start = new Date(now.getTime() - weeks * WEEK_MS)
  const clock = movableClock(start)
  const vault = createVault({ dataDir, clock, kdf: CHEAP_KDF, allowWeakKdf: true })
  await vault.load()
  await vault.create({ partners: [{ name: NAMES.A, passphrase: PASS.A }, { name: NAMES.B, passphrase: PASS.B }] })
  let records = await writePass(vault, clock, 'A', start, weeks)
  records += await writePass(vault, clock, 'B', start, weeks)
  records += await writeAgreement(vault, start)
  return { records, now: now.toISOString(), seconds: (performance.now() - t0) / 1000 }
}
