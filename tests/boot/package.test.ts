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

describe('installers: AppImage, deb, NSIS and dmg with icons in every size, and .hearthbackup opens Hearth', () => {
  const png = (path: string) => {
    const bytes = readFileSync(join(ROOT, path))
    expect(bytes.subarray(1, 4).toString('latin1'), path).toBe('PNG')
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
  }

  it('Linux gets a PNG for every size from 16 to 1024 (resources/icons/<n>x<n>.png)', () => {
    const c = config()
    expect(c.linux.icon).toBe('resources/icons')
    for (const n of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) expect(png(`resources/icons/${n}x${n}.png`)).toEqual({ width: n, height: n })
  })

  it('Windows gets an .ico with sizes up to 256, macOS an .icns', () => {
    const c = config()
    expect(c.win.icon).toBe('resources/icon.ico')
    expect(c.mac.icon).toBe('resources/icon.icns')
    const ico = readFileSync(join(ROOT, 'resources/icon.ico'))
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1])
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico.readUInt8(6 + 16 * i) || 256)
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256])
    const icns = readFileSync(join(ROOT, 'resources/icon.icns'))
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
    expect(icns.includes(Buffer.from('ic10'))).toBe(true)
  })

  it('associates .hearthbackup files with Hearth on every platform', () => {
    expect(config().fileAssociations).toEqual([
      expect.objectContaining({ ext: 'hearthbackup', name: 'Hearth backup', mimeType: 'application/x-hearth-backup', role: 'Editor' }),
    ])
  })
})
