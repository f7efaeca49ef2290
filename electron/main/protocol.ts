import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { resolveAppPath, responseHeaders } from './security'

/**
 * Serves the built renderer on app://hearth/ instead of file:// (file:// pages can read any file
 * the user can, and share one origin). Returns a web Response for `protocol.handle`.
 */
export const createAppProtocolHandler =
  (rendererDir: string) =>
  async (request: { url: string; method?: string }): Promise<Response> => {
    if (request.method && request.method !== 'GET') return new Response('Method not allowed', { status: 405 })
    const relative = resolveAppPath(request.url)
    if (!relative) return new Response('Not found', { status: 404 })
    try {
      const body = await readFile(join(rendererDir, relative))
      return new Response(body, { status: 200, headers: responseHeaders(relative) })
    } catch {
      return new Response('Not found', { status: 404 })
    }
  }
