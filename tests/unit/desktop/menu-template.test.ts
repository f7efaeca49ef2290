// User story: the menus follow each platform's habits, shortcuts never clash, and nothing that
// needs an open journal can be chosen while Hearth is locked.
import { describe, expect, it } from 'vitest'
import { buildMenuTemplate, displayAccelerator, flattenMenu, shortcutList, type MenuEntry } from '../../../shared/desktop/menu-template'
import { MENU_ACTIONS, NEEDS_UNLOCK } from '../../../shared/desktop/menu-actions'

const PLATFORMS = ['darwin', 'win32', 'linux'] as const
const build = (platform: string, locked: boolean) => buildMenuTemplate({ platform, locked, appName: 'Hearth', theme: 'system' })
const all = (entries: MenuEntry[]): MenuEntry[] => entries.flatMap((e) => [e, ...all(e.submenu ?? [])])
const byAction = (entries: MenuEntry[], action: string) => all(entries).filter((e) => e.action === action)
const accel = (platform: string, action: string) => byAction(build(platform, false), action)[0]?.accelerator

describe('menu template: platform conventions', () => {
  it('macOS has the app menu first and a Window menu; Windows and Linux have File/Edit/View/Go/Help', () => {
    expect(build('darwin', false).map((e) => e.label)).toEqual(['Hearth', 'File', 'Edit', 'View', 'Go', 'Window', 'Help'])
    for (const p of ['win32', 'linux']) expect(build(p, false).map((e) => e.label)).toEqual(['&File', '&Edit', '&View', '&Go', '&Help'])
  })

  it('has every item the issue asks for on every platform', () => {
    for (const p of PLATFORMS) {
      const labels = all(build(p, false)).map((e) => e.label?.replaceAll('&&', '&'))
      for (const label of ['New private entry', 'Write a note', 'Make a backup copy…', 'Export…', 'Print the agreement', 'Find…', 'Lock Hearth',
        'About Hearth', 'Keyboard shortcuts', 'Bigger text', 'Smaller text', 'Default text size', 'Home', 'Weekly reflection',
        'Private journal', 'Notes', 'History & search', 'Light', 'Dark', 'Follow the system']) {
        expect(labels, `${p}: ${label}`).toContain(label)
      }
      const roles = all(build(p, false)).map((e) => e.role)
      for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']) expect(roles).toContain(role)
    }
  })

  it('uses the shortcuts people expect: CmdOrCtrl+P print, +F find, +L lock, +1…9 the Go list', () => {
    for (const p of PLATFORMS) {
      expect(accel(p, 'print:agreement')).toBe('CmdOrCtrl+P')
      expect(accel(p, 'find')).toBe('CmdOrCtrl+F')
      expect(accel(p, 'lock')).toBe('CmdOrCtrl+L')
      const go = all(build(p, false)).find((e) => e.label?.endsWith('Go'))?.submenu ?? []
      const numbered = go.filter((e) => /^CmdOrCtrl\+\d$/.test(e.accelerator ?? '')).map((e) => e.accelerator)
      expect(numbered).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((n) => `CmdOrCtrl+${n}`))
    }
  })

  it('differs per platform where the platforms differ (redo, full screen, quit, Home)', () => {
    const role = (p: string, r: string) => all(build(p, false)).find((e) => e.role === r)?.accelerator
    expect(role('darwin', 'redo')).toBe('Shift+Cmd+Z')
    expect(role('win32', 'redo')).toBe('Ctrl+Y')
    expect(role('darwin', 'togglefullscreen')).toBe('Ctrl+Cmd+F')
    expect(role('linux', 'togglefullscreen')).toBe('F11')
    expect(role('darwin', 'quit')).toBe('Cmd+Q')
    expect(role('linux', 'quit')).toBe('Ctrl+Q')
    // Windows closes with Alt+F4; Ctrl+Q is not a Windows habit.
    expect(role('win32', 'quit')).toBeUndefined()
    expect(accel('darwin', 'go:home')).toBe('Cmd+Shift+H')
    expect(accel('win32', 'go:home')).toBe('Alt+Home')
    expect(all(build('win32', false)).some((e) => e.role === 'hide' || e.role === 'services')).toBe(false)
  })

  it('never gives two items the same shortcut, on any platform', () => {
    for (const p of PLATFORMS) {
      const keys = flattenMenu(build(p, false)).map((e) => (e.accelerator ?? '').toLowerCase().replace(/cmdorctrl/, p === 'darwin' ? 'cmd' : 'ctrl'))
      const dupes = keys.filter((k, i) => keys.indexOf(k) !== i)
      expect(dupes, p).toEqual([])
    }
  })
})

describe('menu template: locked and unlocked', () => {
  it('threat: while locked nothing that needs the journal can be chosen; theme, text size and About still can', () => {
    for (const p of PLATFORMS) {
      const locked = all(build(p, true)).filter((e) => e.action)
      expect(locked.length).toBeGreaterThan(20)
      for (const e of locked) expect(e.enabled, `${p} ${e.label}`).toBe(!NEEDS_UNLOCK.has(e.action!))
      for (const a of ['theme:dark', 'text:bigger', 'about', 'shortcuts']) expect(byAction(build(p, true), a).every((e) => e.enabled)).toBe(true)
      for (const a of ['find', 'lock', 'go:private', 'entry:new-private', 'print:agreement']) expect(byAction(build(p, true), a).every((e) => e.enabled === false)).toBe(true)
    }
  })

  it('once unlocked every action item is enabled', () => {
    for (const p of PLATFORMS) expect(all(build(p, false)).filter((e) => e.action && e.enabled !== true)).toEqual([])
  })

  it('every action id is reachable from the menu on every platform', () => {
    for (const p of PLATFORMS) {
      const actions = new Set(all(build(p, false)).map((e) => e.action).filter(Boolean))
      expect([...MENU_ACTIONS].filter((a) => !actions.has(a))).toEqual([])
    }
  })

  it('ticks the chosen theme', () => {
    const checked = all(buildMenuTemplate({ platform: 'linux', locked: true, appName: 'Hearth', theme: 'dark' })).filter((e) => e.type === 'radio' && e.checked)
    expect(checked.map((e) => e.action)).toEqual(['theme:dark'])
  })
})

describe('keyboard shortcuts list', () => {
  it('is written the platform’s way', () => {
    expect(displayAccelerator('CmdOrCtrl+Shift+N', 'darwin')).toBe('⌘⇧N')
    expect(displayAccelerator('CmdOrCtrl+Shift+N', 'linux')).toBe('Ctrl+Shift+N')
    expect(displayAccelerator('CmdOrCtrl+=', 'win32')).toBe('Ctrl+=')
  })
  it('lists the same shortcuts the menu has', () => {
    const list = shortcutList('linux')
    expect(list).toContainEqual({ label: 'Find…', keys: 'Ctrl+F' })
    expect(list).toContainEqual({ label: 'Lock Hearth', keys: 'Ctrl+L' })
    expect(list).toContainEqual({ label: 'History & search', keys: 'Ctrl+4' })
    expect(list.length).toBe(flattenMenu(build('linux', false)).length)
  })
})
