// One benchmark size in its own process, so peak RSS belongs to that size alone.
//   --mode generate --dir D --years Y   builds the journal (its own process: generation memory
//                                        never counts against the measured RSS)
//   --mode measure  --dir D --runs N     measures it on the real services and real files
// Prints one line `BENCH_RESULT {json}` on stdout.

import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { createServices, type Services } from '../../electron/services'
import { deriveKek } from '../../electron/services/vault/kdf'
import type { StoredRecord } from '../../electron/services/vault/types'
import { KIND } from '../../electron/services/journal/records'
import { VALUES_KINDS } from '../../electron/services/worksheets/values.service'
import { REVISION_KIND, SIGNATURE_KIND } from '../../electron/services/boundaries/records'
import { countFsyncs } from './fsyncs'
import { plainDurableWrite, plainScan, removeBaselineFile } from './baselines'
import { CHEAP_KDF, PASS, generate } from './generate'
import { RESULT_PREFIX, median, time, timeSync } from './stats'
import { RARE_WORD } from './text'

export const COMMON_QUERY = 'patience'

const { values: args } = parseArgs({
  options: { mode: { type: 'string' }, dir: { type: 'string' }, years: { type: 'string' }, runs: { type: 'string' } },
})

const call = async (services: Services, channel: string, payload: unknown = {}): Promise<unknown> => {
  const result = await services.dispatch(channel, payload)
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`)
  return result.value
}

const dirBytes = async (dir: string): Promise<{ files: number; bytes: number }> => {
  let files = 0
  let bytes = 0
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const s = await stat(join(dir, name))
    if (!s.isFile()) continue
    files++
    bytes += s.size
  }
  return { files, bytes }
}

/** The files a save of generation `gen` wrote: its new segments, the manifest, its backup copy. */
const writtenBy = async (dataDir: string, gen: number): Promise<Buffer> => {
  const segs = (await readdir(join(dataDir, 'journal.seg'))).filter((n) => n.startsWith(`${gen}-`))
  const parts = await Promise.all([
    ...segs.map((n) => readFile(join(dataDir, 'journal.seg', n))),
    readFile(join(dataDir, 'journal.hearth')),
    readFile(join(dataDir, 'journal.backups', `${gen}.hearth`)).catch(() => Buffer.alloc(0)),
  ])
  return Buffer.concat(parts)
}

const JOURNAL_KINDS = [KIND.answers, KIND.entry, KIND.note, ...Object.values(VALUES_KINDS)]

const measure = async (dataDir: string, runs: number) => {
  const kdf = median(await Promise.all([0, 1, 2].map(() => time(() => deriveKek(new Uint8Array(8), new Uint8Array(16), CHEAP_KDF)))))
  const out = {
    unlockTotal: [] as number[],
    firstScreen: [] as number[],
    jsonParse: [] as number[],
    save: [] as number[],
    saveBaseline: [] as number[],
    saveBytes: [] as number[],
    search: [] as number[],
    searchRare: [] as number[],
    scan: [] as number[],
    scanRare: [] as number[],
    history: [] as number[],
    /** The first query right after an unlock, before the background build had a chance to finish. */
    searchFirstNow: [] as number[],
    /** From the first screen's requests until the background work of the unlock (warmup.ts) is done, and the longest event-loop delay meanwhile. */
    warmupMs: [] as number[],
    warmupBlockMs: [] as number[],
    /** The first query after each save (common and rare word in turn): it pays for any rebuild. */
    searchAfterSave: [] as number[],
    /** fsyncs of files and of directories made by each save (counted through the vault's fs hooks). */
    saveFileSyncs: [] as number[],
    saveDirSyncs: [] as number[],
    /** Of those, how many waits one after another (fsyncs that overlap count once). */
    saveSyncRounds: [] as number[],
  }
  const fsyncs = countFsyncs()
  let hits = 0
  let readable = 0
  let plaintextBytes = 0
  let peakRss = 0
  const startRss = process.memoryUsage().rss
  for (let run = 0; run < runs; run++) {
    const services = await createServices({
      dataDir,
      appInfo: { name: 'Hearth', version: 'bench', platform: process.platform },
      emit: () => {},
      kdf: CHEAP_KDF,
      allowWeakKdf: true,
      idleMs: 3_600_000,
      onError: (channel, error) => console.error(`[bench] ${channel}`, error),
      vaultFs: fsyncs.hooks,
    })
    out.unlockTotal.push(await time(() => call(services, 'vault:unlock', { partner: 'A', passphrase: PASS.A })))
    // What the home screen asks for as soon as it mounts (home-cards.tsx), all at once.
    out.firstScreen.push(await time(() => Promise.all(['reflection:get', 'notes:list', 'rituals:list'].map((c) => call(services, c)))))

    // The background work this unlock started (the search candidates), done in slices; the first
    // search below comes after it. The first search right away is measured at the end of the run.
    const blocks = monitorEventLoopDelay({ resolution: 1 })
    blocks.enable()
    out.warmupMs.push(await time(() => services.idle()))
    blocks.disable()
    out.warmupBlockMs.push(blocks.max / 1e6)

    // Search through the real service (the plain scan over the same texts comes after).
    out.search.push(await time(async () => (hits = ((await call(services, 'search:query', { q: COMMON_QUERY })) as unknown[]).length)))
    out.searchRare.push(await time(() => call(services, 'search:query', { q: RARE_WORD })))
    out.history.push(await time(() => call(services, 'history:overview')))

    // Save one edited entry (autosave while typing: three saves of the newest entry).
    const list = (await call(services, 'private:list')) as { id: string }[]
    const id = list[0]!.id
    for (let i = 0; i < 3; i++) {
      const entry = (await call(services, 'private:get', { id })) as { text: string; rev: number }
      const text = `${entry.text} And one more thought, number ${run}-${i}.`
      fsyncs.reset()
      out.save.push(await time(() => call(services, 'private:save', { id, text, expectedRev: entry.rev })))
      out.saveFileSyncs.push(fsyncs.counts.files)
      out.saveDirSyncs.push(fsyncs.counts.dirs)
      out.saveSyncRounds.push(fsyncs.counts.rounds)
      out.searchAfterSave.push(await time(() => call(services, 'search:query', { q: i % 2 ? RARE_WORD : COMMON_QUERY })))
      const bytes = await writtenBy(dataDir, services.vault.status().generation!)
      out.saveBytes.push(bytes.length)
      out.saveBaseline.push(await time(() => plainDurableWrite(dataDir, bytes)))
    }
    await removeBaselineFile(dataDir)
    // Peak RSS of Hearth's own work (first run), before the benchmark's baselines allocate.
    if (run === 0) peakRss = process.resourceUsage().maxRSS * 1024

    // Baseline for unlock: JSON.parse of the same plaintext the active partner can read.
    const journal = services.vault.store('journal')
    const boundaries = services.vault.store('boundaries')
    const records: StoredRecord[] = [
      ...JOURNAL_KINDS.flatMap((k) => journal.list(k)),
      ...[REVISION_KIND, SIGNATURE_KIND].flatMap((k) => boundaries.list(k)),
    ]
    readable = records.length
    const plaintext = JSON.stringify(records)
    plaintextBytes = Buffer.byteLength(plaintext)
    out.jsonParse.push(timeSync(() => JSON.parse(plaintext), 3))

    const me = services.vault.active()
    const texts: string[] = []
    for (const r of journal.list<{ answers: Record<string, unknown> }>(KIND.answers)) for (const v of Object.values(r.body.answers)) if (typeof v === 'string') texts.push(v)
    for (const r of journal.list<{ title: string; text: string }>(KIND.entry, me)) texts.push(r.body.text, r.body.title)
    for (const r of journal.list<{ text: string }>(KIND.note)) texts.push(r.body.text)
    out.scan.push(timeSync(() => plainScan(texts, COMMON_QUERY), 3))
    out.scanRare.push(timeSync(() => plainScan(texts, RARE_WORD), 3))

    // The first search right after unlock, as a couple who unlock and type at once: it finishes
    // the background build itself. After the peak RSS was taken: a second session's records would
    // count against it.
    await call(services, 'vault:lock')
    await call(services, 'vault:unlock', { partner: 'A', passphrase: PASS.A })
    out.searchFirstNow.push(await time(() => call(services, 'search:query', { q: COMMON_QUERY })))

    await call(services, 'vault:lock')
    services.dispose()
  }
  const seg = await dirBytes(join(dataDir, 'journal.seg'))
  return {
    kdfCheapMs: kdf,
    runs: out,
    readableRecords: readable,
    plaintextBytes,
    searchHits: hits,
    segmentFiles: seg.files,
    segmentBytes: seg.bytes,
    peakRssBytes: peakRss,
    /** Node + tsx before anything of Hearth is loaded: part of peakRssBytes, not Hearth's. */
    startRssBytes: startRss,
    peakRssAllRunsBytes: process.resourceUsage().maxRSS * 1024,
  }
}

const main = async () => {
  const dir = args.dir!
  if (args.mode === 'generate') {
    const result = await generate(dir, Number(args.years ?? 1))
    console.log(RESULT_PREFIX + JSON.stringify(result))
  } else {
    console.log(RESULT_PREFIX + JSON.stringify(await measure(dir, Number(args.runs ?? 5))))
  }
}

await main()
