// "How well do you know me?": per round, each partner's side (answers about themselves, guesses
// about the other, and which of the other's guesses they found close) is one record.
//
// Sealing: the sides are kept under the SHARED key (the reveal must show both from either
// partner's session), so either session could decrypt the other's side. Hiding is therefore
// enforced here, the only process holding keys, exactly like the sealed weekly reflection: no
// response ever carries the other partner's words until both partners have sealed their answers
// AND their guesses. Before that the other side is reduced to two yes/no flags.
import { loveMapRound } from '../../../shared/content/love-maps'
import type { LoveMapPart, LoveMapSide, LoveMapView } from '../../../shared/contract/rituals-guided'
import { otherPartner, type PartnerId } from '../../../shared/domain'
import { HearthError } from '../../../shared/result'
import { serial } from '../journal/records'
import type { Clock, StoredRecord, Vault } from '../vault/types'

export const LOVE_MAP_KIND = 'lovemaps.side'

interface SideBody extends LoveMapSide {
  round: number
}

export const LOVE_MAP_MSG = {
  notInRound: 'That question is not part of this round.',
  tooEarly: 'Finish the round before this one first.',
  sealed: 'You have sealed these already; they stay as they are until the reveal.',
  answerFirst: 'Seal your own answers before you guess.',
  empty: 'Write at least one answer before you seal.',
  notRevealed: 'You can mark guesses once the round is revealed.',
} as const

const emptySide = (partner: PartnerId): LoveMapSide => ({ partner, answers: {}, guesses: {}, answersDoneAt: null, guessesDoneAt: null, close: [] })
const complete = (s: LoveMapSide | undefined): boolean => Boolean(s?.answersDoneAt && s.guessesDoneAt)
const copy = (s: LoveMapSide): LoveMapSide => ({ ...s, answers: { ...s.answers }, guesses: { ...s.guesses }, close: [...s.close] })

export function createLoveMapsService({ vault, clock }: { vault: Vault; clock: Clock }) {
  const run = serial()
  const store = () => vault.store('journal')
  const all = (): StoredRecord<SideBody>[] =>
    store()
      .list<SideBody>(LOVE_MAP_KIND, 'shared')
      .filter((r) => r.owner === 'shared' && Number.isInteger(r.body?.round) && (r.body.partner === 'A' || r.body.partner === 'B'))
  const sidesOf = (round: number) => {
    const out: Partial<Record<PartnerId, StoredRecord<SideBody>>> = {}
    for (const r of all()) if (r.body.round === round) out[r.body.partner] = r
    return out
  }
  const revealed = (round: number): boolean => {
    const s = sidesOf(round)
    return complete(s.A?.body) && complete(s.B?.body)
  }
  /** The newest round anyone started; 1 when none. */
  const latest = (): number => all().reduce((max, r) => Math.max(max, r.body.round), 1)

  const view = (round: number, viewer: PartnerId): LoveMapView => {
    const sides = sidesOf(round)
    const other = otherPartner(viewer)
    const mine = sides[viewer]?.body ?? emptySide(viewer)
    const theirs = sides[other]?.body
    const open = complete(mine) && complete(theirs)
    const pastRounds = new Set(all().map((r) => r.body.round).filter((n) => n < round && revealed(n))).size
    return {
      round,
      questionIds: loveMapRound(round).map((q) => q.id),
      mine: copy(strip(mine)),
      // Only flags: the other partner's words never leave this function before the reveal.
      partner: { partner: other, answersDone: Boolean(theirs?.answersDoneAt), guessesDone: Boolean(theirs?.guessesDoneAt) },
      revealed: open && theirs ? ({ [viewer]: copy(strip(mine)), [other]: copy(strip(theirs)) } as Record<PartnerId, LoveMapSide>) : null,
      pastRounds,
    }
  }

  /** A round may be written once every earlier round has been revealed. */
  const checkRound = (round: number) => {
    if (round > 1 && !revealed(round - 1)) throw new HearthError('conflict', LOVE_MAP_MSG.tooEarly)
  }
  const checkQuestion = (round: number, questionId: string) => {
    if (!loveMapRound(round).some((q) => q.id === questionId)) throw new HearthError('bad-request', LOVE_MAP_MSG.notInRound)
  }

  const write = async (round: number, me: PartnerId, change: (side: LoveMapSide) => LoveMapSide) => {
    const existing = sidesOf(round)[me]
    const next = change(copy(existing ? strip(existing.body) : emptySide(me)))
    await store().put<SideBody>({ id: existing?.id, kind: LOVE_MAP_KIND, owner: 'shared', body: { ...next, partner: me, round }, expectedRev: existing?.rev ?? 0 })
    return view(round, me)
  }

  return {
    get(round?: number): LoveMapView {
      const me = vault.active()
      const current = latest()
      // Asking for the next round opens it only after the current one is revealed.
      const target = round === undefined ? current : Math.min(round, revealed(current) ? current + 1 : current)
      return view(target, me)
    },

    save: (round: number, part: LoveMapPart, questionId: string, text: string) =>
      run(async () => {
        const me = vault.active()
        checkRound(round)
        checkQuestion(round, questionId)
        return write(round, me, (side) => {
          if (part === 'answers' ? side.answersDoneAt : side.guessesDoneAt) throw new HearthError('conflict', LOVE_MAP_MSG.sealed)
          if (part === 'guesses' && !side.answersDoneAt) throw new HearthError('conflict', LOVE_MAP_MSG.answerFirst)
          const map = part === 'answers' ? side.answers : side.guesses
          if (text.trim()) map[questionId] = text
          else delete map[questionId]
          return side
        })
      }),

    seal: (round: number, part: LoveMapPart) =>
      run(async () => {
        const me = vault.active()
        checkRound(round)
        return write(round, me, (side) => {
          if (part === 'guesses' && !side.answersDoneAt) throw new HearthError('conflict', LOVE_MAP_MSG.answerFirst)
          const map = part === 'answers' ? side.answers : side.guesses
          if (!Object.values(map).some((t) => t.trim())) throw new HearthError('bad-request', LOVE_MAP_MSG.empty)
          const now = clock.now().toISOString()
          if (part === 'answers') side.answersDoneAt ??= now
          else side.guessesDoneAt ??= now
          return side
        })
      }),

    /** The active partner says whether the other's guess about them came close. */
    mark: (round: number, questionId: string, close: boolean) =>
      run(async () => {
        const me = vault.active()
        checkQuestion(round, questionId)
        if (!revealed(round)) throw new HearthError('conflict', LOVE_MAP_MSG.notRevealed)
        return write(round, me, (side) => {
          const set = new Set(side.close)
          if (close) set.add(questionId)
          else set.delete(questionId)
          return { ...side, close: [...set] }
        })
      }),
  }
}

/** Drops the round number (and anything unexpected) from a stored side. */
const strip = (s: LoveMapSide): LoveMapSide => ({
  partner: s.partner,
  answers: s.answers ?? {},
  guesses: s.guesses ?? {},
  answersDoneAt: s.answersDoneAt ?? null,
  guessesDoneAt: s.guessesDoneAt ?? null,
  close: s.close ?? [],
})

export type LoveMapsService = ReturnType<typeof createLoveMapsService>
