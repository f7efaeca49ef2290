// Word lists and patterns behind findBlame (i-statements.ts). Everything here works on text that
// has been lower-cased and had curly apostrophes straightened, with quotes blanked out.

export type BlameKind =
  | 'always' // you always / you're always / you constantly
  | 'keep' // you keep interrupting
  | 'never' // you never / you're never / you've never
  | 'not-even' // you don't even / you never even
  | 'dismissive' // you don't care / you don't listen
  | 'make-me' // you make me feel stupid
  | 'fault' // it's your fault
  | 'because' // because of you / thanks to you
  | 'should-have' // you should have told me
  | 'why' // why can't you / why do you always
  | 'label' // you're so selfish / you're such a liar
  | 'wrong-with-you' // what's wrong with you
  | 'only-yourself' // you only care about yourself

export interface BlameRule {
  kind: BlameKind
  /** Global, so matchAll finds every occurrence in a sentence. */
  re: RegExp
}

const LABEL_WORDS = [
  'selfish|lazy|rude|useless|impossible|ridiculous|childish|inconsiderate|insensitive|careless',
  'mean|controlling|dramatic|clingy|needy|stubborn|hopeless|pathetic|irresponsible|unreliable',
  'thoughtless|paranoid|crazy|jealous|difficult|annoying|overreacting|oversensitive|unbearable',
  'heartless|manipulative|immature|arrogant|boring|cruel|disgusting|jerk|idiot|liar|child|baby',
  'mess|nightmare|joke|slob|disappointment|narcissist|coward|hypocrite|snob',
].join('|')

const FILLERS = String.raw`(?:so|such|an?|being|really|just|totally|completely|too|always|acting|like|the|most)\s+`

export const BLAME_RULES: readonly BlameRule[] = [
  { kind: 'always', re: /\byou(?:'re| are|'ve| have)?\s+(?:always|constantly|forever)\b/g },
  { kind: 'keep', re: /\byou\s+keep\s+(?=\w+ing\b)/g },
  { kind: 'never', re: /\byou(?:'re| are|'ve| have)?\s+never\b/g },
  { kind: 'not-even', re: /\byou(?:\s+(?:don't|do not|didn't|did not|can't|cannot|won't|never))\s+even\b/g },
  {
    kind: 'dismissive',
    re: /\byou\s+(?:don't|do not|didn't|did not)\s+(?:care|listen|help|try)\b(?=\s*(?:[.!?,;]|$|about\s+(?:me|us|my|our|how|what|this|anything|anyone)\b|to\s+me\b))/g,
  },
  { kind: 'make-me', re: /\byou\s+(?:make|made|makes)\s+me\b/g },
  {
    kind: 'fault',
    re: /\b(?:(?:it's|its|it is|it was|this is|this was|that's|that is|that was)\s+)?(?:all\s+)?your\s+fault\b/g,
  },
  { kind: 'because', re: /\b(?:because of you|thanks to you)\b/g },
  {
    kind: 'should-have',
    re: /\byou\s+(?:should've|should have|shouldn't have|should not have|could've|could have|ought to have)\b/g,
  },
  {
    kind: 'why',
    re: /\bwhy\s+(?:can't you|cannot you|can you never|won't you|don't you ever|didn't you|do you always|do you never|did you never|are you always|are you never|must you|do you have to)\b/g,
  },
  {
    kind: 'label',
    re: new RegExp(
      String.raw`\byou(?:'re| are| can be|'ve been| have been)\s+(?:${FILLERS})*(?:${LABEL_WORDS})\b`,
      'g',
    ),
  },
  { kind: 'wrong-with-you', re: /\bwhat(?:'s| is)\s+wrong\s+with\s+you\b/g },
  { kind: 'only-yourself', re: /\byou\s+only\s+(?:care|think)\s+about\s+(?:yourself|you)\b/g },
]

/**
 * Builds one regex from prefixes (match the start of a word: "ignor" finds "ignored") and whole
 * words or phrases (must end at a word boundary: "mad" must not find "made").
 */
function lexicon(prefixes: readonly string[], words: readonly string[]): RegExp {
  // Lists are written as '|'-separated lines to keep this file short.
  return new RegExp(String.raw`\b(?:(?:${prefixes.join('|')})|(?:${words.join('|')})\b)`)
}

/** Words and phrases that make a clause read as a complaint. */
export const NEGATIVE = lexicon(
  [
    'ignor|forget|forgot|interrupt|yell|shout|scream|critici|complain|blame|lying|selfish|stupid',
    'angry|miserable|hurt|wait|lonel|ruin|embarrass|terribl|awful|hate|annoy|frustrat|anxious',
    'worthless|guilt|useless|cancel|disappoint|fail|distant|dismiss|judg|sarcas|storm|sulk',
    'pressur|exhaust|drain|stress|hesitat|doubt|burn|careless|helpless|loud|rude|lazy|crazy|upset',
    'invisible|unwanted|unheard|unloved|ashamed|foolish|insecure|jealous|burden',
  ],
  [
    'late|lie|lies|lied|nag|nags|nagging|mess|messy|dumb|mad|sad|cry|cries|cried|crying|alone',
    'worse|worst|small|nothing|missed|bad|wrong|rush|rushed|rushing|break|breaks|broke|broken',
    'on your phone|know better|think you know|have to|do everything|let me down|give up|gave up',
    'too much|too busy|roll your eyes|walk away|walk off|sick of|tired of|fed up',
  ],
)

/** Words and phrases that make a clause read as praise or thanks. */
export const POSITIVE = lexicon(
  [
    'laugh|smil|love|special|beautiful|help|support|listen|remember|care|kind|thoughtful|patien',
    'generous|surpris|thank|appreciat|proud|comfort|encourag|cheer|gentle|hug|understand|brighten',
    'notic|grateful|inspir|wonderful|amazing|fun',
  ],
  [
    'happy|happier|happiest|safe|better|best|sweet|calm|warm|strong|brave|welcome|coffee|tea',
    'breakfast|dinner|flowers|home|alive|light|lighter|know what|know how|know when|know just',
    'find a way|find the|believe in me|there for me|my back|make time|show up',
  ],
)

/** "I love how…", "thank you…": praise framing that turns "you always…" into appreciation. */
export const APPRECIATION_FRAME =
  /\b(?:i love|i really love|i like (?:that|how|when|it when)|i appreciate|i admire|thank you|thanks(?! to)|i'm grateful|i am grateful|i'm glad|i am glad|i adore|it's sweet|it means a lot|i'm lucky|i am lucky|my favou?rite thing)\b/

/** Words that flip a praise frame ("I love you, but you never…"). */
export const CONTRAST = /\b(?:but|though|although|except|yet|however)\b/

/** "you" meaning people in general, or set phrases that are not about the partner. */
export const GENERIC_YOU =
  /\b(?:you never know|you never can tell|you can never tell|you always hear|you never hear the end|when you(?:'re| are) (?:a kid|a child|young|little|older|tired|in love|new|sick)|if you never|if you always|(?:you're|you are) never going to (?:believe|guess)|you(?:'ll| will) never (?:believe|guess))\b/

/** "You should have seen it!": excitement or an invitation, not a reproach. */
export const SHOULD_HAVE_EXCEPTIONS = /^\s*(?:seen|heard|been there|tasted|watched|come|joined us|won)\b/

/** Yes/no questions ("Do you always wake this early?") are usually genuine curiosity. */
export const YES_NO_QUESTION = /^\s*(?:do|does|did|are|were|will|would|have|has|can|could|is|was)\s+you\b/

/** Past-tense verbs that cannot follow "you don't"; used to fall back to the general template. */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(
  'said did told came made went gave took thought was were had got left brought bought knew saw felt kept spent sent wrote'.split(
    ' ',
  ),
)

/** Where a clause ends: punctuation, or a word that starts a new thought. */
export const CLAUSE_BREAK = /[,;:—–.!?…]|\s(?:but|and then|and|though|because|even though|when|while)\s/
