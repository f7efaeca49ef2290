// Always mounted beside the app (app/boot.tsx, in a root of its own): applies theme and text size
// on every screen, the lock screen included, and answers the menu items that need no open journal.
import { useEffect, useState } from 'react'
import { onEvent } from '../../api'
import { AboutDialog } from './AboutDialog'
import { ShortcutsDialog } from './ShortcutsDialog'
import { nextTextScale, setPreferences, startPreferences } from './preferences-store'
import { usePreferences } from './usePreferences'

export function DesktopLayer() {
  const view = usePreferences()
  const [dialog, setDialog] = useState<'about' | 'shortcuts' | null>(null)

  useEffect(() => startPreferences(), [])

  useEffect(
    () =>
      onEvent('menu:action', ({ action }) => {
        const scale = view?.prefs.textScale ?? 1
        if (action === 'theme:system' || action === 'theme:light' || action === 'theme:dark') void setPreferences({ theme: action.slice(6) as 'system' })
        else if (action === 'text:bigger') void setPreferences({ textScale: nextTextScale(scale, 1) })
        else if (action === 'text:smaller') void setPreferences({ textScale: nextTextScale(scale, -1) })
        else if (action === 'text:reset') void setPreferences({ textScale: nextTextScale(scale, 0) })
        else if (action === 'about' || action === 'shortcuts') setDialog(action)
      }),
    [view],
  )

  return (
    <>
      <AboutDialog open={dialog === 'about'} onClose={() => setDialog(null)} />
      <ShortcutsDialog open={dialog === 'shortcuts'} onClose={() => setDialog(null)} />
    </>
  )
}
