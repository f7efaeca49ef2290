// Turns the raw figures into the printed table (medians, baseline, ratio, target) and the
// summary of targets. The same numbers go to tests/.artifacts/bench.json.

import { median } from './stats'
import type { BundleFigures } from './renderer'

export interface Measured {
  kdfCheapMs: number
  runs: Record<'unlockTotal' | 'firstScreen' | 'jsonParse' | 'save' | 'saveBaseline' | 'saveBytes' | 'search' | 'searchRare' | 'scan' | 'scanRare' | 'history', number[]>
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

interface Report {
  kdf: { medianMs: number }
  sizes: SizeResult[]
  renderer: { bundle: BundleFigures | null; interactive: { inPageMs: number; wallMs: number } | null }
}

export interface Row {
  figure: string
  value: number
  unit: string
  baseline?: number
  baselineName?: string
  target?: number
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2))
const mb = (x: number) => (x / 1024 / 1024).toFixed(1)

/** Figures of one size, as medians; unlock without the KDF subtracts the cheap KDF it ran. */
export const sizeRows = (s: SizeResult): Row[] => {
  const r = s.measured.runs
  const m = (xs: number[]) => median(xs)
  return [
    { figure: 'unlock without KDF', value: m(r.unlockTotal) - s.measured.kdfCheapMs, unit: 'ms', baseline: m(r.jsonParse), baselineName: 'JSON.parse plaintext', target: 250 },
    { figure: 'first screen after unlock', value: m(r.firstScreen), unit: 'ms' },
    { figure: 'save one edited entry', value: m(r.save), unit: 'ms', baseline: m(r.saveBaseline), baselineName: `plain durable write ${(m(r.saveBytes) / 1024).toFixed(0)} KB`, target: 30 },
    { figure: `search (common word, ${s.measured.searchHits} hits)`, value: m(r.search), unit: 'ms', baseline: m(r.scan), baselineName: 'lowercased includes', target: 50 },
    { figure: 'search (rare word)', value: m(r.searchRare), unit: 'ms', baseline: m(r.scanRare), baselineName: 'lowercased includes', target: 50 },
    { figure: 'history and patterns data', value: m(r.history), unit: 'ms' },
    { figure: 'peak RSS (first run)', value: s.measured.peakRssBytes / 1024 / 1024, unit: 'MB', baseline: s.measured.startRssBytes / 1024 / 1024, baselineName: 'MB: node + tsx before Hearth loads', target: 300 },
  ]
}

const pad = (text: string, n: number) => (text.length >= n ? text : text + ' '.repeat(n - text.length))
const lpad = (text: string, n: number) => (text.length >= n ? text : ' '.repeat(n - text.length) + text)

export const table = (report: Report): string => {
  const lines: string[] = []
  const header = `${pad('figure', 34)}${lpad('median', 10)}  ${pad('baseline (same run, same data)', 40)}${lpad('ratio', 8)}${lpad('target', 9)}`
  lines.push(`KDF alone (scrypt logN 17, r 8, p 1): ${ms(report.kdf.medianMs)} ms median`)
  for (const s of report.sizes) {
    const d = s.measured
    lines.push('', `── ${s.years} year(s): ${s.generated.records} records, ${d.readableRecords} readable by A, ${mb(d.plaintextBytes)} MB plaintext, ${d.segmentFiles} segments ${mb(d.segmentBytes)} MB on disk`)
    lines.push(header)
    for (const row of sizeRows(s)) {
      const base = row.baseline !== undefined ? `${ms(row.baseline)}${row.unit === 'ms' ? ' ms' : ''} ${row.baselineName}` : ''
      const ratio = row.baseline ? `×${(row.value / row.baseline).toFixed(1)}` : ''
      const target = row.target !== undefined ? `≤ ${row.target}` : ''
      lines.push(`${pad(row.figure, 34)}${lpad(`${ms(row.value)} ${row.unit}`, 10)}  ${pad(base, 40)}${lpad(ratio, 8)}${lpad(target, 9)}`)
    }
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
  if (interactive) lines.push(`unlock screen interactive: ${ms(interactive.inPageMs)} ms after navigation start (page clock), ${ms(interactive.wallMs)} ms from page.goto (wall); target ≤ 300`)
  return lines.join('\n')
}
