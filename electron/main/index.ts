// Wiring only: every decision lives in ./security.ts (policy) or ../services (the journal).
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, Notification, powerMonitor, protocol, screen, session } from 'electron'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { createServices } from '../services'
import { registerIpc } from './ipc'
import { createAppProtocolHandler } from './protocol'
import { APP_SCHEME, permissionPolicy, shouldCancelRequest } from './security'
import { createMainWindow, hardenWebContents, installContextMenu } from './window'
import { createPrintHost } from './print'
import { spellcheckDecision } from './spellcheck'
import { createReminderNotifier } from './reminders'
import { restoreBounds } from './window-state'
import { windowBackground, wireDesktop } from './desktop'
import { backupFileFromArgv } from './open-file'
import { createFileHost } from './file-dialogs'

const here = fileURLToPath(new URL('.', import.meta.url))
// Only an unpackaged build may talk to the electron-vite dev server.
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined

// app:// must be registered before ready so it gets a real origin (secure, standard).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false, codeCache: true } },
])
app.enableSandbox()

const mainWindow = () => BrowserWindow.getAllWindows()[0] ?? null
const focusMain = () => {
  const win = mainWindow()
  if (!win) return
  if (win.isMinimized()) win.restore()
  win.show()
  win.focus()
}
// A .hearthbackup file opened with Hearth: kept until the page can hear about it.
let openedBackup: string | null = backupFileFromArgv(process.argv)
let announceBackup = (): void => {}

// One Hearth at a time: two main processes writing one vault could lose a save.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devServerUrl))
  app.on('window-all-closed', () => app.quit())
  app.on('second-instance', (_event, argv) => {
    openedBackup = backupFileFromArgv(argv) ?? openedBackup
    focusMain()
    announceBackup()
  })
  app.on('open-file', (event, path) => {
    event.preventDefault()
    openedBackup = backupFileFromArgv(['', path])
    announceBackup()
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

  const dictionaries = join(process.resourcesPath ?? here, 'dictionaries')
  const spell = spellcheckDecision({
    platform: process.platform,
    localDictionaryDir: existsSync(dictionaries) ? dictionaries : null,
    languages: ses.availableSpellCheckerLanguages ?? [],
  })
  // Never Google's server: a file:// folder inside the app, or (macOS, Windows) nothing at all.
  if (spell.downloadUrl) ses.setSpellCheckerDictionaryDownloadURL(spell.downloadUrl)

  const sendAll = (event: string, payload: unknown) => {
    for (const win of BrowserWindow.getAllWindows()) win.webContents.send(event, payload)
  }
  const notifier = createReminderNotifier({
    createNotification: (options) => new Notification(options),
    supported: () => Notification.isSupported(),
    enabled: () => services.preferences.get().reminders,
    focus: focusMain,
  })
  const files = createFileHost({
    focusedWindow: () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0] ?? null,
    dialog,
    documentsDir: () => app.getPath('documents'),
  })
  const services = await createServices({
    dataDir: app.getPath('userData'),
    appInfo: { name: app.getName(), version: app.getVersion(), platform: process.platform },
    emit: (event, payload) => {
      sendAll(event, payload)
      if (event === 'vault:locked') desktop.syncMenu()
    },
    host: createPrintHost({
      focusedWindow: () => BrowserWindow.getFocusedWindow() ?? mainWindow(),
      dialog,
      documentsDir: () => app.getPath('documents'),
      region: () => app.getLocaleCountryCode(),
    }),
    spellcheck: () => spell.info,
    reminders: (items) => notifier.schedule(items),
    files,
  })
  const desktop = wireDesktop({
    services,
    Menu,
    nativeTheme,
    session: ses,
    spell,
    appName: app.getName(),
    platform: process.platform,
    send: (action) => sendAll('menu:action', { action }),
  })
  // After every request the menu follows the journal's state (an unlock enables its items).
  registerIpc(
    ipcMain,
    async (channel, payload) => {
      const result = await services.dispatch(channel, payload)
      desktop.syncMenu()
      return result
    },
    devServerUrl,
  )

  powerMonitor.on('suspend', () => services.session.power('suspend'))
  powerMonitor.on('lock-screen', () => services.session.power('lock-screen'))
  powerMonitor.on('resume', () => {
    services.session.power('resume')
    notifier.check()
  })
  app.on('before-quit', () => {
    notifier.dispose()
    services.dispose()
  })

  const win = createMainWindow({
    preload: join(here, '../preload/index.cjs'),
    devServerUrl,
    bounds: restoreBounds(services.preferences.get().window, screen.getAllDisplays().map((d) => d.workArea)),
    backgroundColor: windowBackground(nativeTheme.shouldUseDarkColors),
    spellcheck: spell.supported,
    onBoundsChange: (bounds) => void services.preferences.setWindow(bounds).catch(() => undefined),
  })
  installContextMenu(win.webContents, Menu, desktop.spellcheckOn)
  announceBackup = () => {
    if (!openedBackup || win.webContents.isLoading()) return
    files.offerOpened(openedBackup)
    win.webContents.send('backup:open-file', { path: openedBackup })
    openedBackup = null
  }
  win.webContents.on('did-finish-load', () => announceBackup())
}
