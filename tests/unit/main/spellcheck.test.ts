// Threat: spell-check makes Chromium download Hunspell dictionaries from Google's servers on
// Linux. Hearth must never let it: the system checker on macOS and Windows, local files or off.
import { describe, expect, it } from 'vitest'
import { spellcheckDecision, spellcheckSettings } from '../../../electron/main/spellcheck'
import { shouldCancelRequest } from '../../../electron/main/security'

const LANGS = ['en-GB', 'en-US', 'fr']

describe('spell-check policy', () => {
  it('macOS and Windows use the system checker: on, no download URL at all', () => {
    for (const platform of ['darwin', 'win32']) {
      const d = spellcheckDecision({ platform, localDictionaryDir: null, languages: LANGS })
      expect(d.supported).toBe(true)
      expect(d.downloadUrl).toBeNull()
      expect(spellcheckSettings(d, { spellcheck: true, spellLanguage: null }).enabled).toBe(true)
    }
  })

  it('Linux without local dictionaries: off even when the user turns it on, and says why', () => {
    const d = spellcheckDecision({ platform: 'linux', localDictionaryDir: null, languages: LANGS })
    expect(d.supported).toBe(false)
    expect(d.downloadUrl).toBeNull()
    expect(d.info.available).toBe(false)
    expect(d.info.reason).toMatch(/download/)
    expect(spellcheckSettings(d, { spellcheck: true, spellLanguage: 'en-GB' })).toEqual({ enabled: false, languages: null })
  })

  it('Linux with dictionaries in the app: the download URL is a local file:// folder, never the network', () => {
    const d = spellcheckDecision({ platform: 'linux', localDictionaryDir: '/opt/Hearth/resources/dictionaries', languages: LANGS })
    expect(d.supported).toBe(true)
    expect(d.downloadUrl).toBe('file:///opt/Hearth/resources/dictionaries/')
  })

  it('no platform ever gets an http(s) download URL, and the network block still refuses one', () => {
    for (const platform of ['darwin', 'win32', 'linux', 'freebsd']) {
      for (const dir of [null, '/x/dicts']) {
        const url = spellcheckDecision({ platform, localDictionaryDir: dir, languages: LANGS }).downloadUrl
        expect(url === null || url.startsWith('file:')).toBe(true)
      }
    }
    // Chromium's default dictionary server, were anything to ask it.
    expect(shouldCancelRequest('https://redirector.gvt1.com/edgedl/chrome/dict/en-gb-10-1.bdic')).toBe(true)
  })

  it('the chosen language applies only when this checker has it (Windows), never on macOS', () => {
    const win = spellcheckDecision({ platform: 'win32', localDictionaryDir: null, languages: LANGS })
    expect(spellcheckSettings(win, { spellcheck: true, spellLanguage: 'fr' })).toEqual({ enabled: true, languages: ['fr'] })
    expect(spellcheckSettings(win, { spellcheck: true, spellLanguage: 'xx-YY' })).toEqual({ enabled: true, languages: null })
    expect(spellcheckSettings(win, { spellcheck: false, spellLanguage: 'fr' })).toEqual({ enabled: false, languages: null })
    const mac = spellcheckDecision({ platform: 'darwin', localDictionaryDir: null, languages: LANGS })
    expect(spellcheckSettings(mac, { spellcheck: true, spellLanguage: 'fr' }).languages).toBeNull()
  })
})
