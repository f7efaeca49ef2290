// The page's first module, kept tiny: it asks main for the vault status and the preferences, draws
// the unlock screen's choice as soon as the status says the journal is locked (early-unlock.ts),
// then loads React and the app (app/boot.tsx, a chunk of its own), which take that drawing over.
// A person can choose their name before React has been parsed (issue 15).
import './styles/global.css'
import './styles/theme.css'
import { drawEarlyUnlock } from './app/early-unlock'
import { askStatusEarly } from './app/first-status'
import { applyDocumentLocale } from './app/locale'
import { startPreferences } from './features/desktop/preferences-store'

const status = askStatusEarly()
// The theme and text size reach <html> before the unlock screen draws, so it does not draw once
// light and then again dark.
startPreferences()
// Dates, times and date pickers follow the user's own locale; <html lang> says which it is.
applyDocumentLocale()

/** After the drawing has reached the screen, or soon anyway if no frame comes (a window not shown yet). */
const afterNextPaint = (then: () => void) => {
  let done = false
  const once = () => {
    if (done) return
    done = true
    then()
  }
  requestAnimationFrame(() => setTimeout(once, 0))
  setTimeout(once, 100)
}

const root = document.getElementById('root')
if (root) {
  const load = () => void import('./app/boot').then(({ boot }) => boot(root))
  // React's chunks (234 KiB) are asked for only once the choice is on screen: measured on two busy
  // cores, fetching them beside this entry (even as a plain preload, not parsed) slowed the choice
  // down, as every request then competes with the ones the choice waits for. A failed or thrown
  // answer draws nothing: App asks again and says what went wrong.
  void status
    .then((result) => result.ok && drawEarlyUnlock(root, result.value))
    .catch(() => false)
    .then((drew) => (drew ? afterNextPaint(load) : load()))
}
