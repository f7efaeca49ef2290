// Lets one screen open another at a particular item ("this week", "that entry"): the caller
// leaves a target for a route, and the route's page takes it once when it mounts. Only ids and
// week keys pass through here, never any text.

const targets = new Map<string, string>()

export function openAt(go: (routeId: string) => void, routeId: string, target: string): void {
  targets.set(routeId, target)
  go(routeId)
}

/** The target left for `routeId`, if any; taking it clears it. */
export function takeTarget(routeId: string): string | undefined {
  const target = targets.get(routeId)
  targets.delete(routeId)
  return target
}

export const ROUTE = {
  reflection: 'reflection',
  private: 'private',
  notes: 'notes',
  history: 'history',
} as const
