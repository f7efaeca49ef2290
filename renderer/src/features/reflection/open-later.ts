// Lets one screen open another at a particular item ("that week", "that entry"): the caller
// leaves a target for a route, and the route's page reads it when it mounts. Only ids and week
// keys pass through here, never any text.
import { useEffect, useState } from 'react'

const targets = new Map<string, string>()

export function openAt(go: (routeId: string) => void, routeId: string, target: string): void {
  targets.set(routeId, target)
  go(routeId)
}

/**
 * The target left for `routeId`, read once when the page mounts and then cleared. Reading and
 * clearing are separate steps so React's double render in development cannot lose it.
 */
export function useTarget(routeId: string): string | undefined {
  const [target] = useState(() => targets.get(routeId))
  useEffect(() => {
    targets.delete(routeId)
  }, [routeId])
  return target
}

export const ROUTE = {
  reflection: 'reflection',
  private: 'private',
  notes: 'notes',
  history: 'history',
} as const
