import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { VERSION, type SealedRecord } from '../../../electron/services/vault/format'
import { codeOf, newVault, openVault, PASS_A, PASS_B, snapshot } from './helpers'
import { readStore, rewriteStore, sharedKey } from './tamper'

describe('partners cannot read or write each other\'s private entries', () => {
  it("partner B's passphrase and B's recovery code cannot open A's private records", async () => {
    const { dir, vault, codes } = await newVault()
    await vault.unlock('A', PASS_A)
    const secret = await vault.store('journal').put({ kind: 'entry', owner: 'A', body: 'A only' })
    vault.lock('user')

    expect(await codeOf(vault.unlock('A', PASS_B))).toBe('wrong-passphrase')
    expect(await codeOf(vault.recover('A', codes.B, 'a brand new passphrase'))).toBe('wrong-passphrase')
    await vault.unlock('B', PASS_B)
    expect(vault.store('journal').get(secret.id)).toBeUndefined()
    expect(vault.store('journal').list('entry')).toEqual([])
    // The API refuses B writing as A, or overwriting A's record by id.
    expect(await codeOf(vault.store('journal').put({ kind: 'entry', owner: 'A', body: 'forged' }))).toBe('forbidden')
    expect(await codeOf(vault.store('journal').put({ id: secret.id, kind: 'entry', owner: 'shared', body: 'x' }))).toBe('forbidden')
    expect(await codeOf(vault.store('journal').remove(secret.id))).toBe('not-found')
    // B's keyset never holds A's private key: no record B can open is A's private one.
    const { records } = await readStore(dir, 'journal', await sharedKey(dir, 'B', PASS_B))
    expect(records.find((r) => r.id === secret.id)?.owner).toBe('A')
  })

  it('a wrong passphrase writes nothing (directory listing and mtimes unchanged)', async () => {
    const { dir, vault } = await newVault()
    const before = await snapshot(dir)
    expect(await codeOf(vault.unlock('A', 'not the passphrase at all'))).toBe('wrong-passphrase')
    expect(await codeOf(vault.unlock('B', PASS_A))).toBe('wrong-passphrase')
    expect(await snapshot(dir)).toEqual(before)
    expect(vault.status().state).toBe('locked')
  })
})

describe('boxes moved by someone holding the shared key are rejected, kept and carried', () => {
  const setup = async () => {
    const { dir, vault } = await newVault()
    await vault.unlock('A', PASS_A)
    const j = vault.store('journal')
    const s1 = await j.put({ kind: 'entry', owner: 'shared', body: 'one' })
    const s2 = await j.put({ kind: 'entry', owner: 'shared', body: 'two' })
    const p1 = await j.put({ kind: 'entry', owner: 'A', body: 'private' })
    const b1 = await vault.store('boundaries').put({ kind: 'line', owner: 'shared', body: 'no phones at dinner' })
    vault.lock('user')
    return { dir, ids: { s1: s1.id, s2: s2.id, p1: p1.id, b1: b1.id }, sk: await sharedKey(dir, 'B', PASS_B) }
  }

  const expectUnreadable = async (dir: string, count: number, hidden: string[]) => {
    const v = openVault(dir)
    await v.unlock('A', PASS_A)
    expect(v.status().unreadableRecords).toBe(count)
    for (const id of hidden) expect(v.store('journal').get(id)).toBeUndefined()
    return v
  }

  it('boxes swapped between two records open for neither', async () => {
    const { dir, ids, sk } = await setup()
    await rewriteStore(dir, 'journal', sk, (rs) => {
      const a = rs.find((r) => r.id === ids.s1)!
      const b = rs.find((r) => r.id === ids.s2)!
      return rs.map((r) => (r === a ? { ...a, nonce: b.nonce, box: b.box } : r === b ? { ...b, nonce: a.nonce, box: a.box } : r))
    })
    const v = await expectUnreadable(dir, 2, [ids.s1, ids.s2])
    // Carried unchanged through a later save: the ciphertext is still on disk afterwards.
    const beforeSave = (await readStore(dir, 'journal', sk)).records.find((r) => r.id === ids.s1)
    await v.store('journal').put({ kind: 'entry', owner: 'shared', body: 'new' })
    const afterSave = (await readStore(dir, 'journal', sk)).records.find((r) => r.id === ids.s1)
    expect(afterSave).toEqual(beforeSave)
    expect(await codeOf(v.store('journal').put({ id: ids.s1, kind: 'entry', owner: 'shared', body: 'overwrite' }))).toBe('forbidden')
  })

  it('a private box relabelled as shared (owner and keyId) is rejected', async () => {
    const { dir, ids, sk } = await setup()
    const { records } = await readStore(dir, 'journal', sk)
    const skId = records.find((r) => r.owner === 'shared')!.keyId
    await rewriteStore(dir, 'journal', sk, (rs) => rs.map((r) => (r.id === ids.p1 ? { ...r, owner: 'shared', keyId: skId } : r)))
    await expectUnreadable(dir, 1, [ids.p1])
  })

  it('a record moved to another owner, a bumped revision, or another id is rejected', async () => {
    const { dir, ids, sk } = await setup()
    await rewriteStore(dir, 'journal', sk, (rs) =>
      rs.map((r): SealedRecord => (r.id === ids.s1 ? { ...r, rev: r.rev + 1 } : r.id === ids.s2 ? { ...r, id: 'elsewhere' } : r.id === ids.p1 ? { ...r, owner: 'B' } : r)),
    )
    const v = await expectUnreadable(dir, 2, [ids.s1, ids.s2, 'elsewhere', ids.p1])
    expect(v.store('journal').list('entry')).toEqual([])
  })

  it('a shared box moved from the boundaries store into the journal is rejected', async () => {
    const { dir, ids, sk } = await setup()
    const moved = (await readStore(dir, 'boundaries', sk)).records.find((r) => r.id === ids.b1)!
    await rewriteStore(dir, 'journal', sk, (rs) => [...rs, moved])
    await expectUnreadable(dir, 1, [ids.b1])
  })
})

describe('files that are damaged fail closed', () => {
  const small = async () => {
    const { dir, vault } = await newVault()
    await vault.unlock('A', PASS_A)
    await vault.store('journal').put({ kind: 'entry', owner: 'shared', body: 'hello' })
    await vault.store('journal').put({ kind: 'entry', owner: 'A', body: 'mine' })
    vault.lock('user')
    return dir
  }

  it('every byte of the manifest flipped, one at a time: quarantined or refused, never opened, nothing else written', async () => {
    const dir = await small()
    const path = join(dir, 'journal.hearth')
    const original = await readFile(path)
    const others = await snapshot(dir)
    delete others['journal.hearth']
    const seen = new Set<string>()
    for (let i = 0; i < original.length; i++) {
      const flipped = Buffer.from(original)
      flipped[i]! ^= 0x01
      await writeFile(path, flipped)
      const v = openVault(dir)
      const status = await v.load()
      expect(status.state).toBe('needs-recovery')
      const code = await codeOf(v.unlock('A', PASS_A))
      seen.add(code)
      expect(['corrupt', 'unsupported']).toContain(code)
      const names = await readdir(dir)
      const q = names.filter((n) => n.includes('.unreadable-'))
      if (code === 'corrupt') {
        // The damaged bytes are kept, exactly, under the quarantine name.
        expect(q).toHaveLength(1)
        expect((await readFile(join(dir, q[0]!))).equals(flipped)).toBe(true)
        await import('node:fs/promises').then((fs) => fs.unlink(join(dir, q[0]!)))
      } else {
        expect(q).toHaveLength(0)
        expect((await readFile(path)).equals(flipped)).toBe(true)
      }
    }
    await writeFile(path, original)
    const after = await snapshot(dir)
    delete after['journal.hearth']
    expect(after).toEqual(others)
    expect(seen.has('corrupt')).toBe(true)
  })

  it('every byte of a segment flipped: the hash mismatch refuses to open (corrupt), nothing written', async () => {
    const dir = await small()
    const segDir = join(dir, 'journal.seg')
    // The newest segment is the one the current manifest references (older ones belong to backups).
    const [name] = (await readdir(segDir)).sort((a, b) => parseInt(b) - parseInt(a))
    const path = join(segDir, name!)
    const original = await readFile(path)
    const before = await snapshot(dir)
    for (let i = 0; i < original.length; i++) {
      const flipped = Buffer.from(original)
      flipped[i]! ^= 0x01
      await writeFile(path, flipped)
      const v = openVault(dir)
      expect(await codeOf(v.unlock('A', PASS_A))).toBe('corrupt')
      expect(v.status().state).toBe('needs-recovery')
      expect(v.status().recovery?.quarantinedAs).toBeNull()
    }
    await writeFile(path, original)
    const after = await snapshot(dir)
    for (const k of Object.keys(before)) expect(after[k]?.bytes).toBe(before[k]!.bytes)
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort())
  })

  for (const [label, bytes] of [
    ['empty', () => Buffer.alloc(0)],
    ['zero-filled', () => Buffer.alloc(4096)],
    ['truncated', (b: Buffer) => b.subarray(0, Math.floor(b.length / 2))],
  ] as const) {
    it(`a ${label} manifest is set aside, reported as corrupt, and never overwritten`, async () => {
      const dir = await small()
      const path = join(dir, 'journal.hearth')
      const damaged = bytes(await readFile(path))
      await writeFile(path, damaged)
      const v = openVault(dir)
      const status = await v.load()
      expect(status.state).toBe('needs-recovery')
      expect(status.recovery?.quarantinedAs).toMatch(/journal\.hearth\.unreadable-/)
      expect(status.recovery?.newestGood?.generation).toBeGreaterThan(0)
      expect((await readFile(status.recovery!.quarantinedAs!)).equals(damaged)).toBe(true)
      expect(await codeOf(v.unlock('A', PASS_A))).toBe('corrupt')
      expect(await codeOf(v.create({ partners: [{ name: 'x', passphrase: 'xxxxxxxxxxxx' }, { name: 'y', passphrase: 'yyyyyyyyyyyy' }] }))).toBe('conflict')
      // A fresh process sees the same: still needs recovery, not a first run.
      expect((await openVault(dir).load()).state).toBe('needs-recovery')
    })

    it(`a ${label} segment is refused as corrupt without a crash or a write`, async () => {
      const dir = await small()
      const segDir = join(dir, 'journal.seg')
      for (const name of await readdir(segDir)) await writeFile(join(segDir, name), bytes(await readFile(join(segDir, name))))
      const before = await snapshot(dir)
      const v = openVault(dir)
      expect(await codeOf(v.unlock('A', PASS_A))).toBe('corrupt')
      expect(await snapshot(dir)).toEqual(before)
    })
  }

  it('a manifest from a newer Hearth version is refused as unsupported and left untouched', async () => {
    const dir = await small()
    const path = join(dir, 'journal.hearth')
    const m = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>
    await writeFile(path, JSON.stringify({ ...m, version: VERSION + 1 }))
    const before = await snapshot(dir)
    const v = openVault(dir)
    expect((await v.load()).state).toBe('needs-recovery')
    expect(await codeOf(v.unlock('A', PASS_A))).toBe('unsupported')
    expect(await codeOf(v.restoreBackup(1))).toBe('conflict')
    expect(await snapshot(dir)).toEqual(before)
  })
})
