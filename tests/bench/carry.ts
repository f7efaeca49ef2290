// Carrying the journal at a given size, one run each, beside same-run baselines. `npm run bench`
// runs it at its largest size (not with --smoke; --no-carry skips it); alone:
//   npx tsx tests/bench/carry.ts --years 20
// Figures: backup copy written + read back and verified (baseline: a plain read, durable write and
// read-back of the same bytes); restore from that copy (the cheap test KDF, so KDF is ~0); JSON and
// Markdown export (baseline: JSON.stringify of the gathered data); import of 5,000 Day One entries
// (baseline: JSON.parse of the same Journal.json).

import { mkdtemp, open, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { zipSync } from 'fflate'
import { createServices } from '../../electron/services'
import { writeBackupCopy } from '../../electron/services/carry/backup.service'
import { buildExport } from '../../electron/services/carry/export/export.service'
import { gatherExport } from '../../electron/services/carry/export/gather'
import { readVaultFiles } from '../../electron/services/carry/vault-files'
import { createPathFileHost } from '../harness/file-host'
import { CHEAP_KDF, PASS, generate } from './generate'
import { time } from './stats'

const { values: args } = parseArgs({ options: { years: { type: 'string' } } })
const years = Number(args.years ?? 20)
const dir = await mkdtemp(join(tmpdir(), 'hearth-bench-carry-'))
const out = await mkdtemp(join(tmpdir(), 'hearth-bench-carry-out-'))
const fresh = await mkdtemp(join(tmpdir(), 'hearth-bench-carry-fresh-'))
try {
  const gen = await generate(dir, years)
  const files = createPathFileHost()
  const start = (dataDir: string) =>
    createServices({ dataDir, appInfo: { name: 'Hearth', version: 'bench', platform: process.platform }, emit: () => {}, kdf: CHEAP_KDF, allowWeakKdf: true, files })
  const services = await start(dir)
  const clock = { now: () => new Date() }
  const call = async (channel: string, payload: unknown) => {
    const r = await services.dispatch(channel, payload)
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`)
    return r.value
  }
  await call('vault:unlock', { partner: 'A', passphrase: PASS.A })
  const copy = join(out, 'copy.hearthbackup')
  const backupMs = await time(() => writeBackupCopy({ dataDir: dir, enqueue: (t) => t(), clock, appVersion: 'bench' }, copy))
  const raw = await readVaultFiles(dir)
  const rawBytes = [...raw.values()].reduce((n, b) => n + b.length, 0)
  const plainCopyMs = await time(async () => {
    const all = await readVaultFiles(dir)
    const h = await open(join(out, 'plain.bin'), 'w')
    for (const b of all.values()) await h.write(b)
    await h.sync()
    await h.close()
    await readFile(join(out, 'plain.bin'))
  })

  const other = await start(fresh)
  files.nextOpen(copy)
  const restoreMs = await time(async () => {
    const p = await other.dispatch('carry:restore-open', {})
    if (!p.ok || !p.value) throw new Error('restore-open')
    const r = await other.dispatch('carry:restore', { token: (p.value as { token: string }).token, partner: 'A', passphrase: PASS.A })
    if (!r.ok) throw new Error(r.error.message)
  })

  const vault = services.vault
  const jsonMs = await time(() => buildExport({ vault, clock }, 'json'))
  const mdMs = await time(() => buildExport({ vault, clock }, 'markdown'))
  const data = gatherExport(vault, clock)
  const stringifyMs = await time(() => JSON.stringify(data, null, 2))

  const journal = {
    entries: Array.from({ length: 5000 }, (_, i) => ({
      uuid: `BENCH${String(i).padStart(27, '0')}`,
      creationDate: new Date(Date.UTC(2010, 0, 1) + i * 86_400_000).toISOString(),
      text: `# Day ${i}\n\n${'A quiet day with a long walk and a good book. '.repeat(20)}`,
      tags: ['bench'],
    })),
  }
  const jsonText = JSON.stringify(journal)
  const zip = zipSync({ 'Journal.json': new TextEncoder().encode(jsonText) })
  await rm(join(out, 'plain.bin'))
  const dayOne = join(out, 'dayone.zip')
  await (await import('node:fs/promises')).writeFile(dayOne, zip)
  files.nextOpen(dayOne)
  const importMs = await time(async () => {
    const p = (await call('carry:import-open', {})) as { token: string }
    await call('carry:import', { token: p.token })
  })
  const parseMs = await time(() => JSON.parse(jsonText))

  const row = (name: string, ms: number, base: number, target: number) =>
    console.log(`${name.padEnd(28)} ${ms.toFixed(0).padStart(7)} ms   baseline ${base.toFixed(0).padStart(6)} ms   x${(ms / Math.max(base, 0.01)).toFixed(1).padStart(6)}   target ≤ ${target} ms`)
  console.log(`${years} years: ${gen.records} records, ${(rawBytes / 1048576).toFixed(1)} MB of vault files; load ${(await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(' ')}`)
  row('backup written + verified', backupMs, plainCopyMs, 2000)
  row('restore (cheap KDF)', restoreMs, plainCopyMs, 3000)
  row('export JSON', jsonMs, stringifyMs, 3000)
  row('export Markdown', mdMs, stringifyMs, 3000)
  row('import 5,000 Day One', importMs, parseMs, 5000)
  services.dispose()
  other.dispose()
} finally {
  await rm(dir, { recursive: true, force: true })
  await rm(out, { recursive: true, force: true })
  await rm(fresh, { recursive: true, force: true })
}
