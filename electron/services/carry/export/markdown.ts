// The Markdown form of an export: one file per entry, week and note, with YAML front matter
// (title, created, updated, author, kind, tags) that Obsidian and Joplin read, in folders by kind,
// plus a README that says what this is. Strings in front matter are written as JSON strings, which
// are valid YAML double-quoted scalars, so no title can break out of its field.

import { zipSync, type Zippable } from 'fflate'
import type { ExportData } from './gather'
import { GOING_SEPARATE_WAYS, UNENCRYPTED_EXPORT } from './words'

const yamlString = (value: string): string => JSON.stringify(value)

export function frontMatter(fields: {
  title: string
  created: string
  updated: string
  author: string
  kind: string
  tags: string[]
}): string {
  return [
    '---',
    `title: ${yamlString(fields.title)}`,
    `created: ${yamlString(fields.created)}`,
    `updated: ${yamlString(fields.updated)}`,
    `author: ${yamlString(fields.author)}`,
    `kind: ${yamlString(fields.kind)}`,
    `tags: [${fields.tags.map(yamlString).join(', ')}]`,
    '---',
    '',
  ].join('\n')
}

/** A file name every system accepts: letters, digits, spaces, dots, dashes; never empty or hidden. */
export const safeFileName = (name: string): string =>
  name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} ._-]+/gu, '-')
    .replace(/[\s-]{2,}/g, ' ')
    .replace(/^[\s.-]+|[\s.-]+$/g, '')
    .slice(0, 80) || 'Untitled'

const day = (iso: string) => iso.slice(0, 10)

/** Nested objects and lists as a readable Markdown list (the worksheets, which have many shapes). */
function asList(value: unknown, depth = 0): string {
  const pad = '  '.repeat(depth)
  if (Array.isArray(value))
    return value
      .map((v) => (typeof v === 'object' && v !== null ? `${pad}-\n${asList(v, depth + 1)}` : `${pad}- ${String(v)}`))
      .join('\n')
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value)
      .filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0))
      .map(([k, v]) =>
        typeof v === 'object' ? `${pad}- **${k}**:\n${asList(v, depth + 1)}` : `${pad}- **${k}**: ${String(v)}`,
      )
      .join('\n')
  }
  return `${pad}- ${String(value)}`
}

export function buildMarkdownZip(data: ExportData): Uint8Array {
  const files: Zippable = {}
  const used = new Set<string>()
  const add = (folder: string, base: string, text: string) => {
    let name = `${folder}/${safeFileName(base)}.md`
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${folder}/${safeFileName(base)} (${n}).md`
    used.add(name.toLowerCase())
    files[name] = new TextEncoder().encode(text)
  }
  const me = data.exportedBy.name
  const nameOf = (id: string) => data.partners.find((p) => p.id === id)?.name ?? id

  files['README.md'] = new TextEncoder().encode(
    `# ${me}'s Hearth export\n\nExported ${data.exportedAt}.\n\n${UNENCRYPTED_EXPORT}\n\n## Going separate ways\n\n${GOING_SEPARATE_WAYS}\n`,
  )
  for (const e of data.privateEntries) {
    const title = e.title || 'Untitled entry'
    add(
      'Private journal',
      `${day(e.created)} ${title}`,
      `${frontMatter({ title, created: e.created, updated: e.updated, author: me, kind: 'private-entry', tags: e.tags })}\n# ${title}\n\n${e.text}\n`,
    )
  }
  for (const w of data.reflections) {
    const body = w.columns
      .map(
        (c) =>
          `## ${c.name}\n\n${c.hidden ? '_Still sealed: shown once you have both finished._' : c.answers.map((a) => `**${a.question}**\n\n${String(a.answer)}`).join('\n\n') || '_Nothing written._'}`,
      )
      .join('\n\n')
    const updated =
      w.columns
        .map((c) => c.updatedAt ?? '')
        .sort()
        .at(-1) || w.startsOn
    add(
      'Weekly reflections',
      w.week,
      `${frontMatter({ title: w.label, created: w.startsOn, updated, author: w.columns.map((c) => c.name).join(' and '), kind: 'weekly-reflection', tags: ['reflection'] })}\n# ${w.label}\n\n${body}\n`,
    )
  }
  for (const n of data.notes) {
    const title = `From ${nameOf(n.from)} to ${nameOf(n.to)}`
    add(
      'Notes',
      `${day(n.sentAt)} ${title}`,
      `${frontMatter({ title, created: n.sentAt, updated: n.readAt ?? n.sentAt, author: nameOf(n.from), kind: 'note', tags: ['note'] })}\n${n.text}\n`,
    )
  }
  const sheets: [string, unknown][] = [
    ['Shared values', data.worksheets.values],
    ['Conversation cards', data.worksheets.conversationCards],
    ['Active listening', data.worksheets.listening],
    ['Time together', data.worksheets.rituals],
  ]
  for (const [title, value] of sheets) {
    add(
      'Worksheets',
      title,
      `${frontMatter({ title, created: data.exportedAt, updated: data.exportedAt, author: data.partners.map((p) => p.name).join(' and '), kind: 'worksheet', tags: ['worksheet'] })}\n# ${title}\n\n${asList(value) || '_Nothing yet._'}\n`,
    )
  }
  add('Agreement', 'Boundaries agreement', agreementMarkdown(data, nameOf))
  return zipSync(files, { level: 6 })
}

function agreementMarkdown(data: ExportData, nameOf: (id: string) => string): string {
  const latest = data.agreement.latest
  const head = frontMatter({
    title: 'Boundaries agreement',
    created: latest?.createdAt ?? data.exportedAt,
    updated: latest?.createdAt ?? data.exportedAt,
    author: data.partners.map((p) => p.name).join(' and '),
    kind: 'agreement',
    tags: ['agreement'],
  })
  if (!latest) return `${head}\n# Boundaries agreement\n\n_No agreement written yet._\n`
  const sections = latest.sections
    .map((s) => {
      const items = latest.items.filter((i) => i.sectionId === s.id).map((i) => `- ${i.text}`)
      const needs = Object.entries(s.needs)
        .filter(([, t]) => t)
        .map(([p, t]) => `- ${nameOf(p)} needs: ${t}`)
      return items.length || needs.length ? `## ${s.title}\n\n${[...items, ...needs].join('\n')}` : ''
    })
    .filter(Boolean)
  const unsectioned = latest.items
    .filter((i) => !latest.sections.some((s) => s.id === i.sectionId))
    .map((i) => `- ${i.text}`)
  const signatures = latest.signatures.map(
    (s) =>
      `- ${nameOf(s.partner)}: ${s.state}${s.signedAt ? ` (${s.signedAt})` : ''}${s.fingerprint ? `, fingerprint ${s.fingerprint}` : ''}`,
  )
  return `${head}\n# Boundaries agreement, revision ${latest.number}\n\n${[...sections, ...(unsectioned.length ? [`## Agreed\n\n${unsectioned.join('\n')}`] : [])].join('\n\n')}\n\n## Signatures\n\n${signatures.join('\n')}\n`
}
