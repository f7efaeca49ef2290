// The part of YAML that Markdown front matter uses in practice (Obsidian, Joplin, Hearth's own
// export): `key: value` lines with plain, 'single' or "double" quoted scalars, and tags either as
// a flow list `[a, "b"]` or as `- item` lines. Anything else is kept as a plain string. No
// anchors, tags or types: a file from elsewhere cannot make this parser do more than read text.

export interface FrontMatter {
  fields: Record<string, string | string[]>
  body: string
}

const unquote = (raw: string): string => {
  const v = raw.trim()
  if (v.startsWith('"') && v.endsWith('"') && v.length >= 2) {
    try {
      return JSON.parse(v) as string
    } catch {
      return v.slice(1, -1)
    }
  }
  if (v.startsWith("'") && v.endsWith("'") && v.length >= 2) return v.slice(1, -1).replace(/''/g, "'")
  return v
}

const flowList = (raw: string): string[] => {
  const inner = raw.trim().slice(1, -1)
  const out: string[] = []
  const re = /\s*("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^,]+)\s*(?:,|$)/gy
  let m: RegExpExecArray | null
  while ((m = re.exec(inner)) && m[0].length > 0) out.push(unquote(m[1] ?? ''))
  return out.filter((t) => t.length > 0)
}

export function parseFrontMatter(text: string): FrontMatter {
  const normal = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(normal)
  if (!m) return { fields: {}, body: normal }
  const fields: Record<string, string | string[]> = {}
  let listKey: string | null = null
  for (const line of (m[1] ?? '').split('\n')) {
    const item = /^\s+-\s+(.*)$/.exec(line) ?? /^-\s+(.*)$/.exec(line)
    if (item && listKey) {
      const list = fields[listKey]
      fields[listKey] = [...(Array.isArray(list) ? list : []), unquote(item[1] ?? '')]
      continue
    }
    const kv = /^([A-Za-z0-9_-]{1,40}):\s*(.*)$/.exec(line)
    if (!kv) continue
    const key = (kv[1] ?? '').toLowerCase()
    const value = kv[2] ?? ''
    listKey = value.trim() === '' ? key : null
    fields[key] = value.trim().startsWith('[') && value.trim().endsWith(']') ? flowList(value) : value.trim() === '' ? [] : unquote(value)
  }
  return { fields, body: m[2] ?? '' }
}
