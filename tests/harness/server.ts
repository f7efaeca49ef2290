// The e2e harness: Hearth's real services in Node, reached over loopback HTTP with a per-run
// secret, serving the built renderer. Never part of the packaged app.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { createServices, type Services } from '../../electron/services'
import { resolveAppPath, responseHeaders } from '../../electron/main/security'
import type { EventName } from '../../shared/contract'
import type { FileHost } from '../../electron/services/carry/host'

export interface HarnessOptions {
  dataDir: string
  port?: number
  rendererDir?: string
  /** Cheap scrypt for fast tests (the production floor is bypassed only here and in bench). */
  weakKdf?: boolean
  /** Auto-lock idle time in ms (tests use a short one). */
  idleMs?: number
  /** Stands in for the system dialogs (tests/harness/file-host.ts); absent: no dialogs. */
  files?: FileHost
}

export interface Harness {
  url: string
  origin: string
  token: string
  services: Services
  close(): Promise<void>
}

const ROOT = resolve(import.meta.dirname, '../..')
const MAX_BODY = 16 * 1024 * 1024

const bundleBridge = async (): Promise<string> => {
  const result = await build({
    entryPoints: [join(ROOT, 'tests/harness/bridge.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    logLevel: 'silent',
  })
  return result.outputFiles[0]?.text ?? ''
}

const sameSecret = (given: string, expected: string): boolean => {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

const readBody = async (req: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY) throw new Error('too large')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

const decodeChannel = (raw: string): string | null => {
  try {
    return decodeURIComponent(raw)
  } catch {
    return null
  }
}

const badRequest = (res: ServerResponse, message: string): void => {
  res.writeHead(400, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify({ ok: false, error: { code: 'bad-request', message } }))
}

export const startHarness = async (options: HarnessOptions): Promise<Harness> => {
  const rendererDir = options.rendererDir ?? join(ROOT, 'out/renderer')
  const token = randomBytes(24).toString('base64url')
  const bridge = await bundleBridge()
  const streams = new Set<ServerResponse>()
  const services = await createServices({
    dataDir: options.dataDir,
    appInfo: { name: 'Hearth', version: 'harness', platform: process.platform },
    kdf: options.weakKdf ? { alg: 'scrypt', logN: 10, r: 8, p: 1 } : undefined,
    allowWeakKdf: options.weakKdf ?? false,
    idleMs: options.idleMs,
    files: options.files,
    emit: (event: EventName, payload: unknown) => {
      const data = `data: ${JSON.stringify({ event, payload })}\n\n`
      for (const stream of streams) stream.write(data)
    },
  })

  let origin = ''
  const trusted = (req: IncomingMessage): boolean => {
    // Loopback host only (no DNS rebinding) and, when a browser says where it comes from, our origin.
    if (req.headers.host !== new URL(origin).host) return false
    const from = req.headers.origin
    return from === undefined || from === origin
  }

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  })

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', origin)
    if (!trusted(req)) return void res.writeHead(403).end('Forbidden')
    if (url.pathname.startsWith('/rpc/')) {
      const auth = req.headers.authorization ?? ''
      if (req.method !== 'POST' || !sameSecret(auth.replace(/^Bearer /, ''), token) || !auth.startsWith('Bearer ')) {
        return void res.writeHead(401, { 'Content-Type': 'application/json' }).end('{"ok":false,"error":{"code":"forbidden","message":"Not allowed."}}')
      }
      // A channel name with broken percent-encoding (say /rpc/%E0%A4%A) is the caller's mistake,
      // answered like bad JSON, not a 500 from decodeURIComponent's URIError.
      const channel = decodeChannel(url.pathname.slice(5))
      if (channel === null) return void badRequest(res, 'That request named no channel Hearth can read.')
      let payload: unknown
      try {
        payload = JSON.parse(await readBody(req))
      } catch {
        return void badRequest(res, 'That request was not valid JSON.')
      }
      const result = await services.dispatch(channel, payload)
      return void res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify(result))
    }
    if (url.pathname === '/events') {
      if (!sameSecret(url.searchParams.get('token') ?? '', token)) return void res.writeHead(401).end()
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' })
      res.write(': connected\n\n')
      streams.add(res)
      req.on('close', () => streams.delete(res))
      return
    }
    if (url.pathname === '/__harness/bridge.js') {
      return void res.writeHead(200, responseHeaders('bridge.js', { connectSelf: true })).end(bridge)
    }
    const relative = resolveAppPath(`app://hearth${url.pathname}`)
    if (!relative || req.method !== 'GET') return void res.writeHead(404).end()
    try {
      let body: Buffer | string = await readFile(join(rendererDir, relative))
      if (relative === 'index.html') {
        // Deferred, it still runs before Hearth's module scripts (document order), as the preload
        // does in Electron, without holding up the parser and the fetches behind it.
        body = body.toString('utf8').replace('<head>', '<head>\n    <script defer src="/__harness/bridge.js"></script>')
      }
      res.writeHead(200, responseHeaders(relative, { connectSelf: true })).end(body)
    } catch {
      res.writeHead(404).end()
    }
  }

  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  origin = `http://127.0.0.1:${port}`
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    services,
    close: async () => {
      for (const stream of streams) stream.end()
      server.closeAllConnections()
      await new Promise<void>((done) => server.close(() => done()))
      services.dispose()
    },
  }
}
