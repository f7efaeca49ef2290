// The application menu as plain data: the same shape as Electron's MenuItemConstructorOptions,
// but with an `action` id instead of a click function, so it can be unit tested and the renderer
// can list the very same shortcuts. electron/main/menu.ts turns it into a real menu.
import { NEEDS_UNLOCK, type MenuAction } from './menu-actions'
import type { Theme } from '../contract/desktop'

export type MenuRole =
  | 'about' | 'services' | 'hide' | 'hideOthers' | 'unhide' | 'quit' | 'close'
  | 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'pasteAndMatchStyle' | 'selectAll'
  | 'zoomIn' | 'zoomOut' | 'resetZoom' | 'togglefullscreen' | 'minimize' | 'zoom' | 'front' | 'window'

export interface MenuEntry {
  label?: string
  type?: 'separator' | 'radio' | 'submenu'
  role?: MenuRole
  accelerator?: string
  action?: MenuAction
  enabled?: boolean
  checked?: boolean
  submenu?: MenuEntry[]
}

export interface MenuInput {
  platform: string
  locked: boolean
  appName: string
  theme: Theme
}

const sep: MenuEntry = { type: 'separator' }

/** The worksheets and places of Go, with CmdOrCtrl+1…9 in this order. */
export const GO_ITEMS: { label: string; action: MenuAction }[] = [
  { label: 'Weekly reflection', action: 'go:reflection' },
  { label: 'Private journal', action: 'go:private' },
  { label: 'Notes', action: 'go:notes' },
  { label: 'History & search', action: 'go:history' },
  { label: 'Shared values', action: 'go:values' },
  { label: 'Conversation cards', action: 'go:conversations' },
  { label: 'Active listening', action: 'go:listening' },
  { label: 'Time together', action: 'go:rituals' },
  { label: 'Boundaries', action: 'go:boundaries' },
]

export const buildMenuTemplate = ({ platform, locked, appName, theme }: MenuInput): MenuEntry[] => {
  const mac = platform === 'darwin'
  const item = (label: string, action: MenuAction, accelerator?: string): MenuEntry => ({
    label,
    action,
    ...(accelerator ? { accelerator } : {}),
    enabled: !(locked && NEEDS_UNLOCK.has(action)),
  })
  const themeItem = (label: string, value: Theme): MenuEntry => ({
    label,
    type: 'radio',
    action: `theme:${value}`,
    checked: theme === value,
    enabled: true,
  })
  const preferences = item(mac ? 'Settings…' : 'Preferences…', 'go:preferences', 'CmdOrCtrl+,')
  const lock = item(`Lock ${appName}`, 'lock', 'CmdOrCtrl+L')
  const about = item(`About ${appName}`, 'about')

  const appMenu: MenuEntry = {
    label: appName,
    submenu: [
      about,
      sep,
      preferences,
      lock,
      sep,
      { role: 'services' },
      sep,
      { role: 'hide', accelerator: 'Cmd+H' },
      { role: 'hideOthers', accelerator: 'Cmd+Alt+H' },
      { role: 'unhide' },
      sep,
      { role: 'quit', label: `Quit ${appName}`, accelerator: 'Cmd+Q' },
    ],
  }
  const file: MenuEntry = {
    label: mac ? 'File' : '&File',
    submenu: [
      item('New private entry', 'entry:new-private', 'CmdOrCtrl+N'),
      item('Write a note', 'note:new', 'CmdOrCtrl+Shift+N'),
      sep,
      item('Make a backup copy…', 'backup:make'),
      item('Export…', 'export:open'),
      item('Print the agreement', 'print:agreement', 'CmdOrCtrl+P'),
      ...(mac
        ? [sep, { role: 'close', accelerator: 'Cmd+W' } satisfies MenuEntry]
        : [sep, preferences, lock, sep, { role: 'quit', label: 'Quit', ...(platform === 'win32' ? {} : { accelerator: 'Ctrl+Q' }) } satisfies MenuEntry]),
    ],
  }
  const edit: MenuEntry = {
    label: mac ? 'Edit' : '&Edit',
    submenu: [
      { role: 'undo', accelerator: 'CmdOrCtrl+Z' },
      { role: 'redo', accelerator: mac ? 'Shift+Cmd+Z' : 'Ctrl+Y' },
      sep,
      { role: 'cut', accelerator: 'CmdOrCtrl+X' },
      { role: 'copy', accelerator: 'CmdOrCtrl+C' },
      { role: 'paste', accelerator: 'CmdOrCtrl+V' },
      { role: 'pasteAndMatchStyle', accelerator: mac ? 'Cmd+Alt+Shift+V' : 'Ctrl+Shift+V' },
      { role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
      sep,
      item('Find…', 'find', 'CmdOrCtrl+F'),
    ],
  }
  const view: MenuEntry = {
    label: mac ? 'View' : '&View',
    submenu: [
      { label: 'Theme', submenu: [themeItem('Follow the system', 'system'), themeItem('Light', 'light'), themeItem('Dark', 'dark')] },
      sep,
      // Text size reflows the page and is remembered, so it gets the keys people press first.
      item('Bigger text', 'text:bigger', 'CmdOrCtrl+='),
      item('Smaller text', 'text:smaller', 'CmdOrCtrl+-'),
      item('Default text size', 'text:reset', 'CmdOrCtrl+0'),
      sep,
      { role: 'zoomIn', accelerator: 'CmdOrCtrl+Shift+=' },
      { role: 'zoomOut', accelerator: 'CmdOrCtrl+Shift+-' },
      { role: 'resetZoom', accelerator: 'CmdOrCtrl+Shift+0' },
      sep,
      { role: 'togglefullscreen', accelerator: mac ? 'Ctrl+Cmd+F' : 'F11' },
    ],
  }
  const go: MenuEntry = {
    label: mac ? 'Go' : '&Go',
    submenu: [
      item('Home', 'go:home', mac ? 'Cmd+Shift+H' : 'Alt+Home'),
      sep,
      // Windows and Linux read a single & as a mnemonic marker.
      ...GO_ITEMS.map((g, i) => item(mac ? g.label : g.label.replaceAll('&', '&&'), g.action, `CmdOrCtrl+${i + 1}`)),
    ],
  }
  const windowMenu: MenuEntry = {
    label: 'Window',
    role: 'window',
    submenu: [{ role: 'minimize', accelerator: 'Cmd+M' }, { role: 'zoom' }, sep, { role: 'front' }],
  }
  const help: MenuEntry = {
    label: mac ? 'Help' : '&Help',
    submenu: [item('Keyboard shortcuts', 'shortcuts', 'CmdOrCtrl+/'), ...(mac ? [] : [sep, about])],
  }
  return mac ? [appMenu, file, edit, view, go, windowMenu, help] : [file, edit, view, go, help]
}

/** Every entry with an accelerator, depth first (for the duplicate check and the shortcut list). */
export const flattenMenu = (entries: MenuEntry[]): MenuEntry[] =>
  entries.flatMap((e) => [...(e.accelerator ? [e] : []), ...flattenMenu(e.submenu ?? [])])

const ROLE_LABELS: Partial<Record<MenuRole, string>> = {
  undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy', paste: 'Paste', pasteAndMatchStyle: 'Paste as plain text',
  selectAll: 'Select all', zoomIn: 'Zoom in', zoomOut: 'Zoom out', resetZoom: 'Actual size', togglefullscreen: 'Full screen',
  hide: 'Hide Hearth', hideOthers: 'Hide others', quit: 'Quit', close: 'Close window', minimize: 'Minimise',
}

/** How a shortcut is written on this platform: ⌘⇧N on a Mac, Ctrl+Shift+N elsewhere. */
export const displayAccelerator = (accelerator: string, platform: string): string => {
  const mac = platform === 'darwin'
  const parts = accelerator.split('+').map((p, i, all) => (p === '' && i > 0 && all[i - 1] === '' ? '+' : p)).filter(Boolean)
  const names: Record<string, string> = mac
    ? { CmdOrCtrl: '⌘', Cmd: '⌘', Ctrl: '⌃', Shift: '⇧', Alt: '⌥' }
    : { CmdOrCtrl: 'Ctrl', Cmd: 'Ctrl' }
  const shown = parts.map((p) => names[p] ?? p)
  return mac ? shown.join('') : shown.join('+')
}

/** The list the Keyboard shortcuts dialog shows, built from the menu itself so the two agree. */
export const shortcutList = (platform: string): { label: string; keys: string }[] =>
  flattenMenu(buildMenuTemplate({ platform, locked: false, appName: 'Hearth', theme: 'system' })).map((e) => ({
    label: (e.label ?? (e.role ? ROLE_LABELS[e.role] : undefined) ?? '').replaceAll('&&', '&'),
    keys: displayAccelerator(e.accelerator ?? '', platform),
  }))
