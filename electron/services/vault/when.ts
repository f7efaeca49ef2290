// Times in the vault's messages, in the words and the locale of the machine Hearth runs on.

export const when = (iso: string): string => {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return 'at an unknown time'
  return `on ${new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' }).format(date)}`
}
