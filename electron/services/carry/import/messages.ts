// What the import says to a person when a file cannot be used. Nothing is written in any of these.

export const IMSG = {
  unknown: 'Hearth does not recognise that file. It reads Day One’s JSON export (a .zip or Journal.json), jrnl’s JSON export, or a .zip of Markdown files. Nothing was imported.',
  malformed: (format: string) => `That looks like a ${format} export, but it is not in the form ${format} writes. Nothing was imported.`,
  empty: 'That file holds no entries, so there is nothing to import.',
  tooLarge: 'That file is far larger than a journal export, so Hearth did not open it. Nothing was imported.',
  tooLong: 'One entry in that file is far longer than any journal entry, so Hearth refused the file. Nothing was imported.',
  hostile: 'That file holds names or sizes a journal export never has, so Hearth refused it. Nothing was imported.',
  unreadable: 'Hearth could not read that file. Nothing was imported.',
  noPending: 'Choose the file again, please.',
} as const
