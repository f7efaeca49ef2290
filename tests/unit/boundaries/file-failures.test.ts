// The boundaries agreement lives in its own files. When they are damaged, Hearth must say so and
// must never write over them: the vault sets the damaged file aside byte for byte and loads the
// newest good backup. These tests prove that holds for the agreement, signatures included.

import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { PASS_A, PASS_B, firstDraft, newCouple, type Couple } from './helpers'

let c: Couple
beforeEach(async () => {
  c = await newCouple()
})

const manifest = () => join(c.dir, 'boundaries.hearth')

/** Revision 1 agreed by both, then revision 2 saved by Rio (so a backup of the agreed state exists). */
const agreeThenEdit = async () => {
  await c.as('A')
  await c.service.save(firstDraft())
  await c.service.sign(1, PASS_A)
  await c.as('B')
  await c.service.sign(1, PASS_B)
  await c.service.save(firstDraft({ basedOn: 1, reviewDate: null }))
}

const quarantined = async () => (await readdir(c.dir)).filter((f) => f.startsWith('boundaries.hearth.unreadable-'))

const damage = {
  tampered: (bytes: Buffer) => {
    const copy = Buffer.from(bytes)
    const at = Math.floor(copy.length * 0.6)
    copy[at] = copy[at] === 0x41 ? 0x42 : 0x41
    return copy
  },
  truncated: (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length / 2)),
}

describe('threat: the boundaries file is damaged on disk', () => {
  for (const [how, spoil] of Object.entries(damage)) {
    it(`a ${how} boundaries file is set aside unchanged, the reason is shown, and a good copy is loaded`, async () => {
      await agreeThenEdit()
      await c.reopen()
      const damaged = spoil(await readFile(manifest()))
      await writeFile(manifest(), damaged)

      await c.as('A')
      const view = c.service.view()
      // Said plainly on the boundaries page.
      expect(view.fileNotice).toMatch(/boundaries file could not be read/)
      // Never overwritten: the damaged bytes are kept aside exactly as they were.
      const aside = await quarantined()
      expect(aside).toHaveLength(1)
      expect(await readFile(join(c.dir, aside[0]!))).toEqual(damaged)
      // The newest good backup came back, with signatures that still verify.
      expect(view.lastAgreed).toBe(1)
      expect(view.latest?.chainOk).toBe(true)
      // The journal itself was not touched by the boundaries failure.
      expect(c.vault.status().state).toBe('unlocked')
    })
  }

  it('a damaged boundaries file with no good backup starts a new agreement and keeps the old file aside', async () => {
    await c.as('A')
    await c.reopen()
    const before = await readFile(manifest())
    const backups = join(c.dir, 'boundaries.backups')
    for (const f of await readdir(backups)) await writeFile(join(backups, f), 'not a backup')
    await writeFile(manifest(), before.subarray(0, 20))
    await c.as('A')
    const view = c.service.view()
    expect(view.fileNotice).toMatch(/no good backup/)
    expect(view.latest).toBeNull()
    const aside = await quarantined()
    expect(await readFile(join(c.dir, aside[0]!))).toEqual(before.subarray(0, 20))
  })
})
