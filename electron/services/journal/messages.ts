// Words the UI shows verbatim when a journal request cannot be done. Plain and kind: the person
// reading them is usually in the middle of writing something that matters to them.

export const JMSG = {
  badWeek: 'That week does not exist. Choose a week from the list.',
  futureWeek: 'That week has not started yet. You can write about it once it begins.',
  sealedSubmitted: 'You have already finished this week. Your answers open together with your partner’s once you have both finished.',
  staysSealed: 'Your partner has written under the seal, so this week stays sealed until you have both finished.',
  nothingToSubmit: 'Write at least one answer before you finish the week.',
  entryNotFound: 'That entry could not be found. It may have been deleted.',
  noteNotFound: 'That note could not be found.',
  notYourNote: 'Only the person a note was written to can mark it as read.',
  unknownPrompt: 'That prompt is not one Hearth knows. Choose one from the list, or write freely.',
  entryChanged: 'This entry was saved from another window in the meantime. Reload it to see the latest words.',
} as const
