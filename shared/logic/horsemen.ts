// Four patterns couples research links to conflict going badly: criticism, contempt,
// defensiveness and stonewalling. Like the "I" statement hint beside it, this is offline and
// rule-based, and when in doubt it stays quiet: a hint is an offer of a gentler wording, never a
// verdict. Criticism builds on findBlame (a sentence about who the other person "always" or
// "never" is); the other three have their own phrases here. One hint per sentence, the most
// hurtful pattern first (contempt, then stonewalling, defensiveness, criticism).

import { getConflictPattern, type ConflictPattern, type ConflictPatternId } from '../content/conflict-patterns'
import { findBlame, normalizeForMatching, splitSentences } from './i-statements'

export interface HorsemanHint {
  pattern: ConflictPatternId
  /** Offsets into the original text (end exclusive) of the phrase. */
  start: number
  end: number
  phrase: string
  sentence: string
  advice: ConflictPattern
}

/** Insults and put-downs aimed at the other person ("you idiot", "you're pathetic"). */
const INSULT = String.raw`(?:idiot|moron|loser|pathetic|disgusting|joke|clown|stupid|dumb|worthless|useless idiot|embarrassment|waste of space)`
const YOU_ARE = String.raw`\byou(?:'re| are)?\s+(?:(?:such|so|an?|a complete|a total|being|really|just|the biggest|acting like an?)\s+)*`

const CONTEMPT: readonly RegExp[] = [
  new RegExp(`${YOU_ARE}${INSULT}\\b`),
  /\byou (?:disgust|sicken) me\b/,
  /\bwhat an? (?:idiot|moron|loser|joke|clown)\b/,
  /^(?:oh,?\s+)?(?:just\s+)?grow up\b/,
  /^(?:oh,?\s+)?(?:please|give me a break)[,.!]*(?:\s+you\b|$)/,
  /\b(?:nice|great|good|well done|brilliant)(?: one| job| work| going)?,?\s+(?:genius|einstein|sherlock)\b/,
  /^(?:yeah,?\s+right|sure you did|sure you do|sure you will)\b/,
  /\bpoor baby\b/,
  /\bget over yourself\b/,
  /\bwho do you think you are\b/,
  /\*?\b(?:rolls? (?:my |his |her |their )?eyes|eye ?roll)\b\*?/,
  /\b(?:as if|like) you (?:would|could|ever|even|care|know|would know|'d know|'d care)\b/,
  /^(?:what a|big) surprise,?\s+you\b/,
  /\bi can't believe i (?:married|ended up with|chose|picked|am with|'m with) (?:you|someone like you)\b/,
  /\bshut up\b/,
]

/** "…until we have slept", "…right now, but tonight?": a pause with a way back is not stonewalling. */
const LATER = String.raw`(?![^.!?]*\b(?:until|after|later|tomorrow|tonight|in a bit|once we|when we)\b)`

const STONEWALLING: readonly RegExp[] = [
  /\bi'?m (?:done|finished) (?:talking|discussing|with this conversation|with this|with you)\b/,
  /\bi am (?:done|finished) (?:talking|discussing|with this conversation|with this|with you)\b/,
  new RegExp(String.raw`\bi (?:don't|do not|won't|will not|refuse to) (?:want to )?(?:talk|discuss|speak) about (?:it|this|that)\b` + LATER),
  new RegExp(String.raw`\bi'?m not (?:talking|discussing|doing this|going to talk|going to discuss)\b` + LATER),
  /^(?:just\s+)?(?:forget it|whatever)[.!…]*$/,
  /^(?:oh,?\s+)?whatever,?\s+(?:i don't care|do what you want|you win)\b/,
  /\bleave me alone\b/,
  /\bthis conversation is over\b/,
  /\bi (?:have|'ve got) nothing (?:more )?to say(?: to you)?\b/,
  /\bdo whatever you want\b/,
  /\bi don't care any ?more\b/,
  /\btalk to the hand\b/,
  /\b(?:gave|give|giving) (?:you|them|him|her) the silent treatment\b/,
  /\bnot (?:doing|having) this (?:again|conversation)\b/,
]

const DEFENSIVENESS: readonly RegExp[] = [
  /\b(?:it's|it is|it was|that's|that is|that was) (?:not|never) (?:my fault|on me)\b/,
  /\b(?:it|that) (?:wasn't|isn't|was not|is not) (?:my fault|on me)\b/,
  /^not my fault\b/,
  /\bhow is (?:that|this|it) my fault\b/,
  /\bi (?:didn't|did not|never) do anything wrong\b/,
  /\bi did nothing wrong\b/,
  /\bdon't blame (?:me|this on me|it on me)\b/,
  /^(?:well,?\s+)?what about (?:you|when you|the time you|all the times you|your)\b(?!\?$)/,
  /^(?:yes|yeah),? but you\b/,
  /\bi only (?:did|said) (?:it|that|this) because you\b/,
  /\bi wouldn't (?:have to|need to)(?: \w+)? if you\b/,
  /\bi'?m not the one who\b/,
  /\byou(?:'re| are) the one who\b/,
  /\byou started (?:it|this)\b/,
  /\bstop attacking me\b/,
  /^that's not true,?\s+you\b/,
  /\bit's not like i\b/,
  /\bi had no choice\b/,
]

/** findBlame kinds that describe the other person as a whole, not one moment. */
const CRITICISM_KINDS = new Set(['always', 'keep', 'never', 'not-even', 'dismissive', 'why', 'label', 'wrong-with-you', 'only-yourself'])

const ORDER: readonly [ConflictPatternId, readonly RegExp[]][] = [
  ['contempt', CONTEMPT],
  ['stonewalling', STONEWALLING],
  ['defensiveness', DEFENSIVENESS],
]

/** The patterns in `text`, one hint per sentence at most, in text order. */
export function findHorsemen(text: string): HorsemanHint[] {
  const norm = normalizeForMatching(text)
  const blame = findBlame(text)
  const hints: HorsemanHint[] = []
  for (const s of splitSentences(text)) {
    const bare = norm.slice(s.start, s.end)
    let hit: { pattern: ConflictPatternId; start: number; end: number } | null = null
    for (const [pattern, rules] of ORDER) {
      for (const re of rules) {
        const m = re.exec(bare)
        if (m) {
          hit = { pattern, start: s.start + m.index, end: s.start + m.index + m[0].length }
          break
        }
      }
      if (hit) break
    }
    if (!hit) {
      const b = blame.find((h) => h.start >= s.start && h.end <= s.end && CRITICISM_KINDS.has(h.kind))
      if (b) hit = { pattern: 'criticism', start: b.start, end: b.end }
    }
    if (hit) {
      hints.push({
        ...hit,
        phrase: text.slice(hit.start, hit.end),
        sentence: text.slice(s.start, s.end),
        advice: getConflictPattern(hit.pattern),
      })
    }
  }
  return hints
}
