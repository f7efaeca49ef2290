// Story: when a partner writes in a way that research links to conflict going badly (criticism,
// contempt, defensiveness, stonewalling), the helper names the pattern gently and offers the
// usual alternative; ordinary, kind or self-reflective sentences get no hint at all.
import { describe, expect, it } from 'vitest'
import type { ConflictPatternId } from '../../../shared/content/conflict-patterns'
import { findHorsemen } from '../../../shared/logic/horsemen'

const CRITICISM = [
  'You never listen to me.',
  'You always leave your dishes in the sink.',
  'You’re so selfish.',
  'What is wrong with you?',
  'Why can’t you ever be on time?',
  'You only care about yourself.',
  'You don’t even try anymore.',
  'You keep interrupting me when I talk.',
  'You are so lazy about the house.',
  'You never help with the kids’ bedtime.',
  'You’re always on your phone at dinner.',
  'You don’t care about me.',
  'Why do you always have to make everything about work?',
  'You’re such a slob.',
  'You never ask how my day was.',
  'You’re completely irresponsible with money.',
  'You always forget the things that matter to me.',
  'You’re so inconsiderate.',
  'You never plan anything for us.',
  'You’re always late and it drives me mad.',
]

const CONTEMPT = [
  'You’re pathetic.',
  'You’re such an idiot.',
  'You disgust me.',
  'Oh, grow up.',
  'Nice job, genius.',
  'Yeah, right.',
  'Poor baby, did I hurt your feelings?',
  'Get over yourself.',
  'Who do you think you are?',
  '*rolls eyes* Here we go again.',
  'As if you would know what hard work is.',
  'What a surprise, you forgot again.',
  'I can’t believe I married you.',
  'Just shut up for once.',
  'You’re a joke.',
  'What an idiot.',
  'You are so stupid sometimes.',
  'Oh please, you did that on purpose.',
  'Like you care.',
  'Sure you did.',
]

const DEFENSIVENESS = [
  'It’s not my fault.',
  'It wasn’t my fault that we were late.',
  'I didn’t do anything wrong.',
  'Don’t blame me for this.',
  'What about when you forgot my birthday?',
  'Yes, but you started shouting first.',
  'I only said that because you ignored me.',
  'I’m not the one who forgot to pay the bill.',
  'You’re the one who wanted to go.',
  'You started it.',
  'Stop attacking me.',
  'That’s not true, you never asked me.',
  'It’s not like I meant to be late.',
  'How is that my fault?',
  'I did nothing wrong here.',
  'Well, what about you and your phone?',
  'I had no choice, the shop was closed.',
  'I wouldn’t have to nag if you just did it.',
]

const STONEWALLING = [
  'I’m done talking about this.',
  'I don’t want to talk about it.',
  'Whatever.',
  'Forget it.',
  'Leave me alone.',
  'This conversation is over.',
  'I have nothing to say to you.',
  'Do whatever you want.',
  'I don’t care anymore.',
  'I’m not discussing this.',
  'I gave them the silent treatment all evening.',
  'Whatever, I don’t care.',
  'I’m not doing this again.',
  'I am done with this conversation.',
]

/** Everyday, kind and self-reflective sentences, including near-misses of the phrases above. */
const QUIET = [
  'I felt lonely when you worked late on Tuesday, and I’d love an evening together this week.',
  'You always make me laugh when I need it most.',
  'You never fail to surprise me.',
  'Thank you for making dinner.',
  'I appreciate that you called my mum.',
  'It’s my fault, I forgot to set the alarm.',
  'My part in this was raising my voice.',
  'Can we take a break for twenty minutes and come back to it at eight?',
  'I’m feeling overwhelmed, can we pause for a bit?',
  'I’m done with the dishes, want a tea?',
  'I don’t want to talk about it right now, but can we tonight after dinner?',
  'I’m not talking about this until we have both slept, okay?',
  'What about pizza tonight?',
  'I’d love pizza, what about you?',
  'Never mind the mess, we can tidy tomorrow.',
  'Forget it for tonight and let’s watch a film.',
  'I felt like an idiot at the party.',
  'That joke you told was so funny.',
  'The film was stupid but we laughed a lot.',
  'I was so tired I could not think.',
  'We grow up so fast.',
  'When we grow old I want a garden.',
  'Please can you pick up bread on the way home?',
  'Yes, and you were lovely with my friends.',
  'You started a new job this week, how does it feel?',
  'I started it, and I am sorry.',
  'I had a choice and I chose badly; I’m sorry.',
  'It was not easy for either of us.',
  'Leave the lights on for me, I’ll be late.',
  'You are the one person I trust most.',
  'The silent film festival is next week.',
  'I care about you so much.',
  'I do care, and I want to understand.',
  'What went well this week was our walk on Sunday.',
  'I would like us to plan one evening out each month.',
  'I feel hurt about the comment at dinner, could we talk about it?',
  'You were right that I was short with you.',
  'I understood that you felt alone when I came home late.',
  'Thanks for listening to me tonight.',
  'I need a quiet hour after work before we talk.',
  'My biggest worry is money right now.',
  'I love it when you sing in the kitchen.',
  'You are a genius at fixing bikes.',
  'He said “whatever” and walked off, and I told him it hurt.',
  'I’m not sure it was anyone’s fault.',
  'Sure, I can do the shopping on Saturday.',
  'Right, let’s make a list.',
  'Poor you, you must be exhausted after that flight.',
  'I have nothing planned on Friday, shall we go out?',
  'This conversation helped me a lot.',
  'I was wrong to shout, and I want to do better.',
  'Are you free on Sunday morning?',
  'I noticed you cleaned the bathroom, thank you.',
  'I don’t care where we eat, you choose.',
  'Whatever you choose is fine with me.',
]

const patterns = (text: string): ConflictPatternId[] => findHorsemen(text).map((h) => h.pattern)

describe('story: the helper names criticism, contempt, defensiveness and stonewalling, and offers a gentler way', () => {
  const cases: [ConflictPatternId, string[]][] = [
    ['criticism', CRITICISM],
    ['contempt', CONTEMPT],
    ['defensiveness', DEFENSIVENESS],
    ['stonewalling', STONEWALLING],
  ]
  for (const [pattern, list] of cases) {
    it.each(list)(`recognises ${pattern}: %s`, (text) => {
      expect(patterns(text)).toEqual([pattern])
    })
  }

  it.each(QUIET)('stays quiet on: %s', (text) => {
    expect(findHorsemen(text)).toEqual([])
  })

  it('offers the matching alternative for each pattern', () => {
    expect(findHorsemen('You never listen to me.')[0]?.advice.alternative).toMatch(/soft start-up/)
    expect(findHorsemen('You’re pathetic.')[0]?.advice.alternative).toMatch(/appreciate/)
    expect(findHorsemen('It’s not my fault.')[0]?.advice.alternative).toMatch(/part of the responsibility/)
    expect(findHorsemen('Leave me alone.')[0]?.advice.alternative).toMatch(/break to calm down/)
  })

  it('gives one hint per sentence, in order, with offsets into the text as written', () => {
    const text = 'Thank you for the tea. You’re such an idiot sometimes! It’s not my fault.'
    const hints = findHorsemen(text)
    expect(hints.map((h) => h.pattern)).toEqual(['contempt', 'defensiveness'])
    for (const h of hints) expect(text.slice(h.start, h.end)).toBe(h.phrase)
    expect(hints[0]?.sentence).toBe('You’re such an idiot sometimes!')
  })

  it('is tested on at least 100 phrasings, more than half of which must stay quiet', () => {
    const triggering = CRITICISM.length + CONTEMPT.length + DEFENSIVENESS.length + STONEWALLING.length
    expect(triggering + QUIET.length).toBeGreaterThanOrEqual(100)
    expect(QUIET.length).toBeGreaterThanOrEqual(50)
  })
})
