import type { ReactNode } from 'react'

/** A search snippet with its matches marked (the offsets come from the service). */
export function Highlighted({ text, matches }: { text: string; matches: { start: number; end: number }[] }) {
  const parts: ReactNode[] = []
  let at = 0
  for (const m of [...matches].sort((a, b) => a.start - b.start)) {
    if (m.start < at || m.end > text.length) continue
    parts.push(text.slice(at, m.start), <mark key={m.start}>{text.slice(m.start, m.end)}</mark>)
    at = m.end
  }
  parts.push(text.slice(at))
  return <>{parts}</>
}
