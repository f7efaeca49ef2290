// User story: the View and Help menus work on every screen (the lock screen too): theme and text
// size change and are remembered, About and Keyboard shortcuts open; the Go and File menus move
// to the right page once the journal is open.
import { act, render, screen } from '@testing-library/react'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { ok } from '../../../shared/result'
import type { Preferences, PreferencesView } from '../../../shared/contract/desktop'
import { DesktopLayer } from '../../../renderer/src/features/desktop/DesktopLayer'
import { useMenuNavigation } from '../../../renderer/src/features/desktop/useMenuNavigation'
import { installFakeJournal, type FakeJournal } from '../fake-journal'

let journal: FakeJournal
let prefs: Preferences = { theme: 'system', textScale: 1, spellcheck: true, spellLanguage: null, reminders: true, window: null }
const view = (): PreferencesView => ({ prefs, spellcheck: { available: false, languages: [], reason: 'Not here.' } })

beforeAll(() => {
  journal = installFakeJournal({
    'prefs:get': () => ok(view()),
    'prefs:set': (patch) => {
      prefs = { ...prefs, ...patch }
      return ok(view())
    },
    'app:about': () => ok({ name: 'Hearth', version: '1.2.3', licence: 'All rights reserved.', platform: 'linux', dataDir: '/home/sam/.config/Hearth' }),
    'app:info': () => ok({ name: 'Hearth', version: '1.2.3', platform: 'linux' }),
  })
})

const menu = async (action: Parameters<FakeJournal['emit']>[1] extends infer P ? (P extends { action: infer A } ? A : never) : never) => {
  await act(async () => {
    journal.emit('menu:action', { action })
    await new Promise((r) => setTimeout(r, 0))
  })
}

const mount = async () => {
  render(<DesktopLayer />)
  await act(async () => new Promise((r) => setTimeout(r, 0)))
}

describe('DesktopLayer', () => {
  it('applies the saved theme and text size to the page at start', async () => {
    prefs = { ...prefs, theme: 'dark', textScale: 1.5 }
    render(<DesktopLayer />)
    await vi.waitFor(() => expect(document.documentElement.dataset['theme']).toBe('dark'))
    expect(document.documentElement.style.getPropertyValue('--hearth-text-scale')).toBe('1.5')
  })

  it('View › Bigger text, Smaller text and Default change the size in steps and stop at 200 %', async () => {
    await mount()
    await menu('text:bigger')
    expect(journal.callsTo('prefs:set').at(-1)).toEqual({ textScale: 1.625 })
    for (let i = 0; i < 6; i++) await menu('text:bigger')
    expect(journal.callsTo('prefs:set').at(-1)).toEqual({ textScale: 2 })
    await menu('text:smaller')
    expect(journal.callsTo('prefs:set').at(-1)).toEqual({ textScale: 1.875 })
    await menu('text:reset')
    expect(journal.callsTo('prefs:set').at(-1)).toEqual({ textScale: 1 })
    expect(document.documentElement.style.getPropertyValue('--hearth-text-scale')).toBe('1')
  })

  it('View › Theme › Light sets the theme', async () => {
    await mount()
    await menu('theme:light')
    expect(journal.callsTo('prefs:set').at(-1)).toEqual({ theme: 'light' })
    expect(document.documentElement.dataset['theme']).toBe('light')
  })

  it('follows a change made elsewhere (prefs:changed)', async () => {
    await act(async () => journal.emit('prefs:changed', { ...view(), prefs: { ...prefs, theme: 'dark' } }))
    expect(document.documentElement.dataset['theme']).toBe('dark')
  })

  it('Help › Keyboard shortcuts lists the menu’s own shortcuts', async () => {
    await mount()
    await menu('shortcuts')
    expect(await screen.findByRole('heading', { name: 'Keyboard shortcuts' })).toBeInTheDocument()
    expect(screen.getByRole('row', { name: /Find… Ctrl\+F/ })).toBeInTheDocument()
    expect(screen.getByRole('row', { name: /Lock Hearth Ctrl\+L/ })).toBeInTheDocument()
    await act(async () => screen.getByRole('button', { name: 'Close' }).click())
    expect(screen.queryByRole('heading', { name: 'Keyboard shortcuts' })).not.toBeInTheDocument()
  })

  it('About Hearth shows the version, the licence and where the journal lives, offline', async () => {
    await mount()
    await menu('about')
    expect(await screen.findByText('1.2.3')).toBeInTheDocument()
    expect(screen.getByText('/home/sam/.config/Hearth')).toBeInTheDocument()
    expect(screen.getByText('All rights reserved.')).toBeInTheDocument()
  })
})

function NavProbe({ go }: { go: (id: string) => void }) {
  useMenuNavigation(go)
  return <main id="main" />
}

describe('useMenuNavigation', () => {
  it('Go, File and Find move to their pages; Make a backup copy… opens the security page (its backup card), Export… the Export & import page', async () => {
    const go = vi.fn()
    render(<NavProbe go={go} />)
    for (const action of ['go:home', 'go:private', 'find', 'print:agreement', 'note:new', 'backup:make', 'export:open', 'go:preferences'] as const) await menu(action)
    expect(go.mock.calls.map((c) => c[0])).toEqual(['home', 'private', 'history', 'boundaries-print', 'notes', 'security', 'carry', 'preferences'])
  })

  it('ignores the actions the layer handles (theme, text size, dialogs)', async () => {
    const go = vi.fn()
    render(<NavProbe go={go} />)
    await menu('theme:dark')
    await menu('about')
    expect(go).not.toHaveBeenCalled()
  })
})
