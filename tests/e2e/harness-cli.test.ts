// The documented harness command: `npm run harness -- --data-dir <dir> [--port <n>]` prints one
// HARNESS_URL line and serves the contract over loopback until stopped.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')
const dir = mkdtempSync(join(tmpdir(), 'hearth-cli-'))
let child: ChildProcess | null = null

afterAll(() => {
  child?.kill('SIGTERM')
  rmSync(dir, { recursive: true, force: true })
})

const firstUrl = (proc: ChildProcess): Promise<string> =>
  new Promise((done, reject) => {
    let out = ''
    proc.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8')
      const match = /^HARNESS_URL=(\S+)$/m.exec(out)
      if (match?.[1]) done(match[1])
    })
    proc.on('exit', (code) => reject(new Error(`harness exited early (${code})`)))
  })

describe('a developer looks at Hearth, or scripts it, through the harness command', () => {
  it('prints one HARNESS_URL line on loopback and answers the contract with its token only', async () => {
    child = spawn(process.execPath, ['--import', 'tsx', 'tests/harness/cli.ts', '--data-dir', dir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] })
    const url = new URL(await firstUrl(child))
    expect(url.hostname).toBe('127.0.0.1')
    const token = url.searchParams.get('token') ?? ''
    expect(token.length).toBeGreaterThan(20)
    const call = (bearer: string) =>
      fetch(new URL('/rpc/vault:status', url.origin), { method: 'POST', headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json' }, body: '{}' })
    const good = await call(token)
    expect(await good.json()).toMatchObject({ ok: true, value: { state: 'none' } })
    expect((await call('nope')).status).toBe(401)
    const page = await fetch(url)
    expect(await page.text()).toContain('/__harness/bridge.js')
  })
})
