// The plain preferences, shared by every screen (the lock screen too). Loaded once, updated from
// 'prefs:changed' (which main sends after every change, whoever made it). No React here: main.ts
// starts it before React has loaded, so the theme is on <html> by the time the unlock screen
// draws; components read it through usePreferences.ts.
import type { Preferences, PreferencesView } from '../../../../shared/contract/desktop'
import { TEXT_SCALE } from '../../../../shared/contract/desktop-values'
import { call, onEvent } from '../../api'

let view: PreferencesView | null = null
const listeners = new Set<() => void>()
let started = false

const publish = (next: PreferencesView) => {
  view = next
  applyToDocument(next.prefs)
  for (const l of listeners) l()
}

/** Theme and text size are set on <html>: data-theme for theme.css, a custom property for the rem scale. */
export const applyToDocument = (prefs: Pick<Preferences, 'theme' | 'textScale'>): void => {
  const root = document.documentElement
  root.dataset['theme'] = prefs.theme
  root.style.setProperty('--hearth-text-scale', String(prefs.textScale))
  scale = prefs.textScale
  updateWidthFlags()
}

/**
 * Media queries measure rem against the browser's 16 px, not the scaled root, so at 200 % a
 * 1200 px window would keep its wide layout and overflow. These flags say how wide the window
 * is in scaled text: theme.css repeats the narrow-layout rules under them.
 */
export const NARROW_BREAKPOINTS_REM = [44, 52, 56] as const
let scale = 1
const updateWidthFlags = () => {
  const root = document.documentElement
  const widthRem = window.innerWidth / (16 * scale)
  for (const bp of NARROW_BREAKPOINTS_REM) {
    if (widthRem <= bp) root.dataset[`narrow${bp}`] = ''
    else delete root.dataset[`narrow${bp}`]
  }
}

export const startPreferences = (): void => {
  if (started) return
  started = true
  window.addEventListener('resize', updateWidthFlags)
  onEvent('prefs:changed', publish)
  void call('prefs:get', {}).then((result) => {
    if (result.ok) publish(result.value)
  })
}

export const setPreferences = async (patch: Partial<Omit<Preferences, 'window'>>): Promise<string | null> => {
  const result = await call('prefs:set', patch)
  if (!result.ok) return result.error.message
  publish(result.value)
  return null
}

const round = (n: number) => Math.round(n / TEXT_SCALE.step) * TEXT_SCALE.step

export const nextTextScale = (current: number, direction: 1 | -1 | 0): number =>
  direction === 0 ? TEXT_SCALE.default : Math.min(TEXT_SCALE.max, Math.max(TEXT_SCALE.min, round(current + direction * TEXT_SCALE.step)))

export const subscribePreferences = (l: () => void): (() => void) => {
  listeners.add(l)
  return () => {
    listeners.delete(l)
  }
}

export const currentPreferences = (): PreferencesView | null => view
