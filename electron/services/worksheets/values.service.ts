// Shared values: each partner rates every value privately; the ratings stay sealed until both
// have finished the round. Drafts are owned by the partner (encrypted with their private key);
// finishing copies the ratings into a shared "submission" record, because the other partner can
// never open a private record. The service then refuses to return a submission until the other
// partner's is there too, so finishing first never reveals anything.
import { VALUES, findValue } from '../../../shared/content/values'
import {
  CUSTOM_VALUES_MAX,
  type CompletedRound,
  type Ratings,
  type ValueItem,
  type ValuesHistory,
  type ValuesRoundView,
  type ValueTrend,
} from '../../../shared/contract/worksheets'
import { otherPartner, type PartnerId } from '../../../shared/domain'
import { compareValues, discussionPrompt, type ValuesComparison } from '../../../shared/logic/values-compare'
import { HearthError } from '../../../shared/result'
import type { Clock, StoredRecord, Vault } from '../vault/types'

export const VALUES_KINDS = {
  round: 'values-round',
  draft: 'values-draft',
  submission: 'values-submission',
  custom: 'values-custom',
} as const

interface RoundBody {
  startedAt: string
}
interface DraftBody {
  roundId: string
  ratings: Ratings
}
interface SubmissionBody {
  roundId: string
  partner: PartnerId
  ratings: Ratings
  finishedAt: string
}
interface CustomValueBody {
  name: string
  description: string
}

const CUSTOM_PREFIX = 'custom-'

export interface ValuesService {
  getRound(): ValuesRoundView
  rate(valueId: string, rating: number): Promise<ValuesRoundView>
  finish(): Promise<ValuesRoundView>
  addValue(name: string, description: string): Promise<ValuesRoundView>
  history(): ValuesHistory
}

export const createValuesService = (vault: Vault, clock: Clock): ValuesService => {
  const store = () => vault.store('journal')

  const values = (): ValueItem[] => [
    ...VALUES.map((v) => ({ ...v, custom: false })),
    ...store()
      .list<CustomValueBody>(VALUES_KINDS.custom, 'shared')
      .map((r) => ({ id: CUSTOM_PREFIX + r.id, name: r.body.name, description: r.body.description, custom: true })),
  ]

  const rounds = () => store().list<RoundBody>(VALUES_KINDS.round, 'shared')
  const submissionsOf = (roundId: string) =>
    store()
      .list<SubmissionBody>(VALUES_KINDS.submission, 'shared')
      .filter((s) => s.body.roundId === roundId)
  const isComplete = (roundId: string) => new Set(submissionsOf(roundId).map((s) => s.body.partner)).size === 2

  /** The round being filled in: the newest one not yet finished by both, if any. */
  const openRound = (): StoredRecord<RoundBody> | undefined => {
    const last = rounds().at(-1)
    return last && !isComplete(last.id) ? last : undefined
  }

  const myDraft = (roundId: string) =>
    store()
      .list<DraftBody>(VALUES_KINDS.draft, vault.active())
      .find((d) => d.body.roundId === roundId)

  const completedRounds = (): CompletedRound[] => {
    const names = partnerNames(vault)
    const items = values()
    return rounds()
      .map((round, index) => ({ round, number: index + 1 }))
      .filter(({ round }) => isComplete(round.id))
      .map(({ round, number }) => {
        const subs = submissionsOf(round.id)
        const of = (p: PartnerId) => subs.find((s) => s.body.partner === p)?.body
        const a = of('A')
        const b = of('B')
        const completedAt = [a?.finishedAt ?? '', b?.finishedAt ?? ''].sort().at(-1) ?? ''
        const ratings = { A: a?.ratings ?? {}, B: b?.ratings ?? {} }
        return { id: round.id, number, completedAt, ratings, comparison: compare(ratings, items, names) }
      })
  }

  const view = (): ValuesRoundView => {
    const me = vault.active()
    const round = openRound()
    const subs = round ? submissionsOf(round.id) : []
    const mySub = subs.find((s) => s.body.partner === me)
    return {
      values: values(),
      round: {
        number: rounds().length + (round ? 0 : 1),
        // Once finished, my ratings come from my own submission; before that, from my draft.
        mine: { ...(mySub?.body.ratings ?? (round ? myDraft(round.id)?.body.ratings : undefined) ?? {}) },
        myFinishedAt: mySub?.body.finishedAt ?? null,
        partnerFinished: subs.some((s) => s.body.partner === otherPartner(me)),
      },
      latest: completedRounds().at(-1) ?? null,
    }
  }

  // Rating is read-modify-write on one draft record; quick clicks arrive as overlapping requests,
  // so changes run one after another instead of failing each other's revision check.
  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task)
    queue = next.catch(() => undefined)
    return next
  }

  const ensureRound = async (): Promise<StoredRecord<RoundBody>> =>
    openRound() ??
    store().put<RoundBody>({
      kind: VALUES_KINDS.round,
      owner: 'shared',
      body: { startedAt: clock.now().toISOString() },
    })

  return {
    getRound: view,

    rate: (valueId, rating) =>
      serial(async () => {
        const me = vault.active()
        if (!values().some((v) => v.id === valueId))
          throw new HearthError('not-found', 'That value is not on your list any more.')
        const round = await ensureRound()
        if (submissionsOf(round.id).some((s) => s.body.partner === me))
          throw new HearthError(
            'conflict',
            'You have already finished this round. Your ratings are sealed until your partner finishes too.',
          )
        const draft = myDraft(round.id)
        await store().put<DraftBody>({
          id: draft?.id,
          kind: VALUES_KINDS.draft,
          owner: me,
          body: { roundId: round.id, ratings: { ...(draft?.body.ratings ?? {}), [valueId]: rating } },
          expectedRev: draft?.rev,
        })
        return view()
      }),

    finish: () =>
      serial(async () => {
        const me = vault.active()
        const round = openRound()
        const draft = round ? myDraft(round.id) : undefined
        if (!round || !draft) throw new HearthError('conflict', 'Rate the values first, then finish.')
        if (submissionsOf(round.id).some((s) => s.body.partner === me)) return view()
        const missing = values().filter((v) => draft.body.ratings[v.id] === undefined)
        if (missing.length > 0)
          throw new HearthError(
            'conflict',
            `A few values are not rated yet: ${missing.map((v) => v.name).join(', ')}. Rate each one, then finish.`,
          )
        await store().put<SubmissionBody>({
          kind: VALUES_KINDS.submission,
          owner: 'shared',
          body: { roundId: round.id, partner: me, ratings: draft.body.ratings, finishedAt: clock.now().toISOString() },
        })
        return view()
      }),

    addValue: (name, description) =>
      serial(async () => {
        const existing = values()
        if (existing.some((v) => v.name.toLowerCase() === name.toLowerCase()))
          throw new HearthError('conflict', `“${name}” is already on your list.`)
        if (existing.filter((v) => v.custom).length >= CUSTOM_VALUES_MAX)
          throw new HearthError('conflict', `You can add up to ${CUSTOM_VALUES_MAX} values of your own.`)
        await store().put<CustomValueBody>({ kind: VALUES_KINDS.custom, owner: 'shared', body: { name, description } })
        return view()
      }),

    history() {
      const rounds = completedRounds()
      return { rounds, trends: trendsOf(rounds, values()) }
    },
  }
}

const partnerNames = (vault: Vault): { A: string; B: string } => {
  const partners = vault.status().partners
  const name = (p: PartnerId) => partners.find((x) => x.id === p)?.name ?? (p === 'A' ? 'Partner A' : 'Partner B')
  return { A: name('A'), B: name('B') }
}

/** compareValues knows only the built-in list; names for the couple's own values are put back here. */
const compare = (
  ratings: Record<PartnerId, Ratings>,
  items: ValueItem[],
  names: { A: string; B: string },
): ValuesComparison => {
  const nameOf = (id: string) => findValue(id)?.name ?? items.find((v) => v.id === id)?.name ?? id
  const result = compareValues(ratings.A, ratings.B, names)
  const fix = <T extends { valueId: string; name: string }>(d: T): T => ({ ...d, name: nameOf(d.valueId) })
  const biggestDifferences = result.biggestDifferences.map(fix)
  return {
    ...result,
    differences: result.differences.map(fix),
    aligned: result.aligned.map(fix),
    biggestDifferences,
    oneSided: result.oneSided.map(fix),
    prompts: result.prompts.map((p) => {
      const d = biggestDifferences.find((x) => x.valueId === p.valueId)
      return d ? { valueId: p.valueId, text: discussionPrompt(d, names) } : p
    }),
  }
}

const trendsOf = (rounds: CompletedRound[], items: ValueItem[]): ValueTrend[] =>
  items
    .map((v) => ({
      valueId: v.id,
      name: v.name,
      A: rounds.map((r) => r.ratings.A[v.id] ?? null),
      B: rounds.map((r) => r.ratings.B[v.id] ?? null),
    }))
    .filter((t) => [...t.A, ...t.B].some((n) => n !== null))
