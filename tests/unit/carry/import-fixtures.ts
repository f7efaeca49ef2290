// Import fixtures written by hand from the formats' documented shapes (no real exports copied):
// Day One's JSON export (a zip with Journal.json and a photos folder), jrnl's `--export json`, and
// a zip of Markdown files with front matter as Obsidian writes them.
import { zipSync } from 'fflate'

const enc = (s: string) => new TextEncoder().encode(s)

export const dayOneJournal = (count = 3) => ({
  metadata: { version: '1.0' },
  entries: Array.from({ length: count }, (_, i) => ({
    uuid: `D1A2B3C4E5F60718293A4B5C6D7E8F${String(i).padStart(2, '0')}`,
    creationDate: new Date(Date.UTC(2024, 2, 15 + i, 8, 30)).toISOString().replace('.000', ''),
    modifiedDate: new Date(Date.UTC(2024, 2, 16 + i, 9, 0)).toISOString().replace('.000', ''),
    timeZone: 'Europe/London',
    text: i === 0 ? '# Morning pages\n\nCoffee, rain and a long walk\\.' : `Day ${i + 1} in the mountains\n\nWe climbed to the hut\\!`,
    tags: i === 0 ? ['mornings'] : [],
    starred: i === 1,
    photos: i === 0 ? [{ identifier: 'ABC', md5: '0f1e', type: 'jpeg' }] : undefined,
  })),
})

export const dayOneZip = (count = 3) =>
  zipSync({ 'Journal.json': enc(JSON.stringify(dayOneJournal(count))), 'photos/0f1e.jpeg': new Uint8Array(2048).fill(7) })

export const jrnlJson = () =>
  enc(
    JSON.stringify({
      tags: { '@garden': 2 },
      entries: [
        { title: 'Planted the tulips.', body: ' Forty bulbs along the fence. @garden', date: '2023-10-01', time: '17:45', tags: ['@garden'], starred: false },
        { title: 'First frost.', body: '', date: '2023-11-12', time: '07:10', tags: ['@garden'], starred: true },
      ],
    }),
  )

export const markdownZip = () =>
  zipSync({
    'Journal/2022-05-01 Lisbon.md': enc('---\ntitle: "Lisbon"\ncreated: 2022-05-01T10:00:00Z\ntags: [travel, "city"]\n---\n\n# Lisbon\n\nTrams and custard tarts.\n'),
    'Journal/Untitled walk.md': enc("---\ndate: '2022-06-03'\ntags:\n  - walks\n---\nA quiet loop by the canal.\n"),
    'Journal/README.md': enc('Not an entry.'),
  })
