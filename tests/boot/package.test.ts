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
const config = () => (require('js-yaml') as { load(text: string): any }).load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8'))

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'hearth-pack-'))
  const stub = join(work, 'electron-stub')
  mkdirSync(stub)
  writeFileSync(join(stub, 'electron'), '')
  chmodSync(join(stub, 'electron'), 0o755)
  const version = JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')).version
  const out = join(work, 'dist')
  // Flipping fuses needs the real Electron binary (it looks for a sentinel inside it), which this
  // machine cannot have; the fuse settings themselves are checked from the config below.
  const { electronFuses: _fuses, ...rest } = config()
  const packConfig = join(work, 'builder.json')
  writeFileSync(packConfig, JSON.stringify({ ...rest, electronDist: stub, electronVersion: version, directories: { ...rest.directories, output: out } }))
  const run = spawnSync(
    'npx',
    ['electron-builder', '--linux', 'dir', '--config', packConfig],
    { cwd: ROOT, encoding: 'utf8', timeout: 180_000, env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
  )
  if (run.status !== 0) throw new Error(`electron-builder failed:\n${run.stdout}\n${run.stderr}`)
  const asarPath = join(out, 'linux-unpacked/resources/app.asar')
  if (!existsSync(asarPath)) throw new Error('no app.asar was produced')
  const asar = require('@electron/asar') as { listPackage(path: string, options: object): string[] }
  files = asar.listPackage(asarPath, {}).map((f) => f.replaceAll('\\', '/'))
}, 200_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('threat: a packaged Hearth is made to run other code (Electron fuses)', () => {
  it('turns off RunAsNode, NODE_OPTIONS and inspect arguments, and loads only an integrity-checked asar', () => {
    expect(config().electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    })
  })
  it('never checks for updates and targets AppImage, deb, nsis and dmg', () => {
    const c = config()
    expect(c.publish).toBeNull()
    expect(c.linux.target).toEqual(['AppImage', 'deb'])
    expect(c.win.target).toEqual(['nsis'])
    expect(c.mac.target).toEqual(['dmg'])
  })
})

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
