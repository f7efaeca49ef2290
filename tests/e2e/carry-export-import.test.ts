// Stories: "take my writing with me" and "bring my old journal in". Exported as Sam, the JSON and
// the Markdown hold Sam's private entries and the shared journal and none of Alex's private words
// (checked by parsing). A Day One file imported twice gives its entries once; a malformed file is
// refused with its message and nothing is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { unzipSync } from 'fflate'
import { openHearth, type E2E } from './browser'
import { ALEX, SAM, createCouple, goTo, unlockAs } from './couple'
import { rpc, seedJournal } from './carry-helpers'
import { createPathFileHost } from '../harness/file-host'
import { dayOneZip } from '../unit/carry/import-fixtures'

const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown }
const out = mkdtempSync(join(tmpdir(), 'hearth-export-e2e-'))
const files = createPathFileHost()
let e2e: E2E
const ALEX_PRIVATE = ['Marmalade', 'secret marmalade recipe']

const fileTimes = (dir: string) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .sort()
    .map((f) => `${f}:${statSync(join(dir, f)).mtimeMs}`)

beforeAll(async () => {
  e2e = await openHearth({ weakKdf: true, files })
  await createCouple(e2e.harness, e2e.page, SAM, ALEX)
  await seedJournal(e2e.harness, SAM, ALEX)
  await e2e.page.reload()
  await unlockAs(e2e.page, SAM)
  await goTo(e2e.page, 'Export & import', 'Export & import')
})
afterAll(async () => {
  await e2e?.close()
  rmSync(out, { recursive: true, force: true })
})

const exportAs = async (button: string, path: string) => {
  const { page } = e2e
  files.nextSave(path)
  await page.getByRole('button', { name: button }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByText('The file will not be encrypted').waitFor()
  await dialog.getByLabel('Your passphrase', { exact: true }).fill(SAM.passphrase)
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByText(/^Saved Hearth export/).waitFor()
}

describe('export what I can read', () => {
  it('says it is not encrypted before asking, and the JSON holds my entries and the shared ones, none of Alex’s', async () => {
    await e2e.page.getByText('An export is not encrypted').waitFor()
    await e2e.shot('carry-export-import-page')
    await exportAs('Export as JSON…', join(out, 'Hearth export Sam.json'))
    const data = JSON.parse(readFileSync(join(out, 'Hearth export Sam.json'), 'utf8')) as {
      exportedBy: { name: string }
      privateEntries: { title: string }[]
      notes: { text: string }[]
      reflections: { columns: { answers: { answer: string }[] }[] }[]
      agreement: { latest: { items: { text: string }[] } }
    }
    expect(data.exportedBy.name).toBe('Sam')
    expect(data.privateEntries.map((e) => e.title).sort()).toEqual(['The lighthouse', 'Winter plans'])
    expect(data.notes.map((n) => n.text).sort()).toEqual(['Thank you for the soup.', 'Thank you for the walk.'])
    expect(data.reflections.flatMap((w) => w.columns.flatMap((c) => c.answers.map((a) => a.answer)))).toEqual(
      expect.arrayContaining(['Our walk by the river', 'Laughing at the ducks']),
    )
    expect(data.agreement.latest.items.map((i) => i.text)).toEqual(['Phones away at dinner.'])
    const text = readFileSync(join(out, 'Hearth export Sam.json'), 'utf8')
    for (const secret of ALEX_PRIVATE) expect(text).not.toContain(secret)
  })

  it('the Markdown zip: front matter on every note, my entries and the shared ones, none of Alex’s', async () => {
    await exportAs('Export as Markdown…', join(out, 'Hearth export Sam.zip'))
    const zip = unzipSync(readFileSync(join(out, 'Hearth export Sam.zip')))
    const notes = Object.entries(zip)
      .filter(([name]) => name !== 'README.md')
      .map(([name, bytes]) => {
        const text = new TextDecoder().decode(bytes)
        const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)
        return { name, meta: yaml.load(m?.[1] ?? '') as Record<string, unknown>, body: m?.[2] ?? '' }
      })
    expect(notes.filter((n) => n.meta['kind'] === 'private-entry').map((n) => n.meta['title']).sort()).toEqual(['The lighthouse', 'Winter plans'])
    expect(notes.filter((n) => n.meta['kind'] === 'note')).toHaveLength(2)
    expect(notes.some((n) => n.meta['kind'] === 'weekly-reflection' && n.body.includes('Laughing at the ducks'))).toBe(true)
    for (const n of notes) for (const secret of ALEX_PRIVATE) expect(`${n.name}${n.body}${JSON.stringify(n.meta)}`).not.toContain(secret)
  })
})

describe('import into my private journal', () => {
  it('a Day One file: a preview first; imported twice it gives its entries once', async () => {
    const { page } = e2e
    const path = join(out, 'Day One.zip')
    writeFileSync(path, dayOneZip())
    files.nextOpen(path)
    await page.getByRole('button', { name: 'Choose a file to import…' }).click()
    await page.getByText('Day One.zip: a Day One export').waitFor()
    await e2e.shot('carry-import-preview')
    expect((await rpc(e2e.harness, 'private:list', {})).length).toBe(2)
    await page.getByRole('button', { name: 'Import 3 entries' }).click()
    await page.getByText('Added 3 entries to your private journal.').waitFor()
    files.nextOpen(path)
    await page.getByRole('button', { name: 'Choose a file to import…' }).click()
    await page.getByText('3 already in your journal, skipped').waitFor()
    await page.getByRole('button', { name: 'Nothing new to import' }).click()
    await page.getByText('Nothing new: every entry in that file is already in your journal.').waitFor()
    const titles = (await rpc(e2e.harness, 'private:list', {})).map((e) => e.title)
    expect(titles.filter((t) => t === 'Morning pages')).toHaveLength(1)
    expect(titles).toHaveLength(5)
  })

  it('a malformed file is refused with its message, and nothing is written', async () => {
    const { page } = e2e
    const path = join(out, 'broken.json')
    writeFileSync(path, '{"entries": [{"uuid": "x", "text": "no dates"}]}')
    const before = fileTimes(e2e.dataDir)
    files.nextOpen(path)
    await page.getByRole('button', { name: 'Choose a file to import…' }).click()
    await page.getByRole('alert').getByText('That looks like a Day One export, but it is not in the form Day One writes.').waitFor()
    await e2e.shot('carry-import-refused')
    expect(fileTimes(e2e.dataDir)).toEqual(before)
  })

  it('prints my own entries and our shared weeks between two dates, with the not-encrypted warning', async () => {
    const { page } = e2e
    await goTo(page, 'Print a date range', 'Print a date range')
    await page.getByText('A printed copy is not encrypted').waitFor()
    await page.getByLabel('From (dd/mm/yyyy)', { exact: true }).fill('2024-03-16')
    await page.getByLabel('To (dd/mm/yyyy)', { exact: true }).fill('2026-12-31')
    await page.getByRole('button', { name: 'Show the pages' }).click()
    const sheet = page.getByRole('article', { name: 'Printable journal pages' })
    await sheet.waitFor()
    await e2e.shot('carry-print-range')
    const pdf = join(out, 'range.pdf')
    await page.pdf({ path: pdf })
    const text = execFileSync('pdftotext', [pdf, '-']).toString('utf8')
    expect(text).toContain('The lighthouse')
    expect(text).toContain('Day 2 in the mountains')
    expect(text).not.toContain('Morning pages') // written 15 March 2024, before the range
    expect(text).toContain('Laughing at the ducks')
    for (const secret of ALEX_PRIVATE) expect(text).not.toContain(secret)
    expect(text).not.toContain('Print controls')
  })

  it('made every request of the session to the harness only', () => {
    expect(e2e.foreignRequests()).toEqual([])
  })
})

