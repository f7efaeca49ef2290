// A recording stand-in for Electron's main-process API. After main has started, it probes the
// hooks main installed (as Electron would call them) and writes what it saw to $HEARTH_BOOT_REPORT.
import { EventEmitter } from 'node:events'
import { writeFileSync } from 'node:fs'

const seen = {
  readyBeforePrivileged: false,
  privilegedSchemes: [],
  sandboxEnabled: false,
  singleInstanceLock: false,
  windows: [],
  ipcChannels: [],
  protocols: [],
  spellChecker: null,
  menu: null,
}
let ready = false
const ipcHandlers = new Map()
const hooks = { beforeRequest: null, permissionRequest: null, permissionCheck: null }

class StubApp extends EventEmitter {
  isPackaged = true
  getPath(name) {
    if (name !== 'userData') throw new Error(`unexpected getPath(${name})`)
    return process.env.HEARTH_BOOT_DATA
  }
  getName() { return 'Hearth' }
  getVersion() { return '0.0.0-boot' }
  enableSandbox() { seen.sandboxEnabled = true }
  requestSingleInstanceLock() { seen.singleInstanceLock = true; return true }
  quit() { seen.quit = true }
  whenReady() { ready = true; return Promise.resolve() }
}
export const app = new StubApp()

class StubWebContents extends EventEmitter {
  constructor() { super(); this.windowOpenHandler = null; this.sent = [] }
  setWindowOpenHandler(handler) { this.windowOpenHandler = handler }
  send(channel) { this.sent.push(channel) }
}

const allWindows = []
export class BrowserWindow extends EventEmitter {
  constructor(options) {
    super()
    this.options = options
    this.webContents = new StubWebContents()
    this.loaded = null
    allWindows.push(this)
    app.emit('web-contents-created', {}, this.webContents)
  }
  loadURL(url) { this.loaded = url; return Promise.resolve() }
  once(event, fn) { return super.once(event, fn) }
  show() {}
  static getAllWindows() { return allWindows }
}

export const ipcMain = {
  handle(channel, handler) {
    if (ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`)
    ipcHandlers.set(channel, handler)
  },
}

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    if (ready) seen.readyBeforePrivileged = true
    seen.privilegedSchemes.push(...schemes)
  },
  handle(scheme, handler) { seen.protocols.push(scheme); hooks.protocol = handler },
}

export const session = {
  defaultSession: {
    setPermissionRequestHandler(fn) { hooks.permissionRequest = fn },
    setPermissionCheckHandler(fn) { hooks.permissionCheck = fn },
    setSpellCheckerEnabled(on) { seen.spellChecker = on },
    webRequest: { onBeforeRequest(fn) { hooks.beforeRequest = fn } },
  },
}

export const powerMonitor = new EventEmitter()
export const Menu = {
  buildFromTemplate(template) { return { template } },
  setApplicationMenu(menu) { seen.menu = menu.template.map((item) => item.label ?? item.role) },
}
export const shell = {}
export const dialog = {}
export default { app, BrowserWindow, ipcMain, protocol, session, powerMonitor, Menu, shell, dialog }

const cancelled = (url) => {
  let result
  hooks.beforeRequest?.({ url }, (r) => { result = r })
  return result?.cancel
}

async function probe() {
  const win = allWindows[0]
  const contents = win?.webContents
  const navigation = (url) => {
    let prevented = false
    contents?.emit('will-navigate', { preventDefault: () => { prevented = true } }, url)
    return prevented
  }
  const invoke = async (channel, frameUrl, payload = {}) => {
    const handler = ipcHandlers.get(channel)
    if (!handler) return null
    return handler({ senderFrame: { url: frameUrl, isMainFrame: true } }, payload)
  }
  let permission
  hooks.permissionRequest?.({}, 'media', (granted) => { permission = granted })
  const appPage = await hooks.protocol?.({ url: 'app://hearth/index.html', method: 'GET' })
  const report = {
    ...seen,
    windows: allWindows.map((w) => ({ options: w.options, loaded: w.loaded })),
    ipcChannels: [...ipcHandlers.keys()],
    network: {
      installed: typeof hooks.beforeRequest === 'function',
      http: cancelled('http://example.com/'),
      https: cancelled('https://fonts.example/x.woff2'),
      file: cancelled('file:///etc/passwd'),
      app: cancelled('app://hearth/index.html'),
      data: cancelled('data:text/html,<script>alert(1)</script>'),
      devtools: cancelled('devtools://devtools/bundled/inspector.html'),
    },
    permissions: { media: permission, check: hooks.permissionCheck?.({}, 'notifications') },
    navigation: {
      evilPrevented: navigation('https://evil.example/'),
      filePrevented: navigation('file:///etc/passwd'),
      appPrevented: navigation('app://hearth/index.html'),
    },
    windowOpen: contents?.windowOpenHandler?.({ url: 'https://evil.example/' }),
    protocolServes: appPage ? { status: appPage.status, csp: appPage.headers.get('content-security-policy') } : null,
    ipc: {
      trusted: await invoke('app:info', 'app://hearth/index.html'),
      foreign: await invoke('app:info', 'https://evil.example/'),
      malformed: await invoke('vault:unlock', 'app://hearth/index.html', { partner: 'Z', passphrase: 42 }),
    },
  }
  writeFileSync(process.env.HEARTH_BOOT_REPORT, JSON.stringify(report, null, 2))
  process.exit(0)
}
setTimeout(() => void probe(), Number(process.env.HEARTH_BOOT_WAIT ?? 1500))
