// A recording stand-in for Electron's main-process API. After main has started, it probes the
// hooks main installed (as Electron would call them) and writes what it saw to $HEARTH_BOOT_REPORT.
import { EventEmitter } from 'node:events'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const seen = {
  readyBeforePrivileged: false,
  privilegedSchemes: [],
  sandboxEnabled: false,
  singleInstanceLock: false,
  windows: [],
  ipcChannels: [],
  protocols: [],
  spellChecker: null,
  spellLanguages: null,
  dictionaryDownloadUrl: null,
  menu: null,
  menus: [],
  popups: [],
  notifications: [],
  focused: 0,
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
  constructor() { super(); this.windowOpenHandler = null; this.sent = []; this.session = session.defaultSession }
  setWindowOpenHandler(handler) { this.windowOpenHandler = handler }
  send(channel, payload) { this.sent.push({ channel, payload }) }
  isLoading() { return false }
  replaceMisspelling(word) { seen.replaced = word }
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
  focus() { seen.focused++ }
  restore() {}
  maximize() { this.maximized = true }
  isMinimized() { return false }
  isMaximized() { return false }
  isFullScreen() { return false }
  isDestroyed() { return false }
  getNormalBounds() { return { x: 40, y: 30, width: 1000, height: 700 } }
  static getAllWindows() { return allWindows }
  static getFocusedWindow() { return allWindows[0] ?? null }
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
    setSpellCheckerLanguages(languages) { seen.spellLanguages = languages },
    setSpellCheckerDictionaryDownloadURL(url) { seen.dictionaryDownloadUrl = url },
    addWordToSpellCheckerDictionary(word) { seen.addedWord = word; return true },
    availableSpellCheckerLanguages: ['en-GB', 'en-US', 'fr'],
    webRequest: { onBeforeRequest(fn) { hooks.beforeRequest = fn } },
  },
}

export const powerMonitor = new EventEmitter()
let appMenu = null
export const Menu = {
  buildFromTemplate(template) { return { template, popup() { seen.popups.push(template.map((i) => i.label ?? i.type)) } } },
  setApplicationMenu(menu) {
    appMenu = menu
    seen.menu = menu.template.map((item) => item.label ?? item.role)
    seen.menus.push(menu.template)
  },
}
export const nativeTheme = { themeSource: 'unset', get shouldUseDarkColors() { return this.themeSource === 'dark' } }
export class Notification extends EventEmitter {
  constructor(options) { super(); this.options = options; seen.notifications.push(this) }
  static isSupported() { return true }
  show() { this.shown = true }
}
export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1050 } }] }
export const shell = {}
export const dialog = {}
export default { app, BrowserWindow, ipcMain, protocol, session, powerMonitor, Menu, nativeTheme, Notification, screen, shell, dialog }

/** The enabled state and click of a menu item found by label anywhere in the application menu. */
const findItem = (items, label) => {
  for (const item of items ?? []) {
    if (item.label === label) return item
    const inner = findItem(item.submenu, label)
    if (inner) return inner
  }
  return null
}
const lastMenuItem = (label) => findItem(appMenu?.template, label)

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
  const frame = 'app://hearth/index.html'
  const desktop = await probeDesktop(contents, (channel, payload) => invoke(channel, frame, payload))
  const report = {
    desktop,
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
  report.notifications = seen.notifications.map((n) => ({ options: n.options, shown: n.shown === true }))
  writeFileSync(process.env.HEARTH_BOOT_REPORT, JSON.stringify(report, null, 2))
  process.exit(0)
}
/** Menu, context menu, theme, spell-check and reminders, driven as Electron and a user would. */
async function probeDesktop(contents, call) {
  const out = {}
  const state = (label) => ({ present: lastMenuItem(label) !== null, enabled: lastMenuItem(label)?.enabled })
  out.lockedMenu = { find: state('Find…'), newEntry: state('New private entry'), bigger: state('Bigger text'), dark: state('Dark') }
  out.themeBefore = nativeTheme.themeSource
  lastMenuItem('Bigger text')?.click?.()
  out.sentAfterBigger = contents?.sent.filter((s) => s.channel === 'menu:action').map((s) => s.payload)
  out.prefsSet = await call('prefs:set', { theme: 'dark', spellcheck: true })
  out.themeAfter = nativeTheme.themeSource
  out.darkChecked = lastMenuItem('Dark')?.checked
  out.prefsChangedSent = contents?.sent.some((s) => s.channel === 'prefs:changed')
  const created = await call('vault:create', { partners: [{ name: 'Sam', passphrase: 'a long boot passphrase one' }, { name: 'Alex', passphrase: 'a long boot passphrase two' }] })
  out.created = created?.ok
  if (created?.ok && created.value.status.state !== 'unlocked') {
    await call('vault:unlock', { partner: 'A', passphrase: 'a long boot passphrase one' })
  }
  out.unlockedMenu = { find: state('Find…'), newEntry: state('New private entry') }
  const now = new Date()
  const hhmm = `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`
  out.ritual = await call('rituals:save', { name: 'Sunday pancakes, secret recipe', days: [now.getDay()], time: hhmm })
  seen.notifications[0]?.emit('click')
  out.focusedAfterClick = seen.focused
  contents?.emit('context-menu', {}, {
    isEditable: true, selectionText: '', misspelledWord: 'helo', dictionarySuggestions: ['hello', 'help'],
    editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true },
  })
  out.contextMenu = seen.popups.at(-1)
  allWindows[0]?.emit('close')
  await new Promise((resolve) => setTimeout(resolve, 300))
  out.prefsFile = JSON.parse(readFileSync(join(process.env.HEARTH_BOOT_DATA, 'preferences.json'), 'utf8'))
  return out
}
setTimeout(() => void probe(), Number(process.env.HEARTH_BOOT_WAIT ?? 1500))
