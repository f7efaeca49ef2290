// React and everything the unlock screen needs, in a chunk of its own that main.ts loads. It waits
// for the vault status main.ts asked for: until then index.html's static "Opening Hearth…" frame
// (or, for a locked journal, the choice early-unlock.ts drew) is on screen, so React's first render
// is the screen that answer calls for. A locked journal's choice is hydrated, not redrawn.
import { StrictMode, useEffect } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { DesktopLayer } from '../features/desktop/DesktopLayer'
import { App } from './App'
import { handOverEarlyUnlock, replayEarlyPress } from './early-unlock'
import { takeStatus } from './first-status'

/** Rendered after App, so its effect runs once App's handlers and effects are in place. */
function ReplayEarlyPress() {
  useEffect(() => replayEarlyPress(), [])
  return null
}

export const boot = async (root: HTMLElement): Promise<void> => {
  // A transport that throws (never a Result) leaves App to ask again and show its own message.
  const first = await takeStatus().catch(() => undefined)
  const app = (
    <StrictMode>
      <App firstStatus={first} />
      <ReplayEarlyPress />
    </StrictMode>
  )
  if (handOverEarlyUnlock()) hydrateRoot(root, app)
  else createRoot(root).render(app)
  // The menus' dialogs in a root of their own beside the app, so the app's markup is exactly the
  // unlock screen's and nothing else.
  const layer = document.createElement('div')
  layer.id = 'desktop-layer'
  document.body.append(layer)
  createRoot(layer).render(
    <StrictMode>
      <DesktopLayer />
    </StrictMode>,
  )
}
