// `npm test`: typecheck, lint, build, every vitest suite, Electronegativity and the benchmark
// smoke, then one closing line `N passed, N failed` for the whole run (CI reads it).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'

const artifacts = 'tests/.artifacts'
mkdirSync(artifacts, { recursive: true })
let passed = 0
let failed = 0
const failures = []

const run = (label, command, args) => {
  console.log(`\n▶ ${label}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env })
  const okay = result.status === 0
  console.log(okay ? `✔ ${label}` : `✘ ${label} (exit ${result.status ?? result.signal})`)
  return okay
}
const step = (label, command, args) => {
  if (run(label, command, args)) passed += 1
  else {
    failed += 1
    failures.push(label)
  }
}

step('typecheck (node, web, shared)', 'npm', ['run', '--silent', 'typecheck'])
step('lint', 'npx', ['eslint', '--max-warnings', '0', '.'])
const built = run('build (electron-vite)', 'npx', ['electron-vite', 'build'])
if (built) passed += 1
else {
  failed += 1
  failures.push('build')
}

const report = `${artifacts}/vitest.json`
const vitestOk = run('vitest: unit, component, boot, e2e', 'npx', [
  'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`,
  ...(built ? [] : ['--project', 'unit', '--project', 'component']),
])
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'))
  passed += json.numPassedTests
  failed += json.numFailedTests + (json.numTotalTestSuites > 0 && json.success === false && json.numFailedTests === 0 ? 1 : 0)
  if (!json.success) failures.push('vitest')
} else if (!vitestOk) {
  failed += 1
  failures.push('vitest (no report)')
}

step('electronegativity', 'node', ['scripts/electronegativity.mjs'])
if (existsSync('tests/bench/run.ts')) step('benchmark smoke (1 year, one run)', 'npm', ['run', '--silent', 'bench', '--', '--smoke'])

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`)
console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
