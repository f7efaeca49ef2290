// Every sentence the carry services say to a person, in one place.

export const CMSG = {
  noHost: 'Choosing a file works in the Hearth app. This window cannot open the system dialog.',
  notUnlocked: 'Open Hearth with your passphrase first.',
  lockFirst: 'Lock Hearth first, so nothing is open while the journal is replaced.',
  backupVerifyFailed:
    'The copy was written but did not read back the same, so Hearth removed it. Try another disk or folder.',
  notBackup: 'That file is not a Hearth backup copy.',
  truncated: 'That backup copy is incomplete (it may not have finished copying). Nothing was changed.',
  tampered:
    'That backup copy has been damaged or changed since Hearth made it, so Hearth will not use it. Nothing was changed.',
  newerFormat:
    'That backup copy was made by a newer Hearth. Update Hearth on this laptop, then try again. Nothing was changed.',
  hostile: 'That file holds something a Hearth backup never does, so Hearth refused it. Nothing was changed.',
  tooLarge: 'That file is far larger than any journal, so Hearth did not open it. Nothing was changed.',
  unreadableFile: 'Hearth could not read that file. Nothing was changed.',
  notOpenable: 'The journal inside that copy could not be opened. Nothing was changed.',
  noPending: 'Choose the backup copy again, please.',
  exportWrongPassphrase: 'That passphrase is not right, so nothing was exported.',
  noSetAside: 'That set-aside journal is no longer there.',
} as const
