// The user's locale for dates and times. main.ts resolves it once from the browser's languages
// and puts it on <html lang>, so the page, its date pickers and screen readers all agree; every
// formatter reads it from there, and a test sets <html lang> (or passes a locale) to stay stable.

/** Used when the browser offers no language Intl knows. */
export const FALLBACK_LOCALE = 'en-GB'

/** The first of the browser's languages that Intl supports, else the fallback. */
export function resolveLocale(languages: readonly (string | undefined)[]): string {
  for (const language of languages) {
    if (!language) continue
    try {
      const [supported] = Intl.DateTimeFormat.supportedLocalesOf(language)
      if (supported) return supported
    } catch {
      // A malformed tag (RangeError): try the next one.
    }
  }
  return FALLBACK_LOCALE
}

/** The browser's own languages, most preferred first. */
export const browserLocale = (): string =>
  typeof navigator === 'undefined'
    ? FALLBACK_LOCALE
    : resolveLocale([...(navigator.languages ?? []), navigator.language])

/** Puts the locale on <html lang> (called once at start). */
export function applyDocumentLocale(locale: string = browserLocale()): string {
  document.documentElement.lang = locale
  return locale
}

/** The locale the page is in: <html lang> when it is set to one Intl knows, else the browser's. */
export function appLocale(): string {
  const lang = typeof document === 'undefined' ? '' : document.documentElement.lang
  return lang ? resolveLocale([lang]) : browserLocale()
}

const cache = new Map<string, Intl.DateTimeFormat>()
/** One formatter per locale and options, made once. */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let format = cache.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options)
    cache.set(key, format)
  }
  return format
}

/**
 * How a date is typed in this locale, for the label of a date picker: "dd/mm/yyyy" (en-GB),
 * "mm/dd/yyyy" (en-US), "dd.mm.yyyy" (de).
 */
export function datePattern(locale: string = appLocale()): string {
  const words: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = { day: 'dd', month: 'mm', year: 'yyyy' }
  return dateFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' })
    .formatToParts(new Date(2001, 10, 23))
    .map((p) => (p.type === 'literal' ? p.value : (words[p.type] ?? p.value)))
    .join('')
}
