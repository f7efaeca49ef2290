// Foundation: the built renderer runs against the real services through the contract, the
// harness refuses strangers, and nothing leaves the machine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { existsSync } from 'node:fs'
import { request } from 'node:http'
import { openHearth, type E2E } from './browser'

let e2e: E2E

beforeAll(async () => {
  e2e = await openHearth()
})
afterAll(async () => {
  await e2e?.close()
})

const rpc = (channel: string, body: unknown, init: { token?: string; origin?: string; host?: string } = {}) =>
  fetch(`${e2e.harness.origin}/rpc/${channel}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${init.token ?? e2e.harness.token}`,
      ...(init.origin ? { Origin: init.origin } : {}),
    },
    body: JSON.stringify(body),
  })

describe('a couple opens Hearth for the first time', () => {
  it('shows the first-run welcome, built from a real vault:status round trip', async () => {
    await e2e.page.getByRole('heading', { level: 1 }).first().waitFor()
    await expect(e2e.page.getByText(/Hearth/).first().isVisible()).resolves.toBe(true)
    const status = await e2e.page.evaluate(() => window.journal.invoke('vault:status', {}))
    expect(status).toMatchObject({ ok: true, value: { state: 'none', partners: [] } })
    expect(existsSync(await e2e.shot('foundation-first-screen'))).toBe(true)
  })

  it('refuses unknown channels and malformed payloads with a clear error', async () => {
    const unknown = await e2e.page.evaluate(() => (window.journal.invoke as (c: string, r: unknown) => Promise<unknown>)('fs:read', {}))
    expect(unknown).toMatchObject({ ok: false, error: { code: 'bad-request' } })
    const malformed = await e2e.page.evaluate(() =>
      (window.journal.invoke as (c: string, r: unknown) => Promise<unknown>)('vault:unlock', { partner: 'C', passphrase: 7 }),
    )
    expect(malformed).toMatchObject({ ok: false, error: { code: 'bad-request' } })
  })
})

describe('threat: another program on this laptop talks to the harness', () => {
  it('refuses a wrong token, a foreign origin and a non-loopback Host', async () => {
    expect((await rpc('vault:status', {}, { token: 'guess' })).status).toBe(401)
    expect((await rpc('vault:status', {}, { origin: 'http://evil.example' })).status).toBe(403)
    const rebound = await new Promise<number>((done, reject) => {
      const url = new URL('/rpc/vault:status', e2e.harness.origin)
      const req = request(url, { method: 'POST', headers: { Host: 'evil.example', Authorization: `Bearer ${e2e.harness.token}` } }, (res) => {
        res.resume()
        done(res.statusCode ?? 0)
      })
      req.on('error', reject)
      req.end('{}')
    })
    expect(rebound).toBe(403)
    const good = await rpc('vault:status', {})
    expect(good.status).toBe(200)
    expect(await good.json()).toMatchObject({ ok: true })
  })
})

describe('a script calls the harness with a broken channel name', () => {
  it('answers 400 bad-request, as for bad JSON, never a 500, and keeps serving', async () => {
    for (const channel of ['%E0%A4%A', 'vault%3Astatus%', '%', '%ZZ', '%C0%AF']) {
      const res = await rpc(channel, {})
      expect(res.status, channel).toBe(400)
      expect(await res.json(), channel).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(/channel/) } })
    }
    const notJson = await fetch(`${e2e.harness.origin}/rpc/vault:status`, { method: 'POST', headers: { Authorization: `Bearer ${e2e.harness.token}` }, body: '{' })
    expect(notJson.status).toBe(400)
    expect(await notJson.json()).toMatchObject({ ok: false, error: { code: 'bad-request' } })
    expect(await (await rpc('vault%3Astatus', {})).json()).toMatchObject({ ok: true, value: { state: 'none' } })
  })
})

describe('privacy: no request ever leaves the laptop', () => {
  it('made every request of the session to the harness only', () => {
    expect(e2e.requests.length).toBeGreaterThan(2)
    expect(e2e.foreignRequests()).toEqual([])
  })
})
