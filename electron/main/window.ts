import type { BrowserWindow as BrowserWindowType, WebContents } from 'electron'
import { BrowserWindow } from 'electron'
import { APP_ENTRY, isAllowedNavigation, secureWebPreferences, windowOpenPolicy } from './security'

export interface WindowPaths {
  preload: string
  /** In development only: the electron-vite dev server. */
  devServerUrl?: string
}

export const createMainWindow = (paths: WindowPaths): BrowserWindowType => {
  const win = new BrowserWindow({
    width: 1120,
    height: 780,
    minWidth: 720,
    minHeight: 560,
    show: false,
    title: 'Hearth',
    backgroundColor: '#fbf6ef',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(paths.preload),
  })
  win.once('ready-to-show', () => win.show())
  void win.loadURL(paths.devServerUrl ?? APP_ENTRY)
  return win
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
