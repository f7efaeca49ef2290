// Wiring only: every decision lives in ./security.ts (policy) or ../services (the journal).
import { app, BrowserWindow, dialog, ipcMain, powerMonitor, protocol, session } from 'electron'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { createServices } from '../services'
import { registerIpc } from './ipc'
import { createAppProtocolHandler } from './protocol'
import { APP_SCHEME, permissionPolicy, shouldCancelRequest } from './security'
import { createMainWindow, hardenWebContents } from './window'
import { installMenu } from './menu'
import { createPrintHost } from './print'
import { createFileHost } from './file-dialogs'

const here = fileURLToPath(new URL('.', import.meta.url))
// Only an unpackaged build may talk to the electron-vite dev server.
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined

// app:// must be registered before ready so it gets a real origin (secure, standard).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false, codeCache: true } },
])
app.enableSandbox()

// One Hearth at a time: two main processes writing one vault could lose a save.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devServerUrl))
  app.on('window-all-closed', () => app.quit())
  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows()
    if (win) {
      if (win.isMinimized()) win.restore()
      win.focus()
    }
  })
  void app.whenReady().then(start)
}

async function start(): Promise<void> {
  const ses = session.defaultSession
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionPolicy(permission)))
  ses.setPermissionCheckHandler((_contents, permission) => permissionPolicy(permission))
  ses.setSpellCheckerEnabled(false)
  // The network block: every request that is not Hearth's own app:// page is cancelled.
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: shouldCancelRequest(details.url, devServerUrl) }))
  protocol.handle(APP_SCHEME, createAppProtocolHandler(join(here, '../renderer')))

  const services = await createServices({
    dataDir: app.getPath('userData'),
    appInfo: { name: app.getName(), version: app.getVersion(), platform: process.platform },
    emit: (event, payload) => {
      for (const win of BrowserWindow.getAllWindows()) win.webContents.send(event, payload)
    },
    host: createPrintHost({
      focusedWindow: () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0] ?? null,
      dialog,
      documentsDir: () => app.getPath('documents'),
      region: () => app.getLocaleCountryCode(),
    }),
    files: createFileHost({
      focusedWindow: () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0] ?? null,
      dialog,
      documentsDir: () => app.getPath('documents'),
    }),
  })
  registerIpc(ipcMain, services.dispatch, devServerUrl)

  powerMonitor.on('suspend', () => services.session.power('suspend'))
  powerMonitor.on('lock-screen', () => services.session.power('lock-screen'))
  powerMonitor.on('resume', () => services.session.power('resume'))
  app.on('before-quit', () => services.dispose())

  installMenu({ lock: () => services.session.lockNow('user') })
  createMainWindow({ preload: join(here, '../preload/index.cjs'), devServerUrl })
}
