// User story: double-clicking a .hearthbackup file opens Hearth and starts the restore flow.
// Threat: a flag or a different file passed on the command line is never taken for a backup.
import { describe, expect, it } from 'vitest'
import { backupFileFromArgv } from '../../../electron/main/open-file'

describe('backupFileFromArgv', () => {
  it('finds the backup Windows or Linux passed after the executable', () => {
    expect(backupFileFromArgv(['C:\\Hearth\\Hearth.exe', 'D:\\Backups\\June.hearthbackup'])).toBe('D:\\Backups\\June.hearthbackup')
    expect(backupFileFromArgv(['/opt/Hearth/hearth', '--no-sandbox', '/home/sam/Our journal.HEARTHBACKUP'])).toBe('/home/sam/Our journal.HEARTHBACKUP')
  })
  it('ignores flags, other files and the executable itself', () => {
    expect(backupFileFromArgv(['/x/a.hearthbackup'])).toBeNull()
    expect(backupFileFromArgv(['/opt/hearth', '--file=/x/a.hearthbackup', '/x/notes.txt'])).toBeNull()
    expect(backupFileFromArgv([])).toBeNull()
  })
})
