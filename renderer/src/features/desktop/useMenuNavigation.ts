// Menu items that need an open journal: Home listens (it only exists while unlocked) and moves
// to the right page. "Make a backup copy…" opens the security page (its backup card), "Export…"
// the Export & import page; Find opens History & search with the search field focused.
import { useEffect } from 'react'
import type { MenuAction } from '../../../../shared/desktop/menu-actions'
import { onEvent } from '../../api'

const PAGES: Partial<Record<MenuAction, string>> = {
  'go:home': 'home',
  'go:reflection': 'reflection',
  'go:private': 'private',
  'go:notes': 'notes',
  'go:history': 'history',
  'go:values': 'values',
  'go:conversations': 'conversations',
  'go:listening': 'listening',
  'go:rituals': 'rituals',
  'go:boundaries': 'boundaries',
  'go:preferences': 'preferences',
  'entry:new-private': 'private',
  'note:new': 'notes',
  'print:agreement': 'boundaries-print',
  'backup:make': 'security',
  'export:open': 'carry',
  find: 'history',
}

/** Once the page has rendered, focus (or press) what the menu item was for. */
const FOLLOW_UP: Partial<Record<MenuAction, (main: HTMLElement) => boolean>> = {
  find: (main) => focus(main.querySelector<HTMLInputElement>('input[type="search"]')),
  'note:new': (main) => focus(main.querySelector<HTMLTextAreaElement>('textarea')),
  'entry:new-private': (main) => {
    const button = [...main.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'New entry')
    if (!button) return false
    button.click()
    return true
  },
}

const focus = (el: HTMLElement | null): boolean => {
  if (!el) return false
  el.focus()
  return true
}

/** Tries for a moment: lazy pages and their data arrive a little after the route changes. */
const whenReady = (fn: (main: HTMLElement) => boolean, tries = 20) => {
  const main = document.getElementById('main')
  if ((main && fn(main)) || tries <= 0) return
  setTimeout(() => whenReady(fn, tries - 1), 50)
}

export function useMenuNavigation(go: (routeId: string) => void): void {
  useEffect(
    () =>
      onEvent('menu:action', ({ action }) => {
        const page = PAGES[action]
        if (!page) return
        go(page)
        const follow = FOLLOW_UP[action]
        if (follow) setTimeout(() => whenReady(follow), 0)
      }),
    [go],
  )
}
