// Spell-check without the network. macOS and Windows check with the system's own dictionaries,
// nothing is downloaded. On Linux Chromium uses Hunspell dictionaries it fetches from Google's
// servers; Hearth never lets it: spell-check there is on only when dictionaries ship with the app,
// and the download URL then points at those local files.
import { pathToFileURL } from 'node:url'
import type { SpellcheckInfo } from '../../shared/contract/desktop'

export interface SpellcheckFacts {
  platform: string
  /** The folder of bundled .bdic files, if the package has one (none ship today). */
  localDictionaryDir: string | null
  /** What Electron reports (session.availableSpellCheckerLanguages). */
  languages: string[]
}

export interface SpellcheckDecision {
  /** webPreferences.spellcheck: the renderer can only check words if this was true at creation. */
  supported: boolean
  /** session.setSpellCheckerDictionaryDownloadURL: a file:// URL or nothing at all. */
  downloadUrl: string | null
  info: SpellcheckInfo
}

export const spellcheckDecision = (facts: SpellcheckFacts): SpellcheckDecision => {
  if (facts.platform === 'darwin' || facts.platform === 'win32') {
    return { supported: true, downloadUrl: null, info: { available: true, languages: facts.platform === 'darwin' ? [] : facts.languages, reason: null } }
  }
  if (facts.localDictionaryDir) {
    const url = pathToFileURL(facts.localDictionaryDir).href
    return { supported: true, downloadUrl: url.endsWith('/') ? url : `${url}/`, info: { available: true, languages: facts.languages, reason: null } }
  }
  return {
    supported: false,
    downloadUrl: null,
    info: {
      available: false,
      languages: [],
      reason: 'On Linux spell-check would download dictionaries from the internet, so Hearth leaves it off.',
    },
  }
}

/** What to apply to the session for the user's choice. */
export const spellcheckSettings = (
  decision: SpellcheckDecision,
  prefs: { spellcheck: boolean; spellLanguage: string | null },
): { enabled: boolean; languages: string[] | null } => {
  const enabled = decision.supported && prefs.spellcheck
  const language = prefs.spellLanguage
  // macOS picks the language itself (setSpellCheckerLanguages does nothing there).
  const languages = enabled && language && decision.info.languages.includes(language) ? [language] : null
  return { enabled, languages }
}
