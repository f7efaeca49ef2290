// Every security decision of the Electron shell, as pure functions that tests feed hostile input.
// electron/main/index.ts only wires these into Electron's hooks. (Electron security checklist;
// the layout follows Actual's security.ts.)

import { posix } from 'node:path'

export const APP_SCHEME = 'app'
export const APP_HOST = 'hearth'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY = `${APP_ORIGIN}/index.html`

/** The webPreferences of every Hearth window. */
export const secureWebPreferences = (preloadPath: string, options: { spellcheck?: boolean } = {}) =>
  ({
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    enableBlinkFeatures: '',
    navigateOnDragDrop: false,
    // Middle-click would otherwise try to open links in a new window (denied anyway).
    disableBlinkFeatures: 'Auxclick',
    safeDialogs: true,
    // Only where checking needs no download (./spellcheck.ts decides): on Linux Chromium would
    // fetch Hunspell dictionaries from Google's servers.
    spellcheck: options.spellcheck ?? false,
  }) as const

/** CSP for the renderer. `connectSelf` only for the test harness, whose bridge uses fetch. */
export const contentSecurityPolicy = (options: { connectSelf?: boolean } = {}): string =>
  [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    `connect-src ${options.connectSelf ? "'self'" : "'none'"}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "worker-src 'none'",
    "media-src 'none'",
    "manifest-src 'none'",
  ].join('; ')

const parse = (raw: unknown): URL | null => {
  if (typeof raw !== 'string' || raw.length > 4096) return null
  try {
    return new URL(raw)
  } catch {
    return null
  }
}

/** True only for Hearth's own pages: app://hearth/... */
export const isAppUrl = (raw: unknown): boolean => {
  const url = parse(raw)
  return url !== null && url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && !url.username && !url.password
}

/**
 * The renderer may only ever show Hearth's own pages. In development (never in a packaged app)
 * the electron-vite dev server's exact origin is allowed too.
 */
export const isAllowedNavigation = (raw: unknown, devServerUrl?: string): boolean => {
  if (isAppUrl(raw)) return true
  if (!devServerUrl) return false
  const url = parse(raw)
  const dev = parse(devServerUrl)
  return url !== null && dev !== null && url.origin === dev.origin && isLoopbackHost(dev.hostname)
}

const isLoopbackHost = (host: string): boolean => host === 'localhost' || host === '127.0.0.1' || host === '[::1]'

/** Hearth never opens windows: links, window.open and target=_blank are all denied. */
export const windowOpenPolicy = (_url: unknown): { action: 'deny' } => ({ action: 'deny' })

/** Camera, microphone, notifications from the page, geolocation...: all denied. */
export const permissionPolicy = (_permission: unknown, _requestingUrl?: unknown): boolean => false

/**
 * The network block: Hearth has no network at all. Only its own app:// resources may load;
 * http(s), ws(s), ftp, file, data:, blob: and everything else is cancelled. The renderer uses no
 * data: URL (no inline images or fonts), so none is let through: a data: URL can carry a whole
 * page or script, and "every request that is not Hearth's own page is blocked" stays exactly true.
 * Development only (never a packaged app): the local dev server and devtools://, the inspector.
 */
export const shouldCancelRequest = (raw: unknown, devServerUrl?: string): boolean => {
  const url = parse(raw)
  if (!url) return true
  if (isAppUrl(raw)) return false
  if (!devServerUrl) return true
  if (url.protocol === 'devtools:') return false
  const dev = parse(devServerUrl)
  if (dev && isLoopbackHost(dev.hostname) && (url.origin === dev.origin || (url.protocol === 'ws:' && url.host === dev.host))) return false
  return true
}

/**
 * IPC is answered only when the sending frame is Hearth's own top-level page. A subframe, a
 * page that navigated away, or a foreign origin gets nothing.
 */
export const isTrustedSender = (
  frame: { url?: unknown; isMainFrame?: boolean } | null | undefined,
  devServerUrl?: string,
): boolean => {
  if (!frame || frame.isMainFrame === false) return false
  return isAllowedNavigation(frame.url, devServerUrl)
}

/**
 * Maps an app:// request to a file inside the renderer folder, or null. Rejects other hosts,
 * traversal (raw or percent-encoded), backslashes, NUL bytes and absolute escapes.
 */
export const resolveAppPath = (raw: unknown): string | null => {
  const url = parse(raw)
  if (!url || url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null
  if (pathname.split('/').some((part) => part === '..')) return null
  const normal = posix.normalize(pathname === '/' ? '/index.html' : pathname)
  if (!normal.startsWith('/') || normal.includes('..')) return null
  return normal.slice(1)
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
}

export const mimeTypeFor = (file: string): string => MIME[posix.extname(file).toLowerCase()] ?? 'application/octet-stream'

/** Headers for every app:// response. */
export const responseHeaders = (file: string, options: { connectSelf?: boolean } = {}): Record<string, string> => ({
  'Content-Type': mimeTypeFor(file),
  'Content-Security-Policy': contentSecurityPolicy(options),
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
})
