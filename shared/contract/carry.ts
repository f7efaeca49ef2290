import { z } from 'zod'
import { channel } from './define'
import { PASSPHRASE_MIN_LENGTH, type VaultStatus } from '../domain'

// Carrying the journal: a backup copy on another disk, restoring it (a new laptop), putting a
// set-aside journal back, exporting what one partner may read, importing into one's own private
// journal. Every file is chosen in the system's own dialog (the shell's FileHost): requests never
// carry a path, so a page cannot ask main to read or write a file of its choosing.

const partner = z.enum(['A', 'B'])
const empty = z.object({}).strict()
const passphrase = z.string().min(1).max(1024)
const recoveryCode = z.string().min(16).max(80)
const token = z.string().regex(/^[0-9a-f]{32}$/)

export const REMIND_WEEK_CHOICES = [1, 2, 4, 8, 12, 26] as const

export interface CarryStatus {
  /** When a backup copy was last written and verified (ISO), or null if never. */
  lastCopiedAt: string | null
  /** Whole days since then, by the main process's clock. */
  daysAgo: number | null
  /** Remind after this many weeks; null: never remind. */
  remindWeeks: number | null
  reminderDue: boolean
}

export type BackupResult =
  { saved: false } | { saved: true; fileName: string; files: number; bytes: number; createdAt: string }

export interface RestorePreview {
  token: string
  fileName: string
  createdAt: string
  appVersion: string
  files: number
  bytes: number
  partners: { id: 'A' | 'B'; name: string }[]
  /** A journal is on this laptop already: restoring sets it aside first. */
  replacesJournal: boolean
}

export interface RestoreResult {
  status: VaultStatus
  /** Set when the copy was opened with a recovery code: that code is used up, here is the new one. */
  recoveryCode: string | null
  /** The folder the journal that was here went to, if there was one. */
  setAside: string | null
}

export interface SetAsideJournal {
  name: string
  /** When it was set aside (from its name). */
  setAsideAt: string
  partners: string[]
  lastSavedAt: string | null
}

export type ExportForm = 'markdown' | 'json'

export type ExportResult = { saved: false } | { saved: true; fileName: string; items: number }

export interface ImportPreview {
  token: string
  fileName: string
  /** 'Day One', 'jrnl' or 'Markdown'. */
  format: string
  /** Entries in the file. */
  total: number
  /** New entries (not imported before): what an import would add. */
  count: number
  duplicates: number
  from: string | null
  to: string | null
  firstTitles: string[]
}

export const carryChannels = {
  'carry:status': channel(empty).returns<CarryStatus>(),
  'carry:set-reminder': channel(
    z.object({ weeks: z.union([z.literal(REMIND_WEEK_CHOICES), z.null()]) }).strict(),
  ).returns<CarryStatus>(),
  /** Asks where to save, writes the copy durably, reads it back and checks every hash. */
  'carry:backup': channel(empty).returns<BackupResult>(),
  /** Asks for a copy and checks it completely; nothing is written. Null when cancelled. */
  'carry:restore-open': channel(empty).returns<RestorePreview | null>(),
  /** Opens the chosen copy with a passphrase, or a recovery code and a new passphrase, then installs it. */
  'carry:restore': channel(
    z.union([
      z.object({ token, partner, passphrase }).strict(),
      z.object({ token, partner, code: recoveryCode, next: z.string().min(PASSPHRASE_MIN_LENGTH).max(1024) }).strict(),
    ]),
  ).returns<RestoreResult>(),
  'carry:restore-cancel': channel(empty).returns<null>(),
  'carry:set-asides': channel(empty).returns<SetAsideJournal[]>(),
  /** Puts a set-aside journal back; the journal that is here now is set aside in its turn. */
  /** Asks for the passphrase again (the export is not encrypted), then where to save it. */
  'carry:export': channel(
    z.object({ form: z.enum(['markdown', 'json']), passphrase }).strict(),
  ).returns<ExportResult>(),
  /** Asks for a file and reads it completely; returns the preview. Nothing is written. Null when cancelled. */
  'carry:import-open': channel(empty).returns<ImportPreview | null>(),
  /** Writes the previewed entries into the active partner's own private journal, all at once. */
  'carry:import': channel(z.object({ token }).strict()).returns<{ added: number }>(),
  'carry:import-cancel': channel(empty).returns<null>(),
  'carry:bring-back': channel(z.object({ name: z.string().min(1).max(200) }).strict()).returns<{
    status: VaultStatus
    setAside: string | null
  }>(),
}
