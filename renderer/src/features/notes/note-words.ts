import type { PartnerId } from '../../../../shared/domain'

/** "You have 2 notes from Sam" / "You have a note from Sam". */
export function waitingLine(count: number, fromName: string): string {
  if (count === 1) return `You have a note from ${fromName}`
  return `You have ${count} notes from ${fromName}`
}

export type Names = Record<PartnerId, string>
