// `npm run harness -- --data-dir <dir> [--port <n>]`: look at Hearth in any browser, or drive its
// services from a script with `POST /rpc/<channel>` and `Authorization: Bearer <token>`.
import { mkdir } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { startHarness } from './server'

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string' },
    'weak-kdf': { type: 'boolean', default: false },
    'idle-ms': { type: 'string' },
  },
})

const dataDir = values['data-dir']
if (!dataDir) {
  console.error('Usage: npm run harness -- --data-dir <dir> [--port <n>] [--weak-kdf] [--idle-ms <ms>]')
  process.exit(2)
}
await mkdir(resolve(dataDir), { recursive: true })
const harness = await startHarness({
  dataDir: resolve(dataDir),
  port: values.port ? Number(values.port) : undefined,
  weakKdf: values['weak-kdf'],
  idleMs: values['idle-ms'] ? Number(values['idle-ms']) : undefined,
})
console.log(`HARNESS_URL=${harness.url}`)
const stop = () => void harness.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
