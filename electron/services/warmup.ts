// Work that makes the first requests after an unlock fast (the search candidates, and later the
// vault's own background decryption), done in small slices between requests instead of all at
// once inside the first one. Each step is called again and again, one slice per turn of the event
// loop (setImmediate), until it says it is done; a request that needs the result before then
// finishes the work itself, so warming up only ever changes how fast an answer comes, never what
// it says.
//
// A pass starts after a successful unlock and is cancelled at every lock (a partner switch
// included). Slices are scheduled from inside the unlocking request, so they run bound to that
// session (AsyncLocalStorage follows setImmediate): once it has ended, a step's vault calls fail
// as 'locked', which ends that step, and it never acts for the next session.

/** How long one slice should take at most (a step checks the deadline it is given). */
export const SLICE_MS = 8

/**
 * One slice of a step's work; true when there is nothing left to do. `deadline` is the
 * performance.now() by which the slice should return. A step that throws is done for this pass.
 */
export type WarmupStep = (deadline: number) => boolean

export interface Warmup {
  /** Registers a step for every pass (a name given again replaces its step). */
  add(name: string, step: WarmupStep): void
  /** Starts a pass over every step (a pass under way starts over). */
  start(): void
  /** Stops the pass under way; nothing more runs until the next start. */
  cancel(): void
  /** Resolves once no pass is under way: every step done, or the pass cancelled. */
  idle(): Promise<void>
}

export function createWarmup(sliceMs = SLICE_MS): Warmup {
  const steps = new Map<string, WarmupStep>()
  let pending: WarmupStep[] = []
  let timer: NodeJS.Immediate | null = null
  let waiters: (() => void)[] = []

  const settle = () => {
    timer = null
    pending = []
    const done = waiters
    waiters = []
    for (const resolve of done) resolve()
  }

  const tick = () => {
    const step = pending[0]
    if (!step) return settle()
    let done = true
    try {
      done = step(performance.now() + sliceMs)
    } catch {
      // Locked since, or a failure the request that needs this work will meet and report itself.
    }
    if (done && pending[0] === step) pending.shift()
    if (pending.length === 0) return settle()
    timer = setImmediate(tick)
  }

  const cancel = () => {
    if (timer) clearImmediate(timer)
    settle()
  }

  return {
    add: (name, step) => void steps.set(name, step),
    start: () => {
      if (timer) clearImmediate(timer)
      pending = [...steps.values()]
      timer = pending.length ? setImmediate(tick) : null
      if (!timer) settle()
    },
    cancel,
    idle: () => (timer ? new Promise<void>((resolve) => waiters.push(resolve)) : Promise.resolve()),
  }
}
