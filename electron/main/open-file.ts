// .hearthbackup files opened with Hearth (double-click, "Open with"). macOS sends 'open-file';
// Windows and Linux start Hearth (or the running one's 'second-instance') with the path in argv.
export const BACKUP_EXTENSION = '.hearthbackup'

/** The first argument naming a .hearthbackup file, ignoring flags and the executable itself. */
export const backupFileFromArgv = (argv: readonly string[]): string | null =>
  argv.slice(1).find((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(BACKUP_EXTENSION) && arg.length < 4096) ?? null
