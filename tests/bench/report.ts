// Turns the raw figures into the printed table (medians, baseline, ratio, target, met/missed)
// and the issue-15 target summary. The same numbers go to tests/.artifacts/bench.json.

import { median } from './stats'
import type { BundleFigures } from './renderer'

type RunKey =
  | 'unlockTotal' | 'firstScreen' | 'jsonParse' | 'save' | 'saveBaseline' | 'saveBytes' | 'search' | 'searchRare'
  | 'scan' | 'scanRare' | 'history' | 'searchAfterSave' | 'saveFileSyncs' | 'saveDirSyncs' | 'saveSyncRounds'
  | 'searchFirstNow' | 'warmupMs' | 'warmupBlockMs'

export interface Measured {
  kdfCheapMs: number
  runs: Record<RunKey, number[]>
  readableRecords: number
  plaintextBytes: number
  searchHits: number
  segmentFiles: number
  segmentBytes: number
  peakRssBytes: number
  startRssBytes: number
  peakRssAllRunsBytes: number
}

export interface SizeResult {
  years: number
  dir: string
  generated: { records: number; now: string; seconds: number }
  measured: Measured
}

interface Interactive {
  inPageMs: number
  wallMs: number
  /** One-minute load average just before the Chromium runs. */
  load1?: number
}

interface Report {
  kdf: { medianMs: number }
  sizes: SizeResult[]
  renderer: { bundle: BundleFigures | null; interactive: Interactive | null }
}

export interface Row {
  figure: string
  value: number
  unit: string
  baseline?: number
  baselineName?: string
  /** At most this much (same unit as value). */
  target?: number
  /** At most this ratio to the baseline. */
  ratioTarget?: number
  /** Said after the target, e.g. the load it is meant for. */
  targetNote?: string
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2))
const mb = (x: number) => (x / 1024 / 1024).toFixed(1)
const m = (xs: number[]) => median(xs)

/** Whether a row meets its target(s); undefined when it has none. */
export const met = (row: Row): boolean | undefined => {
  if (row.target === undefined && row.ratioTarget === undefined) return undefined
  const underValue = row.target === undefined || row.value <= row.target
  const underRatio = row.ratioTarget === undefined || (row.baseline !== undefined && row.baseline > 0 && row.value / row.baseline <= row.ratioTarget)
  return underValue && underRatio
}

/**
 * The issue's "search, any query": the slowest median of the common, rare and first-after-save
 * queries, the common one being the first after an unlock once its background build is done
 * (the first right after unlock, which may have to finish that build, is its own row).
 */
const anySearch = (s: SizeResult): Row => {
  const r = s.measured.runs
  const kinds = [
    { name: 'common', value: m(r.search), baseline: m(r.scan) },
    { name: 'rare', value: m(r.searchRare), baseline: m(r.scanRare) },
    { name: 'after save', value: m(r.searchAfterSave), baseline: Math.max(m(r.scan), m(r.scanRare)) },
  ]
  const worst = kinds.reduce((a, b) => (b.value > a.value ? b : a))
  return { figure: `search, any query (worst: ${worst.name})`, value: worst.value, unit: 'ms', baseline: worst.baseline, baselineName: 'lowercased includes', target: 20 }
}

/** Figures of one size, as medians; unlock without the KDF subtracts the cheap KDF it ran. */
export const sizeRows = (s: SizeResult): Row[] => {
  const r = s.measured.runs
  return [
    { figure: 'unlock without KDF', value: m(r.unlockTotal) - s.measured.kdfCheapMs, unit: 'ms', baseline: m(r.jsonParse), baselineName: 'JSON.parse plaintext', target: 150 },
    { figure: 'first screen after unlock', value: m(r.firstScreen), unit: 'ms' },
    { figure: 'save one edited entry', value: m(r.save), unit: 'ms', baseline: m(r.saveBaseline), baselineName: `plain durable write ${(m(r.saveBytes) / 1024).toFixed(0)} KB`, target: 15, ratioTarget: 3 },
    anySearch(s),
    { figure: `  search, common word (${s.measured.searchHits} hits)`, value: m(r.search), unit: 'ms', baseline: m(r.scan), baselineName: 'lowercased includes' },
    ...firstNowRow(s),
    { figure: '  search, rare word', value: m(r.searchRare), unit: 'ms', baseline: m(r.scanRare), baselineName: 'lowercased includes' },
    { figure: '  search, first after a save', value: m(r.searchAfterSave), unit: 'ms', baseline: Math.max(m(r.scan), m(r.scanRare)), baselineName: 'lowercased includes' },
    { figure: 'history and patterns data', value: m(r.history), unit: 'ms' },
    { figure: 'peak RSS (first run)', value: s.measured.peakRssBytes / 1024 / 1024, unit: 'MB', baseline: s.measured.startRssBytes / 1024 / 1024, baselineName: 'MB: node + tsx before Hearth loads', target: 250 },
  ]
}

/** The first query right after unlock, before the background build finished (older reports lack it). */
const firstNowRow = (s: SizeResult): Row[] =>
  s.measured.runs.searchFirstNow?.length
    ? [{ figure: '  search, first right after unlock', value: m(s.measured.runs.searchFirstNow), unit: 'ms', baseline: m(s.measured.runs.scan), baselineName: 'lowercased includes' }]
    : []

/** The background work after unlock: how long it ran in slices, and the longest the event loop was blocked meanwhile. */
const warmupLine = (s: SizeResult): string => {
  const r = s.measured.runs
  if (!r.warmupMs?.length) return ''
  return `background build after unlock: done ${ms(m(r.warmupMs))} ms after unlock; longest event-loop delay meanwhile ${ms(m(r.warmupBlockMs))} ms (medians of runs)`
}

const pad = (text: string, n: number) => (text.length >= n ? text : text + ' '.repeat(n - text.length))
const lpad = (text: string, n: number) => (text.length >= n ? text : ' '.repeat(n - text.length) + text)

const targetText = (row: Row): string => {
  const parts = [row.ratioTarget !== undefined ? `×${row.ratioTarget}` : '', row.target !== undefined ? `${row.target}` : ''].filter(Boolean)
  return parts.length ? `≤ ${parts.join(' & ')}` : ''
}

const line = (row: Row): string => {
  const base = row.baseline !== undefined ? `${ms(row.baseline)}${row.unit === 'ms' ? ' ms' : ''} ${row.baselineName}` : '—'
  const ratio = row.baseline ? `×${(row.value / row.baseline).toFixed(1)}` : ''
  const ok = met(row)
  const mark = ok === undefined ? '' : ok ? 'met' : 'MISSED'
  return `${pad(row.figure, 40)}${lpad(`${ms(row.value)} ${row.unit}`, 10)}  ${pad(base, 40)}${lpad(ratio, 8)}${lpad(targetText(row), 11)}  ${mark}${row.targetNote ? ` ${row.targetNote}` : ''}`
}

const header = `${pad('figure', 40)}${lpad('median', 10)}  ${pad('baseline (same run, same data)', 40)}${lpad('ratio', 8)}${lpad('target', 11)}`

/** fsyncs per save, as medians, beside the baseline's one file fsync and no directory fsync. */
const fsyncLine = (s: SizeResult): string => {
  const r = s.measured.runs
  if (!r.saveFileSyncs?.length) return ''
  const files = m(r.saveFileSyncs)
  const dirs = m(r.saveDirSyncs)
  const rounds = r.saveSyncRounds?.length ? `, waited for in ${m(r.saveSyncRounds)} rounds` : ''
  return `fsyncs per save: ${files + dirs} (${files} of files, ${dirs} of directories${rounds}); baseline: 1 (1 file, 0 directories)`
}

const interactiveRow = (i: Interactive): Row => ({
  figure: 'unlock screen interactive',
  value: i.inPageMs,
  unit: 'ms',
  target: 300,
  targetNote: `(target at load ≈ 2; load was ${i.load1 === undefined ? 'not recorded' : i.load1.toFixed(2)})`,
})

export const table = (report: Report): string => {
  const lines: string[] = []
  // Not measured in a --renderer-only run.
  if (!Number.isNaN(report.kdf.medianMs)) lines.push(`KDF alone (scrypt logN 17, r 8, p 1): ${ms(report.kdf.medianMs)} ms median`)
  for (const s of report.sizes) {
    const d = s.measured
    lines.push('', `── ${s.years} year(s): ${s.generated.records} records, ${d.readableRecords} readable by A, ${mb(d.plaintextBytes)} MB plaintext, ${d.segmentFiles} segments ${mb(d.segmentBytes)} MB on disk`)
    lines.push(header)
    for (const row of sizeRows(s)) lines.push(line(row))
    const fsyncs = fsyncLine(s)
    if (fsyncs) lines.push(fsyncs)
    const warmup = warmupLine(s)
    if (warmup) lines.push(warmup)
  }
  const first = report.sizes[0]
  const last = report.sizes.at(-1)
  if (first && last && first !== last) {
    const save = (s: SizeResult) => median(s.measured.runs.save)
    lines.push('', `save at ${last.years} y vs ${first.years} y: ×${(save(last) / save(first)).toFixed(2)} (target ≤ ×3)`)
  }
  const { bundle, interactive } = report.renderer
  if (bundle) {
    lines.push('', `renderer initial JS: ${(bundle.js.bytes / 1024).toFixed(0)} KB, ${(bundle.js.gzip / 1024).toFixed(1)} KB gzipped (target ≤ 250 KB gzipped); CSS: ${(bundle.css.bytes / 1024).toFixed(0)} KB, ${(bundle.css.gzip / 1024).toFixed(1)} KB gzipped`)
  }
  if (interactive) lines.push(`unlock screen interactive: ${ms(interactive.inPageMs)} ms after navigation start (page clock), ${ms(interactive.wallMs)} ms from page.goto (wall)`)
  lines.push('', ...targetSummary(report))
  return lines.join('\n')
}

/** The issue's target table: each row at the largest size measured, with met or MISSED. */
const targetSummary = (report: Report): string[] => {
  const last = report.sizes.at(-1)
  const out = [`Targets${last ? ` at ${last.years} year(s)` : ''} (issue 15):`, header]
  if (last) {
    const rows = sizeRows(last)
    for (const name of ['unlock without KDF', 'search, any query', '  search, first right after unlock', 'save one edited entry']) {
      const row = rows.find((r) => r.figure.startsWith(name))
      if (row) out.push(line(row))
    }
  }
  const i = report.renderer.interactive
  out.push(i ? line(interactiveRow(i)) : `${pad('unlock screen interactive', 40)}${lpad('not run', 10)}  (renderer part skipped in this run)`)
  if (last) {
    const rss = sizeRows(last).find((r) => r.figure.startsWith('peak RSS'))
    if (rss) out.push(line(rss))
    const fsyncs = fsyncLine(last)
    if (fsyncs) out.push(fsyncs)
  }
  return out
}
