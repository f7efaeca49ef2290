// What an export says about itself, in the README of the Markdown form and in the UI.

export const UNENCRYPTED_EXPORT =
  'This export is not encrypted. Anyone who can open these files can read them. Keep them somewhere only you can reach, and delete them when you no longer need them.'

export const GOING_SEPARATE_WAYS = [
  'If the two of you are going separate ways, each of you can take your own writing with you:',
  '',
  '1. Open Hearth with your own passphrase and choose "Export what I can read" on the security page. Your private entries and everything you shared are in it; your partner\'s private entries are not, and never can be.',
  "2. The Markdown files open in any text editor, and in Obsidian or Joplin as a folder of notes; the JSON file holds the same, for other apps (its shape is described in Hearth's docs/EXPORT.md).",
  "3. Your partner does the same with their own passphrase. Neither export can open the other's private journal.",
  '4. The shared journal itself stays on this laptop, encrypted. Whoever keeps the laptop keeps it; a backup copy opens only with one of your passphrases or recovery codes.',
].join('\n')
