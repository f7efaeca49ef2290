import { describe, expect, it } from 'vitest'
import { journalChannels, TEXT_MAX_LENGTH } from '../../../shared/contract/journal'

const parse = (channel: keyof typeof journalChannels, payload: unknown) => journalChannels[channel].request.safeParse(payload).success

describe('journal requests are strict and bounded', () => {
  it('threat: a request cannot name its author or owner', () => {
    expect(parse('reflection:save-draft', { week: '2026-W48', answers: {}, author: 'A' })).toBe(false)
    expect(parse('reflection:save-draft', { week: '2026-W48', answers: { author: 'A' } })).toBe(false)
    expect(parse('private:save', { text: 'x', owner: 'B' })).toBe(false)
    expect(parse('notes:send', { text: 'x', from: 'B' })).toBe(false)
  })

  it('accepts well-formed requests', () => {
    expect(parse('reflection:get', {})).toBe(true)
    expect(parse('reflection:save-draft', { week: '2026-W48', answers: { connected: 'x', rating: 7 }, sealed: true })).toBe(true)
    expect(parse('reflection:save-draft', { week: '2026-W48', answers: { rating: null } })).toBe(true)
    expect(parse('private:save', { id: 'abc', title: 'T', text: '', prompt: null, expectedRev: 2 })).toBe(true)
    expect(parse('search:query', { q: 'walk' })).toBe(true)
  })

  it('refuses oversized text, bad weeks, bad ratings and empty notes or searches', () => {
    expect(parse('private:save', { text: 'x'.repeat(TEXT_MAX_LENGTH + 1) })).toBe(false)
    expect(parse('private:save', { text: 'x'.repeat(TEXT_MAX_LENGTH) })).toBe(true)
    expect(parse('notes:send', { text: 'x'.repeat(TEXT_MAX_LENGTH + 1) })).toBe(false)
    expect(parse('notes:send', { text: '   ' })).toBe(false)
    expect(parse('reflection:get', { week: '2026-W54' })).toBe(false)
    expect(parse('reflection:get', { week: '2026-48' })).toBe(false)
    expect(parse('reflection:save-draft', { week: '2026-W48', answers: { rating: 11 } })).toBe(false)
    expect(parse('reflection:save-draft', { week: '2026-W48', answers: { rating: 6.5 } })).toBe(false)
    expect(parse('search:query', { q: '  ' })).toBe(false)
    expect(parse('search:query', { q: 'x'.repeat(201) })).toBe(false)
    expect(parse('private:get', { id: '' })).toBe(false)
  })
})
