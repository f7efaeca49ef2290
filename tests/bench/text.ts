// Deterministic synthetic prose for the benchmark: a seeded PRNG and a small vocabulary, so every
// run writes the same journal and search figures compare like with like.

const WORDS = (
  'the a and to of in it was we i you me my our us that this with for on at not but so just felt feel ' +
  'today week morning evening night dinner walk kitchen garden rain sun tired happy quiet loud long short ' +
  'talked listened laughed argued hugged cooked cleaned worked slept waited remembered forgot noticed ' +
  'thank grateful sorry patience kindness space time together alone work money family friends weekend ' +
  'holiday train coffee tea bread letter phone music film book window door table chair bed sofa car ' +
  'small big slow fast easy hard gentle honest warm cold careful tender proud worried calm excited ' +
  'again still maybe really always never sometimes often later soon before after because when while'
).split(' ')

/** mulberry32: tiny, fast, good enough for test data. */
export const rng = (seed: number) => {
  let s = seed >>> 0
  return (): number => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type Rand = ReturnType<typeof rng>

export const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!

/** Sentences of vocabulary words until the text is about `bytes` long. */
export const prose = (rand: Rand, bytes: number): string => {
  const sentences: string[] = []
  let size = 0
  while (size < bytes) {
    const n = 6 + Math.floor(rand() * 12)
    const words: string[] = []
    for (let i = 0; i < n; i++) words.push(pick(rand, WORDS))
    const s = `${words.join(' ')}.`
    const sentence = s.charAt(0).toUpperCase() + s.slice(1)
    sentences.push(sentence)
    size += sentence.length + 1
  }
  return sentences.join(' ')
}

/** Words that occur rarely in the prose above, for a search with few hits. */
export const RARE_WORD = 'lighthouse'
