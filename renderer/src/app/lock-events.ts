import { useEffect, useRef } from 'react'

/**
 * Work that must finish before the vault locks: saving drafts, mostly. Main announces a lock
 * with 'vault:will-lock' and locks anyway after a grace period, so each callback gets a deadline
 * rather than a veto.
 */
export type BeforeLockFn = () => void | Promise<void>

const registry = new Set<{ current: BeforeLockFn }>()

/** Registers `fn`; returns the function that unregisters it. Prefer `useBeforeLock` in components. */
export function registerBeforeLock(fn: BeforeLockFn): () => void {
  const entry = { current: fn }
  registry.add(entry)
  return () => {
    registry.delete(entry)
  }
}

/**
 * Runs every registered callback at once and resolves when all have settled or `timeoutMs` has
 * passed, whichever comes first. A failing callback never stops the others, or the lock.
 */
export async function runBeforeLock(timeoutMs = 2000): Promise<void> {
  const pending = [...registry].map(async (entry) => {
    await entry.current()
  })
  if (pending.length === 0) return
  let timer: ReturnType<typeof setTimeout> | undefined
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, Math.max(0, timeoutMs))
  })
  await Promise.race([Promise.allSettled(pending), deadline])
  clearTimeout(timer)
}

/**
 * `useBeforeLock(() => saveDraft())`: called when Hearth is about to lock (idle timer, sleep,
 * the Lock button, switching partner). Always calls the latest `fn`, so it can close over state.
 */
export function useBeforeLock(fn: BeforeLockFn): void {
  const latest = useRef(fn)
  useEffect(() => {
    latest.current = fn
  }, [fn])
  useEffect(() => registerBeforeLock(() => latest.current()), [])
}
