// Small timing helpers shared by the benchmark's parent and child processes.

export const median = (xs: number[]): number => {
  if (xs.length === 0) return NaN
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

/** Milliseconds taken by `fn` (awaited). */
export const time = async (fn: () => unknown): Promise<number> => {
  const t0 = performance.now()
  await fn()
  return performance.now() - t0
}

/** Median of `n` timings of a synchronous function (for sub-millisecond baselines). */
export const timeSync = (fn: () => unknown, n = 5): number => {
  const xs: number[] = []
  for (let i = 0; i < n; i++) {
    const t0 = performance.now()
    fn()
    xs.push(performance.now() - t0)
  }
  return median(xs)
}

export const RESULT_PREFIX = 'BENCH_RESULT '
