// `npm run bench` — does Hearth stay instant after twenty years of a couple's writing?
// Generates a synthetic journal at 1, 5 and 20 years, measures each size in its own child process
// on the real services and real files, and prints medians beside a baseline measured in the same
// run on the same data. Also writes tests/.artifacts/bench.json.
//
//   --smoke          1 year, one run, no Chromium (runs inside `npm test`, ~30 s)
//   --runs N         runs per size (default 5)
//   --years 1,5,20   sizes
//   --no-build       use the existing out/renderer instead of running electron-vite build
//   --no-browser     skip the renderer part
//   --renderer-only  only the renderer part: generates the first size (nothing measured on it),
//                    builds unless --no-build, and prints the initial JS and time to interactive
//   --keep           keep the generated data folders (their paths are printed)
//
// It never fails on timing: the exit code is non-zero only when something crashes.

import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { deriveKek, DEFAULT_KDF } from '../../electron/services/vault/kdf'
import { RENDERER_DIR, initialBundle, summarise, timeToInteractive, type BundleFigures } from './renderer'
import { RESULT_PREFIX, median, time } from './stats'
import { table, type SizeResult } from './report'

const ROOT = resolve(import.meta.dirname, '../..')
const { values: args } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    runs: { type: 'string' },
    years: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'no-carry': { type: 'boolean', default: false },
    'renderer-only': { type: 'boolean', default: false },
  },
})
const smoke = args.smoke ?? false
const runs = Number(args.runs ?? (smoke ? 1 : 5))
const rendererOnly = !smoke && (args['renderer-only'] ?? false)
const years = (args.years ?? (smoke ? '1' : '1,5,20')).split(',').map(Number)

const uptime = (): string => spawnSync('uptime', { encoding: 'utf8' }).stdout.trim()

/** Runs a child in its own process and returns its BENCH_RESULT. */
const child = (childArgs: string[]): Promise<unknown> =>
  new Promise((done, fail) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/bench/child.ts'), ...childArgs], { stdio: ['ignore', 'pipe', 'inherit'] })
    let stdout = ''
    proc.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    proc.on('error', fail)
    proc.on('exit', (code) => {
      const line = stdout.split('\n').find((l) => l.startsWith(RESULT_PREFIX))
      if (code !== 0 || !line) return fail(new Error(`bench child ${childArgs.join(' ')} exited ${code}\n${stdout}`))
      done(JSON.parse(line.slice(RESULT_PREFIX.length)))
    })
  })

const renderer = async (dataDir: string | null) => {
  const wantBrowser = !smoke && !args['no-browser']
  if (wantBrowser && !args['no-build']) {
    console.log('building the renderer (npx electron-vite build)…')
    const built = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'ignore' })
    if (built.status !== 0) throw new Error('electron-vite build failed')
  }
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) return { bundle: null, interactive: null }
  const bundle: BundleFigures = await initialBundle()
  if (!wantBrowser || !dataDir) return { bundle, interactive: null }
  const load1 = loadavg()[0]!
  const raw = await timeToInteractive(dataDir, runs)
  return { bundle, interactive: { ...summarise(raw), load1, raw } }
}

const main = async () => {
  const loadBefore = uptime()
  const what = rendererOnly ? 'the unlock screen only' : `${years.join(', ')} year(s)`
  console.log(`Hearth benchmark: ${smoke ? 'smoke, ' : ''}${what}, ${runs} run(s); ${cpus().length} cores; ${loadBefore}`)
  const kdfRuns: number[] = []
  if (!rendererOnly) for (let i = 0; i < runs; i++) kdfRuns.push(await time(() => deriveKek(new Uint8Array(24), new Uint8Array(32), DEFAULT_KDF)))

  const sizes: SizeResult[] = []
  for (const y of rendererOnly ? years.slice(0, 1) : years) {
    const dir = await mkdtemp(join(tmpdir(), `hearth-bench-${y}y-`))
    dirs.push(dir)
    process.stdout.write(`${y} year(s): generating… `)
    const gen = (await child(['--mode', 'generate', '--dir', dir, '--years', String(y)])) as SizeResult['generated']
    process.stdout.write(`${gen.records} records in ${gen.seconds.toFixed(1)} s; `)
    // The renderer part only shows this vault locked: nothing to measure on it.
    if (rendererOnly) {
      console.log('kept for the unlock screen')
      continue
    }
    process.stdout.write('measuring… ')
    const measured = (await child(['--mode', 'measure', '--dir', dir, '--runs', String(runs)])) as SizeResult['measured']
    console.log('done')
    sizes.push({ years: y, dir, generated: gen, measured })
  }

  const { bundle, interactive } = await renderer(dirs[0] ?? null)
  const loadAfter = uptime()
  const report = { date: new Date().toISOString(), smoke, runs, cores: cpus().length, loadBefore, loadAfter, loadavg: loadavg(), tmpdir: tmpdir(), kdf: { params: DEFAULT_KDF, runs: kdfRuns, medianMs: median(kdfRuns) }, sizes, renderer: { bundle, interactive } }
  console.log(`\n${table(report)}\nload before: ${loadBefore}\nload after:  ${loadAfter}`)
  await mkdir(join(ROOT, 'tests/.artifacts'), { recursive: true })
  // A renderer-only run leaves the last full report in place.
  const written = rendererOnly ? 'tests/.artifacts/bench-renderer.json' : 'tests/.artifacts/bench.json'
  await writeFile(join(ROOT, written), JSON.stringify(report, null, 2))
  console.log(`written: ${written}`)
  // Carrying the journal (backup copy, restore, exports, import) at the largest size, in its own
  // process so its memory does not count against the sizes above. Not in the smoke run.
  if (!smoke && !rendererOnly && !args['no-carry']) {
    const largest = String(Math.max(...years))
    console.log(`\ncarrying the journal at ${largest} year(s):`)
    const carry = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/bench/carry.ts'), '--years', largest], { cwd: ROOT, stdio: 'inherit' })
    if (carry.status !== 0) throw new Error(`the carry benchmark exited with ${carry.status ?? carry.signal}`)
  }
}

/** Generated data folders; removed at the end even after a crash, unless --keep. */
const dirs: string[] = []
try {
  await main()
} catch (error) {
  console.error('benchmark crashed:', error)
  process.exitCode = 1
} finally {
  if (args.keep) console.log(`data kept in: ${dirs.join(' ')}`)
  else for (const d of dirs) await rm(d, { recursive: true, force: true })
}
