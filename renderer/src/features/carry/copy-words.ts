import type { CarryStatus } from '../../../../shared/contract/carry'

/** "Last copied to another disk 12 days ago", in whole days as the main process counts them. */
export function lastCopiedLine(status: CarryStatus): string {
  if (status.daysAgo === null) return 'Not copied to another disk yet.'
  if (status.daysAgo === 0) return 'Last copied to another disk today.'
  if (status.daysAgo === 1) return 'Last copied to another disk yesterday.'
  return `Last copied to another disk ${status.daysAgo} days ago.`
}

export const reminderLabel = (weeks: number | null): string =>
  weeks === null ? 'Never remind us' : weeks === 1 ? 'After 1 week' : `After ${weeks} weeks`

export const formatBytes = (bytes: number): string =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`
