// The desktop shell's part of the contract: plain preferences (theme, text size, spell-check,
// reminders), which are not secret and so work while the vault is locked, and what the About
// box shows. Menu actions travel the other way, as the 'menu:action' event (events.ts).
import { z } from 'zod'
import { channel } from './define'
import { TEXT_SCALE, THEMES, type Theme } from './desktop-values'

export { TEXT_SCALE, THEMES, type Theme }

export interface WindowBounds {
  x: number
  y: number
  width: number
  height: number
  maximized: boolean
}

export interface Preferences {
  theme: Theme
  textScale: number
  /** The user's choice; whether it can apply on this platform is in SpellcheckInfo. */
  spellcheck: boolean
  /** A BCP 47 tag from SpellcheckInfo.languages, or null for the system's choice. */
  spellLanguage: string | null
  reminders: boolean
  window: WindowBounds | null
}

export interface SpellcheckInfo {
  /** False where checking would need a download (Linux without local dictionaries). */
  available: boolean
  languages: string[]
  /** A sentence for the settings page when it is not available. */
  reason: string | null
}

export interface PreferencesView {
  prefs: Preferences
  spellcheck: SpellcheckInfo
}

export const preferencesPatch = z
  .object({
    theme: z.enum(THEMES),
    textScale: z.number().min(TEXT_SCALE.min).max(TEXT_SCALE.max),
    spellcheck: z.boolean(),
    spellLanguage: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/).nullable(),
    reminders: z.boolean(),
  })
  .partial()
  .strict()

export interface AboutInfo {
  name: string
  version: string
  licence: string
  platform: string
  /** The folder holding the encrypted journal and the preferences file. */
  dataDir: string
}

export const desktopChannels = {
  /** Works while locked: the lock screen uses the theme and text size too. */
  'prefs:get': channel(z.object({}).strict()).returns<PreferencesView>(),
  'prefs:set': channel(preferencesPatch).returns<PreferencesView>(),
  'app:about': channel(z.object({}).strict()).returns<AboutInfo>(),
}
