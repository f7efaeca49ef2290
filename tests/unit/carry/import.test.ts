// Story: "bring my old journal with me" — Day One, jrnl and Markdown exports go into the importing
// partner's own private journal, after a preview; importing the same file twice adds nothing.
// Threat: a malformed, hostile (zip bomb, path traversal, a 100 MB text) or empty file gets a
// clear message and writes nothing.

import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { zipSync } from 'fflate'
import { afterEach, describe, expect, it } from 'vitest'
import { IMSG } from '../../../electron/services/carry/import/messages'
import { snapshot } from '../vault/helpers'
import { cleanUp, coupleWithJournal, tempFolder, type App } from './helpers'
import { dayOneJournal, dayOneZip, jrnlJson, markdownZip } from './import-fixtures'

afterEach(cleanUp)

const importFile = async (app: App, bytes: Uint8Array, name: string) => {
  const path = join(await tempFolder('hearth-import-'), name)
  await writeFile(path, bytes)
  app.files.nextOpen(path)
  const preview = await app.call('carry:import-open', {})
  if (!preview) throw new Error('cancelled')
  return preview
}

describe('import into my private journal', () => {
  it('Day One: a preview first, then the entries with their own dates; twice gives them once', async () => {
    const app = await coupleWithJournal()
    await app.as('B')
    const before = await snapshot(app.dir)
    const preview = await importFile(app, dayOneZip(), 'Day One export.zip')
    expect(preview).toMatchObject({ format: 'Day One', total: 3, count: 3, duplicates: 0, from: '2024-03-15T08:30:00.000Z', to: '2024-03-17T08:30:00.000Z' })
    expect(preview.firstTitles).toEqual(['Morning pages', 'Day 2 in the mountains', 'Day 3 in the mountains'])
    // The preview wrote nothing.
    expect(await snapshot(app.dir)).toEqual(before)
    expect(await app.call('carry:import', { token: preview.token })).toEqual({ added: 3 })
    const list = await app.call('private:list', {})
    const morning = list.find((e) => e.title === 'Morning pages')
    expect(morning?.createdAt).toBe('2024-03-15T08:30:00.000Z')
    expect((await app.call('private:get', { id: morning?.id ?? '' })).text).toBe('Coffee, rain and a long walk.')
    const again = await importFile(app, dayOneZip(), 'Day One export.zip')
    expect(again).toMatchObject({ count: 0, duplicates: 3 })
    expect(await app.call('carry:import', { token: again.token })).toEqual({ added: 0 })
    expect((await app.call('private:list', {})).filter((e) => e.title === 'Morning pages')).toHaveLength(1)
    // Only Rio's journal got them.
    await app.as('A')
    expect((await app.call('private:list', {})).map((e) => e.title)).toEqual(['Sam alone'])
  })

  it('jrnl JSON, deduplicated by a content hash', async () => {
    const app = await coupleWithJournal()
    await app.as('A')
    const preview = await importFile(app, jrnlJson(), 'jrnl.json')
    expect(preview).toMatchObject({ format: 'jrnl', count: 2, firstTitles: ['Planted the tulips.', 'First frost.'] })
    await app.call('carry:import', { token: preview.token })
    expect((await importFile(app, jrnlJson(), 'jrnl.json')).count).toBe(0)
  })

  it('a zip of Markdown with front matter (README skipped)', async () => {
    const app = await coupleWithJournal()
    await app.as('A')
    const preview = await importFile(app, markdownZip(), 'notes.zip')
    expect(preview).toMatchObject({ format: 'Markdown', count: 2, firstTitles: ['Lisbon', 'Untitled walk'] })
    await app.call('carry:import', { token: preview.token })
    const lisbon = (await app.call('private:list', {})).find((e) => e.title === 'Lisbon')
    expect((await app.call('private:get', { id: lisbon?.id ?? '' })).text).toBe('Trams and custard tarts.\n')
  })

  it('a Hearth Markdown export comes back as private entries only', async () => {
    const app = await coupleWithJournal()
    await app.as('A')
    const out = await tempFolder()
    app.files.nextSave(join(out, 'mine.zip'))
    await app.call('carry:export', { form: 'markdown', passphrase: 'correct horse battery A' })
    app.files.nextOpen(join(out, 'mine.zip'))
    const preview = await app.call('carry:import-open', {})
    expect(preview).toMatchObject({ count: 1, firstTitles: ['Sam alone'] })
  })

  const big = (): Uint8Array => {
    const zip = zipSync({ 'Journal.json': new TextEncoder().encode(JSON.stringify(dayOneJournal(1))) }, { level: 0 })
    const view = new DataView(zip.buffer)
    for (let i = 0; i < zip.length - 4; i++) {
      if (view.getUint32(i, true) === 0x04034b50) view.setUint32(i + 22, 3_000_000_000, true)
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 3_000_000_000, true)
    }
    return zip
  }
  const refusals: [string, () => Uint8Array, string][] = [
    ['not JSON at all', () => new TextEncoder().encode('{"entries": [ this is not json'), IMSG.unknown],
    ['Day One entries without their dates', () => new TextEncoder().encode(JSON.stringify({ entries: [{ uuid: 'x', text: 'hi' }] })), IMSG.malformed('Day One')],
    ['jrnl with a date in the wrong form', () => new TextEncoder().encode(JSON.stringify({ entries: [{ title: 't', body: 'b', date: '12/01/2023', time: '10:00' }] })), IMSG.malformed('jrnl')],
    ['an export with no entries', () => new TextEncoder().encode(JSON.stringify({ metadata: {}, entries: [] })), IMSG.empty],
    ['an empty file', () => new Uint8Array(), IMSG.empty],
    ['a photo, not an export', () => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), IMSG.unknown],
    ['a zip bomb', big, IMSG.tooLarge],
    ['a name that climbs out of the folder', () => zipSync({ '../../evil.md': new TextEncoder().encode('---\ntitle: x\n---\n') }), IMSG.hostile],
    ['an absolute path', () => zipSync({ '/etc/evil.md': new TextEncoder().encode('x') }), IMSG.hostile],
    ['a 100 MB text', () => new Uint8Array(100 * 1024 * 1024).fill(0x61), IMSG.tooLarge],
  ]

  it.each(refusals)('refuses %s, with its message, and writes nothing', async (_name, make, message) => {
    const app = await coupleWithJournal()
    await app.as('A')
    const before = await snapshot(app.dir)
    const path = join(await tempFolder('hearth-import-'), 'input')
    await writeFile(path, make())
    app.files.nextOpen(path)
    expect((await app.refuse('carry:import-open', {})).message).toBe(message)
    expect(await snapshot(app.dir)).toEqual(before)
    expect((await app.call('private:list', {})).map((e) => e.title)).toEqual(['Sam alone'])
  })
})
