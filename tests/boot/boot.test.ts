// The boot check: the built main bundle, loaded under plain Node with a recording stub of
// `electron`, must start securely and register exactly the contract's channels.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHANNEL_NAMES } from '../../shared/contract'

const ROOT = resolve(import.meta.dirname, '../..')
const MAIN = join(ROOT, 'out/main/index.js')
let dir = ''
let report: Record<string, any> = {}

beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error('Build first: out/main/index.js is missing (npm run build)')
  dir = mkdtempSync(join(tmpdir(), 'hearth-boot-'))
  const run = spawnSync(process.execPath, ['--import', './tests/boot/register.mjs', MAIN], {
    cwd: ROOT,
    env: { ...process.env, HEARTH_BOOT_DATA: dir, HEARTH_BOOT_REPORT: join(dir, 'report.json') },
    encoding: 'utf8',
    timeout: 60_000,
  })
  if (run.status !== 0) throw new Error(`main did not boot:\n${run.stderr}`)
  report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('boot: the built main process starts securely without the Electron binary', () => {
  it('creates one window with the security checklist’s webPreferences and loads app://', () => {
    expect(report.windows).toHaveLength(1)
    const prefs = report.windows[0].options.webPreferences
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false, webSecurity: true, spellcheck: false })
    expect(prefs.preload).toMatch(/preload[\\/]index\.cjs$/)
    expect(existsSync(prefs.preload)).toBe(true)
    expect(report.windows[0].loaded).toBe('app://hearth/index.html')
  })

  it('registers a handler for every channel of the contract and no other', () => {
    expect([...report.ipcChannels].sort()).toEqual([...CHANNEL_NAMES].sort())
  })

  it('blocks the network, permissions, navigation and new windows', () => {
    expect(report.network).toEqual({ installed: true, http: true, https: true, file: true, app: false, data: true, devtools: true })
    expect(report.permissions).toEqual({ media: false, check: false })
    expect(report.navigation).toEqual({ evilPrevented: true, filePrevented: true, appPrevented: false })
    expect(report.windowOpen).toEqual({ action: 'deny' })
  })

  it('takes the single-instance lock, enables the sandbox and registers app:// before ready', () => {
    expect(report.singleInstanceLock).toBe(true)
    expect(report.sandboxEnabled).toBe(true)
    expect(report.readyBeforePrivileged).toBe(false)
    expect(report.privilegedSchemes.map((s: { scheme: string }) => s.scheme)).toEqual(['app'])
    expect(report.protocols).toEqual(['app'])
    expect(report.spellChecker).toBe(false)
    expect(report.protocolServes.status).toBe(200)
    expect(report.protocolServes.csp).toContain("connect-src 'none'")
  })

  it('installs the platform menu: journal items disabled while locked, enabled once unlocked; actions reach the page', () => {
    const d = report.desktop
    expect(report.menu).toEqual(['&File', '&Edit', '&View', '&Go', '&Help'])
    expect(d.lockedMenu).toEqual({
      find: { present: true, enabled: false },
      newEntry: { present: true, enabled: false },
      bigger: { present: true, enabled: true },
      dark: { present: true, enabled: true },
    })
    expect(d.created).toBe(true)
    expect(d.unlockedMenu).toEqual({ find: { present: true, enabled: true }, newEntry: { present: true, enabled: true } })
    expect(d.sentAfterBigger).toEqual([{ action: 'text:bigger' }])
  })

  it('follows the theme preference in nativeTheme and the View menu, and tells the page', () => {
    const d = report.desktop
    expect(d.themeBefore).toBe('system')
    expect(d.prefsSet).toMatchObject({ ok: true, value: { prefs: { theme: 'dark' } } })
    expect(d.themeAfter).toBe('dark')
    expect(d.darkChecked).toBe(true)
    expect(d.prefsChangedSent).toBe(true)
  })

  it('privacy: turning spell-check on under Linux downloads nothing (no dictionary URL, checker stays off)', () => {
    expect(report.desktop.prefsSet.value.spellcheck).toMatchObject({ available: false })
    expect(report.spellChecker).toBe(false)
    expect(report.dictionaryDownloadUrl).toBeNull()
  })

  it('shows a right-click menu with cut, copy, paste and select all in a text field', () => {
    expect(report.desktop.contextMenu).toEqual(['Cut', 'Copy', 'Paste', 'separator', 'Select all'])
  })

  it('a ritual due now notifies once with no private words, and clicking it focuses Hearth', () => {
    expect(report.desktop.ritual).toMatchObject({ ok: true })
    expect(report.notifications).toEqual([{ options: { title: 'Hearth', body: 'A ritual for today: open Hearth', silent: false }, shown: true }])
    expect(JSON.stringify(report.notifications)).not.toContain('pancakes')
    expect(report.desktop.focusedAfterClick).toBe(1)
  })

  it('remembers the window’s bounds in the plain preferences file when it closes', () => {
    expect(report.desktop.prefsFile.window).toEqual({ x: 40, y: 30, width: 1000, height: 700, maximized: false })
    expect(report.desktop.prefsFile.theme).toBe('dark')
  })

  it('answers IPC from its own frame, refuses a foreign frame and a malformed payload', () => {
    expect(report.ipc.trusted).toMatchObject({ ok: true, value: { name: 'Hearth' } })
    expect(report.ipc.foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(report.ipc.malformed).toMatchObject({ ok: false, error: { code: 'bad-request' } })
  })
})
