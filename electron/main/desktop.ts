// The desktop shell's wiring: the menu (rebuilt on lock, unlock and theme change), theme,
// spell-check and reminders following the plain preferences. Everything it decides is in a
// pure module: shared/desktop/menu-template.ts, ./spellcheck.ts, shared/logic/reminders.ts.
import type { NativeTheme, Session as ElectronSession } from 'electron'
import type { Preferences } from '../../shared/contract/desktop'
import type { MenuAction } from '../../shared/desktop/menu-actions'
import type { Services } from '../services'
import { installMenu, type MenuApi } from './menu'
import { spellcheckSettings, type SpellcheckDecision } from './spellcheck'

/** Painted before the page loads (matches --color-bg of each theme). */
export const windowBackground = (dark: boolean): string => (dark ? '#1f1a17' : '#fbf6ef')

export interface DesktopDeps {
  services: Services
  Menu: MenuApi
  nativeTheme: Pick<NativeTheme, 'themeSource'>
  session: Pick<ElectronSession, 'setSpellCheckerEnabled' | 'setSpellCheckerLanguages'>
  spell: SpellcheckDecision
  appName: string
  platform: string
  /** Sends an event to every window. */
  send(action: MenuAction): void
}

export const wireDesktop = (deps: DesktopDeps) => {
  const { services } = deps
  let shown = ''
  const syncMenu = () => {
    const locked = services.vault.status().state !== 'unlocked'
    const theme = services.preferences.get().theme
    const key = `${locked}:${theme}`
    if (key === shown) return
    shown = key
    installMenu(deps.Menu, { platform: deps.platform, locked, appName: deps.appName, theme }, (action) => {
      // Lock right here in main: it must work even if the page is busy. The page hears
      // 'vault:will-lock' and 'vault:locked' as for any other lock.
      if (action === 'lock') services.session.lockNow('user')
      else deps.send(action)
    })
  }
  const apply = (prefs: Preferences) => {
    deps.nativeTheme.themeSource = prefs.theme
    const spelling = spellcheckSettings(deps.spell, prefs)
    deps.session.setSpellCheckerEnabled(spelling.enabled)
    if (spelling.languages) deps.session.setSpellCheckerLanguages(spelling.languages)
    syncMenu()
  }
  apply(services.preferences.get())
  services.preferences.onChange(apply)
  return {
    syncMenu,
    spellcheckOn: () => spellcheckSettings(deps.spell, services.preferences.get()).enabled,
  }
}
