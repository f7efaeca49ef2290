import type { BrowserWindow as BrowserWindowType, ContextMenuParams, Menu as MenuType, MenuItemConstructorOptions, WebContents } from 'electron'
import { BrowserWindow } from 'electron'
import type { WindowBounds } from '../../shared/contract/desktop'
import { contextMenuTemplate, type ContextEntry } from './context-menu'
import { APP_ENTRY, isAllowedNavigation, secureWebPreferences, windowOpenPolicy } from './security'
import { DEFAULT_SIZE, MIN_SIZE, type Rect } from './window-state'

export interface WindowPaths {
  preload: string
  /** In development only: the electron-vite dev server. */
  devServerUrl?: string
  /** From restoreBounds: where the window was last time, on a display still connected. */
  bounds?: (Rect & { maximized: boolean }) | null
  /** Painted before the page loads, so a dark theme does not flash light. */
  backgroundColor?: string
  spellcheck?: boolean
  /** Called (debounced) when the window moved, resized or (un)maximised. */
  onBoundsChange?: (bounds: WindowBounds) => void
}

export const createMainWindow = (paths: WindowPaths): BrowserWindowType => {
  const bounds = paths.bounds
  const win = new BrowserWindow({
    ...(bounds ? { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height } : DEFAULT_SIZE),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Hearth',
    backgroundColor: paths.backgroundColor ?? '#fbf6ef',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(paths.preload, { spellcheck: paths.spellcheck ?? false }),
  })
  win.once('ready-to-show', () => {
    if (bounds?.maximized) win.maximize()
    win.show()
  })
  if (paths.onBoundsChange) trackBounds(win, paths.onBoundsChange)
  void win.loadURL(paths.devServerUrl ?? APP_ENTRY)
  return win
}

const trackBounds = (win: BrowserWindowType, save: (bounds: WindowBounds) => void) => {
  let timer: ReturnType<typeof setTimeout> | null = null
  const record = () => {
    if (win.isDestroyed() || win.isMinimized() || win.isFullScreen()) return
    // While maximised keep the normal bounds, so un-maximising next time lands somewhere sensible.
    const { x, y, width, height } = win.getNormalBounds()
    save({ x, y, width, height, maximized: win.isMaximized() })
  }
  const later = () => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(record, 500)
  }
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) win.on(event as 'resize', later)
  win.on('close', () => {
    if (timer) clearTimeout(timer)
    record()
  })
}

/** Applied to every webContents Electron creates, including any we did not expect. */
export const hardenWebContents = (contents: WebContents, devServerUrl?: string): void => {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, devServerUrl)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, devServerUrl)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  // Hearth opens nothing outside itself, not even in the system browser.
  contents.setWindowOpenHandler(({ url }) => windowOpenPolicy(url))
}

/** Right-click: cut, copy, paste, select all, and spelling when it is on (./context-menu.ts). */
export const installContextMenu = (
  contents: WebContents,
  Menu: { buildFromTemplate(template: MenuItemConstructorOptions[]): MenuType },
  spellcheckOn: () => boolean,
): void => {
  contents.on('context-menu', (_event, params: ContextMenuParams) => {
    const toItem = ({ action, ...entry }: ContextEntry): MenuItemConstructorOptions => {
      if (!action) return entry
      const click =
        action.kind === 'replace'
          ? () => contents.replaceMisspelling(action.word)
          : () => contents.session.addWordToSpellCheckerDictionary(action.word)
      return { ...entry, click }
    }
    Menu.buildFromTemplate(contextMenuTemplate(params, spellcheckOn()).map(toItem)).popup()
  })
}
