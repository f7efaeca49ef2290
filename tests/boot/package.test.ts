// Packaging: electron-builder packs `--linux dir` (with a stub Electron, the binary being
// unavailable here) and app.asar holds the built app and runtime dependencies only.
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createRequire } from 'node:module'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')
const require = createRequire(import.meta.url)
let work = ''
let files: string[] = []

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'hearth-pack-'))
  const stub = join(work, 'electron-stub')
  mkdirSync(stub)
  writeFileSync(join(stub, 'electron'), '')
  chmodSync(join(stub, 'electron'), 0o755)
  const version = JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')).version
  const out = join(work, 'dist')
  const run = spawnSync(
    'npx',
    ['electron-builder', '--linux', 'dir', `-c.electronDist=${stub}`, `-c.electronVersion=${version}`, `-c.directories.output=${out}`],
    { cwd: ROOT, encoding: 'utf8', timeout: 180_000, env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
  )
  if (run.status !== 0) throw new Error(`electron-builder failed:\n${run.stdout}\n${run.stderr}`)
  const asarPath = join(out, 'linux-unpacked/resources/app.asar')
  if (!existsSync(asarPath)) throw new Error('no app.asar was produced')
  const asar = require('@electron/asar') as { listPackage(path: string, options: object): string[] }
  files = asar.listPackage(asarPath, {}).map((f) => f.replaceAll('\\', '/'))
}, 200_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('packaging: app.asar holds what Hearth runs and nothing else', () => {
  it('contains the built main, preload and renderer', () => {
    for (const f of ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/package.json'])
      expect(files, f).toContain(f)
  })
  it('contains the runtime dependencies', () => {
    for (const dep of ['lowdb', 'tweetnacl', 'zod']) expect(files).toContain(`/node_modules/${dep}/package.json`)
  })
  it('leaves out devDependencies, sources, tests and source maps', () => {
    for (const dev of ['react', 'react-dom', 'electron', 'vite', 'vitest', 'playwright-core', 'typescript'])
      expect(files).not.toContain(`/node_modules/${dev}/package.json`)
    expect(files.filter((f) => /^\/(electron|renderer\/src|shared|tests|scripts|docs)\//.test(f))).toEqual([])
    expect(files.filter((f) => !f.startsWith('/node_modules/') && (f.endsWith('.map') || f.endsWith('.ts')))).toEqual([])
  })
})
