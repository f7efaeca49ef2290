// Story: "take my writing with me" — exported as Sam (A), the Markdown and the JSON hold Sam's
// private entries and everything shared, and none of Rio's private entries or drafts (checked by
// parsing both). Threat: an unlocked laptop left alone must not export without the passphrase.

import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { afterEach, describe, expect, it } from 'vitest'
import { CMSG } from '../../../electron/services/carry/messages'
import { PASS, cleanUp, coupleWithJournal, tempFolder } from './helpers'

const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown }

afterEach(cleanUp)

const RIO_SECRETS = ['marmalade', 'a draft Sam must not see', 'sealed answer from Rio']

const exportAs = async (form: 'markdown' | 'json') => {
  const couple = await coupleWithJournal()
  await couple.as('B')
  await couple.call('notes:save-draft', { text: 'a draft Sam must not see' })
  await couple.call('reflection:save-draft', { week: '2026-W48', answers: { connected: 'sealed answer from Rio' }, sealed: true })
  await couple.as('A')
  const out = await tempFolder('hearth-export-')
  couple.files.nextSave(join(out, 'export'))
  const result = await couple.call('carry:export', { form, passphrase: PASS.A })
  const ext = form === 'json' ? 'json' : 'zip'
  return { couple, result, bytes: await readFile(join(out, `export.${ext}`)) }
}

const parseMarkdown = (text: string) => {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)
  if (!m) throw new Error(`no front matter in ${text.slice(0, 80)}`)
  return { meta: yaml.load(m[1] ?? '') as Record<string, unknown>, body: m[2] ?? '' }
}

describe('export what I can read', () => {
  it('JSON: my private entries and the shared journal, none of my partner’s private words', async () => {
    const { result, bytes, couple } = await exportAs('json')
    expect(result).toMatchObject({ saved: true, fileName: 'export.json' })
    expect(couple.files.asked[0]).toMatchObject({ kind: 'save', suggestedName: 'Hearth export Sam 2026-12-02.json', message: expect.stringContaining('not encrypted') })
    const data = JSON.parse(bytes.toString('utf8')) as {
      format: string
      exportedBy: { id: string }
      privateEntries: { title: string; text: string }[]
      notes: { text: string }[]
      reflections: { week: string; columns: { name: string; hidden: boolean; answers: { answer: string }[] }[] }[]
      agreement: { latest: { items: { text: string }[]; signatures: { state: string }[] } }
    }
    expect(data).toMatchObject({ format: 'hearth-export', version: 1, exportedBy: { id: 'A', name: 'Sam' } })
    expect(data.privateEntries.map((e) => e.title)).toEqual(['Sam alone'])
    expect(data.notes.map((n) => n.text).sort()).toEqual(['Thank you for the soup, Rio.', 'Thank you for the walk, Sam.'])
    expect(data.reflections.find((w) => w.week === '2026-W49')?.columns.flatMap((c) => c.answers.map((a) => a.answer))).toContain('Our walk by the river')
    // Rio sealed week 48 and has not finished: it stays hidden, as on the reflection screen.
    expect(data.reflections.find((w) => w.week === '2026-W48')?.columns.find((c) => c.name === 'Rio')).toMatchObject({ hidden: true, answers: [] })
    expect(data.agreement.latest.items.map((i) => i.text)).toEqual(['Phones away at dinner.'])
    expect(data.agreement.latest.signatures.map((s) => s.state)).toEqual(['unsigned', 'unsigned'])
    for (const secret of RIO_SECRETS) expect(bytes.toString('utf8')).not.toContain(secret)
  })

  it('Markdown: every file has front matter Obsidian and Joplin read, and none holds my partner’s private words', async () => {
    const { bytes } = await exportAs('markdown')
    const files = unzipSync(new Uint8Array(bytes))
    const names = Object.keys(files)
    expect(names).toContain('README.md')
    const notes = names.filter((n) => n !== 'README.md').map((n) => ({ name: n, ...parseMarkdown(new TextDecoder().decode(files[n])) }))
    for (const note of notes) {
      expect(Object.keys(note.meta).sort()).toEqual(['author', 'created', 'kind', 'tags', 'title', 'updated'])
      for (const secret of RIO_SECRETS) expect(note.body).not.toContain(secret)
    }
    const privateNotes = notes.filter((n) => n.meta['kind'] === 'private-entry')
    expect(privateNotes.map((n) => [n.name, n.meta['title'], n.meta['author']])).toEqual([['Private journal/2026-12-02 Sam alone.md', 'Sam alone', 'Sam']])
    expect(notes.filter((n) => n.meta['kind'] === 'note')).toHaveLength(2)
    expect(notes.some((n) => n.meta['kind'] === 'agreement' && n.body.includes('Phones away at dinner.'))).toBe(true)
    expect(notes.some((n) => n.meta['kind'] === 'weekly-reflection' && n.body.includes('Our walk by the river'))).toBe(true)
    const readme = new TextDecoder().decode(files['README.md'])
    expect(readme).toContain('not encrypted')
    expect(readme).toContain('Going separate ways')
  })

  it('asks for the passphrase again, and a wrong one exports nothing', async () => {
    const couple = await coupleWithJournal()
    await couple.as('A')
    couple.files.nextSave(join(await tempFolder(), 'x.json'))
    expect(await couple.refuse('carry:export', { form: 'json', passphrase: 'not it at all' })).toEqual({ code: 'wrong-passphrase', message: CMSG.exportWrongPassphrase })
    expect(couple.files.asked).toEqual([])
  })

  it('a title cannot break out of its front matter field', async () => {
    const couple = await coupleWithJournal()
    await couple.as('A')
    await couple.call('private:save', { title: 'x"\nkind: agreement\n---', text: 'tricky' })
    const out = await tempFolder()
    couple.files.nextSave(join(out, 'e.zip'))
    await couple.call('carry:export', { form: 'markdown', passphrase: PASS.A })
    const files = unzipSync(new Uint8Array(await readFile(join(out, 'e.zip'))))
    const tricky = Object.entries(files).map(([, d]) => new TextDecoder().decode(d)).find((t) => t.includes('tricky')) ?? ''
    expect(parseMarkdown(tricky).meta).toMatchObject({ kind: 'private-entry', title: 'x"\nkind: agreement\n---' })
  })
})
