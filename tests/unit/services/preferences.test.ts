// User story: theme, text size and the window's place survive a restart and apply on the lock
// screen. Threat: a missing, empty or damaged preferences file must give calm defaults, keep
// every field that still reads, and never be overwritten before a copy is set aside.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_PREFERENCES, PREFERENCES_FILE, createPreferences } from '../../../electron/services/preferences.service'
import { createServices } from '../../../electron/services'

let dir = ''
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hearth-prefs-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const file = () => join(dir, PREFERENCES_FILE)
const open = async () => {
  const prefs = createPreferences({ dataDir: dir, now: () => new Date('2026-12-02T10:00:00Z') })
  await prefs.load()
  return prefs
}

describe('preferences file', () => {
  it('missing: the defaults, and no file is written just by reading', async () => {
    expect((await open()).get()).toEqual(DEFAULT_PREFERENCES)
    expect(readdirSync(dir)).toEqual([])
  })

  it('empty: the defaults, nothing set aside', async () => {
    writeFileSync(file(), '')
    const prefs = await open()
    expect(prefs.get()).toEqual(DEFAULT_PREFERENCES)
    expect(prefs.setAside()).toBeNull()
  })

  it('a change is written durably and read back after a restart', async () => {
    const prefs = await open()
    await prefs.set({ theme: 'dark', textScale: 1.5 })
    await prefs.setWindow({ x: -1200, y: 40, width: 1000, height: 700, maximized: true })
    expect(JSON.parse(readFileSync(file(), 'utf8'))).toMatchObject({ theme: 'dark', textScale: 1.5, window: { x: -1200, maximized: true } })
    expect(readdirSync(dir)).toEqual([PREFERENCES_FILE])
    expect((await open()).get()).toMatchObject({ theme: 'dark', textScale: 1.5, window: { x: -1200 } })
  })

  it('malformed JSON: defaults, and the damaged file is copied aside before anything is written', async () => {
    writeFileSync(file(), '{"theme": "dark", ')
    const prefs = await open()
    expect(prefs.get()).toEqual(DEFAULT_PREFERENCES)
    const aside = prefs.setAside()!
    expect(readFileSync(aside, 'utf8')).toBe('{"theme": "dark", ')
    await prefs.set({ textScale: 1.25 })
    expect(readFileSync(aside, 'utf8')).toBe('{"theme": "dark", ')
    expect(JSON.parse(readFileSync(file(), 'utf8')).textScale).toBe(1.25)
  })

  it('one bad field: that one falls back, every other field is kept (nothing else lost)', async () => {
    writeFileSync(file(), JSON.stringify({ theme: 'purple', textScale: 1.75, reminders: false, window: { x: 5, y: 5, width: 'wide' } }))
    const prefs = await open()
    expect(prefs.get()).toEqual({ ...DEFAULT_PREFERENCES, textScale: 1.75, reminders: false })
    expect(prefs.setAside()).not.toBeNull()
  })

  it('not an object (an array, a number): defaults and a copy aside', async () => {
    writeFileSync(file(), '[1,2,3]')
    const prefs = await open()
    expect(prefs.get()).toEqual(DEFAULT_PREFERENCES)
    expect(prefs.setAside()).not.toBeNull()
  })

  it('text size outside 87.5 %–200 % is refused when read', async () => {
    writeFileSync(file(), JSON.stringify({ textScale: 5 }))
    expect((await open()).get().textScale).toBe(1)
  })

  it('tells listeners after the change reached the disk', async () => {
    const prefs = await open()
    const seen: string[] = []
    prefs.onChange((p) => seen.push(`${p.theme}:${JSON.parse(readFileSync(file(), 'utf8')).theme}`))
    await prefs.set({ theme: 'light' })
    expect(seen).toEqual(['light:light'])
  })
})

describe('prefs channels through the composition root', () => {
  it('work while locked (the lock screen uses them) and refuse values outside the range', async () => {
    const events: string[] = []
    const services = await createServices({ dataDir: dir, appInfo: { name: 'Hearth', version: 't', platform: 'linux' }, emit: (e) => events.push(e) })
    try {
      expect(services.vault.status().state).not.toBe('unlocked')
      expect(await services.dispatch('prefs:set', { theme: 'dark', textScale: 2 })).toMatchObject({ ok: true, value: { prefs: { theme: 'dark', textScale: 2 } } })
      expect(events).toContain('prefs:changed')
      expect(await services.dispatch('prefs:set', { textScale: 3 })).toMatchObject({ ok: false, error: { code: 'bad-request' } })
      expect(await services.dispatch('prefs:set', { window: { x: 0 } })).toMatchObject({ ok: false, error: { code: 'bad-request' } })
      expect(await services.dispatch('prefs:get', {})).toMatchObject({ ok: true, value: { prefs: { theme: 'dark' }, spellcheck: { available: false } } })
      expect(await services.dispatch('app:about', {})).toMatchObject({ ok: true, value: { name: 'Hearth', dataDir: dir } })
    } finally {
      services.dispose()
    }
  })
})
