// Handlers for the desktop shell's channels. None of them needs the vault: the preferences are
// plain, so the lock screen can read and change them too.
import type { AboutInfo, PreferencesView, SpellcheckInfo } from '../../shared/contract/desktop'
import type { Handlers } from './router'
import type { PreferencesService } from './preferences.service'

export const HEARTH_LICENCE = 'Private software: all rights reserved. Hearth works offline and sends nothing anywhere.'

const NO_SPELLCHECK: SpellcheckInfo = { available: false, languages: [], reason: 'Spell-check is not available here.' }

export interface DesktopDeps {
  preferences: PreferencesService
  about: Omit<AboutInfo, 'licence'>
  /** From the shell: which checker this platform has without downloading anything. */
  spellcheck?: () => SpellcheckInfo
}

export const desktopView = (deps: DesktopDeps): PreferencesView => ({
  prefs: deps.preferences.get(),
  spellcheck: deps.spellcheck?.() ?? NO_SPELLCHECK,
})

export const desktopHandlers = (deps: DesktopDeps): Pick<Handlers, 'prefs:get' | 'prefs:set' | 'app:about'> => ({
  'prefs:get': () => desktopView(deps),
  'prefs:set': async (patch) => {
    await deps.preferences.set(patch)
    return desktopView(deps)
  },
  'app:about': () => ({ ...deps.about, licence: HEARTH_LICENCE }),
})
