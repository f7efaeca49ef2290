// Offline, rule-based hints for the "I statements" habit: find sentences that read as blame
// ("you never listen", "it's your fault") and offer a gentle feeling/when/need template built
// from the sentence. It is a nudge, not a judge: when in doubt it stays quiet, so praise
// ("you always make me laugh"), questions, quotes and set phrases ("you never know") pass.

import {
  APPRECIATION_FRAME,
  BLAME_RULES,
  CLAUSE_BREAK,
  CONTRAST,
  GENERIC_YOU,
  IRREGULAR_PAST,
  NEGATIVE,
  POSITIVE,
  SHOULD_HAVE_EXCEPTIONS,
  YES_NO_QUESTION,
  type BlameKind,
} from './blame-lexicon'

export type { BlameKind } from './blame-lexicon'

export interface BlameHint {
  /** Offsets into the original text (UTF-16, end exclusive) of the phrase that reads as blame. */
  start: number
  end: number
  /** The phrase as written, e.g. "You never". */
  phrase: string
  /** The whole sentence it appears in, trimmed. */
  sentence: string
  /** A gentle rephrasing template: "I feel … when … I need …", filled in where we can. */
  suggestion: string
  kind: BlameKind
}

export const GENERIC_SUGGESTION = 'I feel … when … I need …'

interface Span {
  start: number
  end: number
}

/**
 * Same length as the input, so offsets line up: lower-cased, curly apostrophes straightened,
 * and quoted passages blanked so someone quoting a fight is not told off for it.
 */
export function normalizeForMatching(text: string): string {
  let out = text.toLowerCase().replace(/[’‘ʼ]/g, (ch, i: number) => {
    // Keep ‘ as an opening quote so quoted passages can still be found below.
    return ch === '‘' && (i === 0 || /[\s(["“]/.test(text[i - 1] ?? '')) ? '‘' : "'"
  })
  const quoted = [/"[^"\n]*"/g, /“[^”\n]*”/g, /‘[^\n]*?'(?![a-z])/g, /(?<=^|[\s(])'[^\n]*?'(?![a-z])/g]
  for (const re of quoted) out = out.replace(re, (m) => ' '.repeat(m.length))
  return out
}

/** Sentence spans: ends at . ! ? … (one or more) or a line break. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = []
  const re = /[^.!?…\n]+(?:[.!?…]+|\n|$)/g
  for (const m of text.matchAll(re)) {
    const raw = m[0]
    const lead = raw.length - raw.trimStart().length
    const body = raw.trim()
    if (body.length === 0) continue
    spans.push({ start: m.index + lead, end: m.index + lead + body.length })
  }
  return spans
}

/** Text after a trigger up to the end of its clause, with filler words dropped. */
function clauseAfter(text: string): string {
  const cut = text.search(CLAUSE_BREAK)
  const clause = (cut === -1 ? text : text.slice(0, cut)).trim()
  return clause.replace(/^(?:(?:just|even|so|really|ever|once)\s+)+/i, '').trim()
}

/** Decides whether a matched phrase, in context, really reads as blame. */
function readsAsBlame(kind: BlameKind, norm: string, matchStart: number, matchEnd: number): boolean {
  const before = norm.slice(0, matchStart)
  const clause = clauseAfter(norm.slice(matchEnd))
  const negative = NEGATIVE.test(clause)
  const positive = POSITIVE.test(clause)

  const praiseFrame = (() => {
    const frame = APPRECIATION_FRAME.exec(before)
    if (!frame) return false
    return !CONTRAST.test(before.slice(frame.index + frame[0].length))
  })()
  const softKinds: BlameKind[] = ['always', 'keep', 'never', 'make-me', 'because']
  if (praiseFrame && softKinds.includes(kind) && !negative) return false

  if ((kind === 'always' || kind === 'never' || kind === 'keep') && GENERIC_YOU.test(norm)) return false
  const question = YES_NO_QUESTION.test(norm) && norm.trimEnd().endsWith('?')
  if (question && (kind === 'always' || kind === 'never') && !negative) return false

  switch (kind) {
    case 'always':
    case 'keep':
      return negative || !positive
    case 'never': {
      // "never stop X" means "always X".
      const stop = /^stops?\s+(.*)$/.exec(clause)
      if (stop) return NEGATIVE.test(stop[1] ?? '') || !POSITIVE.test(stop[1] ?? '')
      // Never doing a bad thing ("you never let me down") is praise.
      return !negative
    }
    case 'make-me':
      return negative
    case 'because':
      return NEGATIVE.test(norm.slice(0, matchStart) + ' ' + norm.slice(matchEnd))
    case 'fault':
      return !/(?:\bnot|n't|\bnever|\bno one's|\bnobody's)\s+(?:\w+\s+)?$/.test(before)
    case 'should-have':
      return !SHOULD_HAVE_EXCEPTIONS.test(norm.slice(matchEnd))
    default:
      return true
  }
}

/** Keeps the user's casing unless the clause was shouted in capitals. */
function calm(text: string): string {
  return text === text.toUpperCase() ? text.toLowerCase() : text
}

/** True if the first word can follow "don't" ("help", not "helped" or "said"). */
function isBaseVerb(clause: string): boolean {
  const first = (clause.split(/\s+/)[0] ?? '').toLowerCase()
  return first.length > 0 && !/ed$/.test(first) && !IRREGULAR_PAST.has(first)
}

/** The feeling/when/need template from the blaming clause alone (see suggestRephrasing). */
function templateFor(kind: BlameKind, phrase: string, rest: string): string {
  const clause = calm(clauseAfter(rest).replace(/[’]/g, "'"))
  const p = phrase.toLowerCase().replace(/[’]/g, "'")
  if (clause.length === 0 || clause.split(/\s+/).length > 14) return GENERIC_SUGGESTION
  const aux = /\byou('re| are|'ve| have)/.exec(p)?.[1]?.trim()

  switch (kind) {
    case 'always': {
      // "you always have to be so loud" → "when you're so loud"
      const must = /^have to (be )?(.+)$/i.exec(clause)
      if (must) return must[1] ? `I feel … when you're ${must[2] ?? ''}. I need …` : GENERIC_SUGGESTION
      const you = aux === "'re" || aux === 'are' ? "you're" : aux === "'ve" || aux === 'have' ? "you've" : 'you'
      return `I feel … when ${you} ${clause}. I need …`
    }
    case 'keep':
      return `I feel … when you're ${clause}. I need …`
    case 'never': {
      if (aux === "'re" || aux === 'are') return `I feel … when you're not ${clause}. I need …`
      if (aux === "'ve" || aux === 'have') return `I feel … when you haven't ${clause}. I need …`
      return isBaseVerb(clause) ? `I feel … when you don't ${clause}. I need …` : GENERIC_SUGGESTION
    }
    case 'not-even': {
      const verb = /you\s+(don't|do not|didn't|did not|can't|cannot|won't|never)/.exec(p)?.[1] ?? "don't"
      const neg = verb === 'never' ? "don't" : verb
      if ((neg === "don't" || neg === 'do not') && !isBaseVerb(clause)) return GENERIC_SUGGESTION
      return `I feel … when you ${neg} ${clause}. I need …`
    }
    case 'make-me': {
      const feel = /^feel\s+(?:so\s+|really\s+|like\s+)?(.+)$/i.exec(clause)?.[1]
      if (!feel) return GENERIC_SUGGESTION
      return `${/made/.test(p) ? 'I felt' : 'I feel'} ${feel} when … I need …`
    }
    case 'why': {
      if (/can't|cannot|won't|ever|never/.test(p) && isBaseVerb(clause))
        return `I feel … when … I need you to ${clause}.`
      if (/always|have to|must/.test(p)) {
        const you = /are you/.test(p) ? "you're" : 'you'
        return `I feel … when ${you} ${clause}. I need …`
      }
      if (/didn't/.test(p) && isBaseVerb(clause)) return `I felt … when you didn't ${clause}. I need …`
      return GENERIC_SUGGESTION
    }
    default:
      return GENERIC_SUGGESTION
  }
}

/**
 * A lead-in worth keeping sets the scene ("After dinner,", "Every time I cook,"); anything else
 * before the blame ("Do", "I love you, but") belongs to the sentence being reworded.
 */
const SCENE_LEAD = /^(?:after|before|last|this|yesterday|today|tonight|every|each|at|in|on|during|when|whenever|since|whenever)\b[^,;:]*$/i

/** The situation the writer named after the blame ("… when I talk about work"), if any. */
function situationAfter(rest: string): string | null {
  const cut = rest.search(CLAUSE_BREAK)
  if (cut === -1) return null
  const m = /^[\s,]*(?:when|whenever|while|every time|each time)\s+([^,;:.!?…]+)/i.exec(rest.slice(cut))
  const words = m?.[1]?.trim()
  return words ? calm(words.replace(/[’]/g, "'")) : null
}

/**
 * Builds the feeling/when/need template, keeping what the writer said: the blaming words go
 * ("you never", "you always"), but the situation they named ("when I talk about work") and what
 * led into the sentence ("After dinner,") stay, so "Use this wording" does not erase their point.
 */
export function suggestRephrasing(kind: BlameKind, phrase: string, rest: string, lead = ''): string {
  let out = templateFor(kind, phrase, rest)
  const situation = situationAfter(rest)
  // "I feel … when you don't listen. I need …" + "when I talk about work"
  //   → "I feel … when I talk about work and you don't listen. I need …"
  if (situation && out !== GENERIC_SUGGESTION && /^I (?:feel|felt) … when /.test(out)) {
    out = out.replace(/^(I (?:feel|felt) … when )/, `$1${situation} and `)
  } else if (situation && out === GENERIC_SUGGESTION) {
    out = `I feel … when ${situation}. I need …`
  }
  const opening = calm(lead.trim().replace(/[,;:—–\s]+$/, ''))
  if (opening && SCENE_LEAD.test(opening) && kind !== 'because' && kind !== 'fault' && opening.split(/\s+/).length <= 12) out = `${opening[0]?.toUpperCase() ?? ''}${opening.slice(1)}, ${out}`
  return out
}

/**
 * Finds phrases that read as blame. Returns one hint per phrase, in text order; overlapping
 * matches keep the earliest, then the longest ("you never even" beats "you never").
 */
export function findBlame(text: string): BlameHint[] {
  const norm = normalizeForMatching(text)
  const hints: BlameHint[] = []
  for (const s of splitSentences(text)) {
    const sentNorm = norm.slice(s.start, s.end)
    const found: { kind: BlameKind; start: number; end: number }[] = []
    for (const rule of BLAME_RULES) {
      for (const m of sentNorm.matchAll(rule.re)) {
        const start = m.index
        const end = start + m[0].trimEnd().length
        if (readsAsBlame(rule.kind, sentNorm, start, end)) found.push({ kind: rule.kind, start, end })
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end)
    let lastEnd = -1
    for (const f of found) {
      if (f.start < lastEnd) continue
      lastEnd = f.end
      const phrase = text.slice(s.start + f.start, s.start + f.end)
      const rest = text.slice(s.start + f.end, s.end)
      hints.push({
        start: s.start + f.start,
        end: s.start + f.end,
        phrase,
        sentence: text.slice(s.start, s.end),
        suggestion: suggestRephrasing(f.kind, phrase, rest, text.slice(s.start, s.start + f.start)),
        kind: f.kind,
      })
    }
  }
  return hints
}
