import { describe, expect, it } from 'vitest'
import { REPLY_MSG } from '../../../electron/services/journal/replies.service'
import { repliesChannels } from '../../../shared/contract/replies'
import { codeOf, newCouple, type Couple } from './helpers'

const W = '2026-W48'
const answer = { kind: 'answer', week: W, promptId: 'connected' } as const
const parse = (channel: keyof typeof repliesChannels, payload: unknown) =>
  repliesChannels[channel].request.safeParse(payload).success

/** Rio (B) writes under the seal; Sam (A) writes too. Neither has finished. */
const sealedWeek = async (c: Couple) => {
  await c.as('B')
  await c.journal.reflection.saveDraft(W, { connected: 'The walk by the canal' }, true)
  await c.as('A')
  await c.journal.reflection.saveDraft(W, { connected: 'Cooking together' }, true)
}
const errorOf = async (fn: () => unknown): Promise<string> => {
  try {
    await fn()
    return 'no error'
  } catch (error) {
    return (error as Error).message
  }
}

describe('answering each other: hearts and short replies (issue 11 deliver 11)', () => {
  it('a heart and a reply on a revealed answer reach the other partner on their next unlock, counted once', async () => {
    const c = await newCouple()
    await sealedWeek(c)
    await c.journal.reflection.submit(W)
    await c.as('B')
    await c.journal.reflection.submit(W)
    await c.as('A')
    const heart = await c.journal.replies.send({ type: 'heart', target: answer })
    const again = await c.journal.replies.send({ type: 'heart', target: answer })
    expect(again.id).toBe(heart.id)
    c.clock.advanceDays(0.01)
    const reply = await c.journal.replies.send({ type: 'text', target: answer, text: '  Me too, let’s go again.  ' })
    expect(reply).toMatchObject({ from: 'A', to: 'B', heart: false, text: 'Me too, let’s go again.', seenAt: null })
    expect(c.journal.replies.list().unread).toBe(0)

    await c.as('B')
    const inbox = c.journal.replies.list()
    expect(inbox.unread).toBe(2)
    expect(inbox.replies.map((r) => (r.heart ? '♥' : r.text))).toEqual(['♥', 'Me too, let’s go again.'])
    const seen = await c.journal.replies.markSeen([heart.id, reply.id, heart.id])
    expect(seen.unread).toBe(0)
    const at = seen.replies.map((r) => r.seenAt)
    expect(at.every((s) => s !== null)).toBe(true)
    expect((await c.journal.replies.markSeen([heart.id])).replies.map((r) => r.seenAt)).toEqual(at)
    await c.as('B')
    expect(c.journal.replies.list().unread).toBe(0)
  })

  it('threat: a sealed answer cannot be answered before both have finished (a reply would prove it was read)', async () => {
    const c = await newCouple()
    await sealedWeek(c)
    expect(await codeOf(() => c.journal.replies.send({ type: 'heart', target: answer }))).toBe('forbidden')
    // Rio finishing alone does not open the week either.
    await c.as('B')
    await c.journal.reflection.submit(W)
    await c.as('A')
    expect(await errorOf(() => c.journal.replies.send({ type: 'text', target: answer, text: 'Lovely' }))).toBe(
      REPLY_MSG.sealed,
    )
    await c.as('B')
    expect(c.journal.replies.list()).toEqual({ replies: [], unread: 0 })
  })

  it('threat: an open week’s answer is answered only once its writer has finished, and never one’s own', async () => {
    const c = await newCouple()
    await c.as('B')
    await c.journal.reflection.setSealed(W, false)
    await c.journal.reflection.saveDraft(W, { connected: 'The walk' })
    await c.as('A')
    expect(await errorOf(() => c.journal.replies.send({ type: 'heart', target: answer }))).toBe(REPLY_MSG.notFinished)
    expect(await codeOf(() => c.journal.replies.send({ type: 'heart', target: { ...answer, promptId: 'hard' } }))).toBe(
      'not-found',
    )
    await c.as('B')
    await c.journal.reflection.submit(W)
    // Rio cannot heart their own answer (there is no answer of Sam's there).
    expect(await codeOf(() => c.journal.replies.send({ type: 'heart', target: answer }))).toBe('not-found')
    await c.as('A')
    expect(await c.journal.replies.send({ type: 'heart', target: answer })).toMatchObject({ from: 'A', to: 'B' })
  })

  it('threat: a reply cannot be written as the other partner: no request names a sender, and the sender is whoever is unlocked', async () => {
    expect(parse('replies:send', { type: 'heart', target: answer, from: 'B' })).toBe(false)
    expect(parse('replies:send', { type: 'text', target: answer, text: 'hi', to: 'A' })).toBe(false)
    expect(parse('replies:send', { type: 'text', target: { kind: 'note', noteId: 'n1', from: 'B' }, text: 'hi' })).toBe(
      false,
    )
    expect(parse('replies:send', { type: 'text', target: answer, text: '   ' })).toBe(false)
    expect(parse('replies:send', { type: 'text', target: answer, text: 'x'.repeat(281) })).toBe(false)
    expect(parse('replies:mark-seen', { ids: [] })).toBe(false)
    expect(parse('replies:send', { type: 'text', target: { kind: 'note', noteId: 'n1' }, text: 'Thank you' })).toBe(
      true,
    )

    const c = await newCouple()
    await c.as('B')
    const note = await c.journal.notes.send('Thank you for the soup')
    await c.as('A')
    const reply = await c.journal.replies.send({
      type: 'text',
      target: { kind: 'note', noteId: note.id },
      text: 'Any time',
    })
    expect(reply).toMatchObject({ from: 'A', to: 'B' })
  })

  it('threat: only the partner a note was written to can answer it, and only the recipient can mark a reply seen', async () => {
    const c = await newCouple()
    await c.as('A')
    const mine = await c.journal.notes.send('For you')
    expect(
      await errorOf(() => c.journal.replies.send({ type: 'heart', target: { kind: 'note', noteId: mine.id } })),
    ).toBe(REPLY_MSG.notYourNote)
    expect(
      await codeOf(() => c.journal.replies.send({ type: 'heart', target: { kind: 'note', noteId: 'nope' } })),
    ).toBe('not-found')
    await c.as('B')
    const heart = await c.journal.replies.send({ type: 'heart', target: { kind: 'note', noteId: mine.id } })
    // Rio cannot make their own heart look seen by Sam.
    expect(await codeOf(() => c.journal.replies.markSeen([heart.id]))).toBe('forbidden')
    expect(await codeOf(() => c.journal.replies.markSeen(['nope']))).toBe('not-found')
    await c.as('A')
    expect(c.journal.replies.list().unread).toBe(1)
  })

  it('a private entry id is not a note: a reply cannot point at another kind of record', async () => {
    const c = await newCouple()
    await c.as('B')
    const entry = await c.journal.privateEntries.save({ title: 'Mine', text: 'Only mine', prompt: null })
    await c.as('A')
    expect(
      await codeOf(() => c.journal.replies.send({ type: 'heart', target: { kind: 'note', noteId: entry.id } })),
    ).toBe('not-found')
  })
})
