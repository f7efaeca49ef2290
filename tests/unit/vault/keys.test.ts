import { cp, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createVault } from '../../../electron/services/vault'
import { decodeSegment } from '../../../electron/services/vault/format'
import { formatCode, parseRecoveryCode } from '../../../electron/services/vault/recovery-code'
import { CHEAP, codeOf, newVault, openVault, PASS_A, PASS_B, snapshot, tempDir } from './helpers'
import { editClear, readJson } from './tamper'

const NEW_A = 'a fresh passphrase for Sam'

describe('passphrase change', () => {
  it('after a change only the new passphrase opens; old backup generations open only with the old one', async () => {
    const { dir, vault } = await newVault()
    await vault.unlock('A', PASS_A)
    const rec = await vault.store('journal').put({ kind: 'entry', owner: 'A', body: 'before the change' })
    const backupsBefore = await vault.backups()
    expect(await codeOf(vault.changePassphrase('wrong current passphrase', NEW_A))).toBe('wrong-passphrase')
    expect(await codeOf(vault.changePassphrase(PASS_A, 'short'))).toBe('weak-passphrase')
    await vault.changePassphrase(PASS_A, NEW_A)
    const slots = ((await readJson(join(dir, 'journal.hearth'))).header as { keyslots: { partner: string; type: string }[] }).keyslots
    expect(slots.filter((s) => s.partner === 'A' && s.type === 'passphrase')).toHaveLength(1)
    vault.lock('user')
    expect(await codeOf(vault.unlock('A', PASS_A))).toBe('wrong-passphrase')
    await vault.unlock('A', NEW_A)
    expect(vault.store('journal').get(rec.id)?.body).toBe('before the change')
    vault.lock('user')

    // An old generation (a backup from before the change) put back in place: old passphrase only.
    const old = backupsBefore[0]!.generation
    const copy = await tempDir()
    await cp(dir, copy, { recursive: true })
    await cp(join(copy, 'journal.backups', `${old}.hearth`), join(copy, 'journal.hearth'))
    const restored = openVault(copy)
    expect(await codeOf(restored.unlock('A', NEW_A))).toBe('wrong-passphrase')
    await restored.unlock('A', PASS_A)
    expect(restored.store('journal').get(rec.id)?.body).toBe('before the change')
  })
})

describe('recovery codes', () => {
  it('codes are 128-bit, grouped, and accept case, spaces, dashes and look-alike letters', () => {
    const bytes = new Uint8Array(16).map((_, i) => i * 17)
    const code = formatCode(bytes)
    expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}$/)
    const sloppy = ` ${code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l')} `
    expect(parseRecoveryCode(sloppy)).toEqual(bytes)
    const typo = code.slice(0, 5) + (code[5] === 'A' ? 'B' : 'A') + code.slice(6)
    expect(parseRecoveryCode(typo)).toBeNull()
  })

  it('a partner who forgot their passphrase recovers with their code, sets a new one and gets a new code', async () => {
    const { vault, codes } = await newVault()
    await vault.unlock('A', PASS_A)
    const mine = await vault.store('journal').put({ kind: 'entry', owner: 'A', body: 'kept' })
    vault.lock('user')
    expect(await codeOf(vault.recover('A', 'AAAA-BBBB', NEW_A))).toBe('wrong-passphrase')
    const { status, recoveryCode } = await vault.recover('A', codes.A, NEW_A)
    expect(status).toMatchObject({ state: 'unlocked', active: 'A', recoveryCodePending: true })
    expect(vault.store('journal').get(mine.id)?.body).toBe('kept')
    expect(recoveryCode).not.toBe(codes.A)
    // The new code is shown; until A confirms saving it, the used code still works.
    expect((await vault.confirmRecoveryCode()).recoveryCodePending).toBe(false)
    vault.lock('user')
    expect(await codeOf(vault.unlock('A', PASS_A))).toBe('wrong-passphrase')
    expect(await codeOf(vault.recover('A', codes.A, 'yet another passphrase'))).toBe('wrong-passphrase')
    await vault.unlock('A', NEW_A)
    vault.lock('user')
    await vault.recover('A', recoveryCode, 'third passphrase here')
    await vault.confirmRecoveryCode()
    // B is untouched by A's recovery.
    vault.lock('user')
    await vault.unlock('B', PASS_B)
  })

  it('a new recovery code works beside the old one until it is confirmed; a lock before confirming keeps the old one', async () => {
    const { vault, codes } = await newVault()
    await vault.unlock('A', PASS_A)
    const first = await vault.newRecoveryCode(PASS_A)
    // A crash (here: a lock) before the code was confirmed: the printed code still works, and so
    // does the one that may have been on screen.
    vault.lock('user')
    await vault.recover('A', codes.A, 'passphrase after crash')
    await vault.confirmRecoveryCode()
    vault.lock('user')
    expect(await codeOf(vault.recover('A', first.recoveryCode, 'and yet another one'))).toBe('wrong-passphrase')
    expect(await codeOf(vault.recover('A', codes.A, 'and yet another one'))).toBe('wrong-passphrase')
    expect(await codeOf(vault.confirmRecoveryCode())).toBe('locked')
  })

  it('a new recovery code replaces the old one and survives a key rotation', async () => {
    const { vault, codes } = await newVault()
    await vault.unlock('B', PASS_B)
    const { recoveryCode } = await vault.newRecoveryCode(PASS_B)
    expect(await codeOf(vault.rotatePrivateKey(PASS_B))).toBe('conflict') // confirm the code first
    await vault.confirmRecoveryCode()
    await vault.rotatePrivateKey(PASS_B)
    vault.lock('user')
    expect(await codeOf(vault.recover('B', codes.B, 'new B passphrase!'))).toBe('wrong-passphrase')
    await vault.recover('B', recoveryCode, 'new B passphrase!')
  })
})

describe('private-key rotation', () => {
  it('rotation reseals only the active partner\'s records, keeps them readable, and drops old generations', async () => {
    const { dir, vault, codes } = await newVault()
    await vault.unlock('A', PASS_A)
    const j = vault.store('journal')
    const mine = await j.put({ kind: 'entry', owner: 'A', body: 'private' })
    const ours = await j.put({ kind: 'entry', owner: 'shared', body: 'shared' })
    const keyIdBefore = (await readSealed(dir)).find((r) => r.id === mine.id)!.keyId
    expect(await codeOf(vault.rotatePrivateKey('not it at all'))).toBe('wrong-passphrase')
    await vault.rotatePrivateKey(PASS_A)
    const after = await readSealed(dir)
    expect(after.find((r) => r.id === mine.id)!.keyId).not.toBe(keyIdBefore)
    expect(await vault.backups()).toHaveLength(1)
    vault.lock('user')
    await vault.unlock('A', PASS_A)
    expect(vault.store('journal').get(mine.id)?.body).toBe('private')
    expect(vault.store('journal').get(ours.id)?.body).toBe('shared')
    expect(vault.status().unreadableRecords).toBe(0)
    vault.lock('user')
    // The recovery slot was rewrapped too: the printed code still opens the new key.
    await vault.recover('A', codes.A, NEW_A)
    expect(vault.store('journal').get(mine.id)?.body).toBe('private')
  })
})

const readSealed = async (dir: string): Promise<{ id: string; keyId: string }[]> => {
  const out: { id: string; keyId: string }[] = []
  const manifest = await readJson(join(dir, 'journal.hearth'))
  void manifest
  const segs = await readdir(join(dir, 'journal.seg'))
  const newest = segs.sort((a, b) => parseInt(b) - parseInt(a))[0]!
  out.push(...(decodeSegment(await readFile(join(dir, 'journal.seg', newest)))?.records ?? []))
  return out
}

describe('KDF parameters are bounded on read', () => {
  it('a tampered slot asking for scrypt beyond the ceiling is refused quickly, nothing written', async () => {
    // logN 20 with r 16 is within each bound alone but asks for 2 GiB: refused too.
    for (const kdf of [{ logN: 21 }, { r: 17 }, { p: 5 }, { logN: 20, r: 16 }]) {
      const { dir, vault } = await newVault()
      await editClear(join(dir, 'journal.hearth'), (m) => {
        for (const s of m.header.keyslots) Object.assign(s.kdf, kdf)
      })
      const before = await snapshot(dir)
      const started = Date.now()
      expect(await codeOf(openVault(dir).unlock('A', PASS_A))).toBe('unsupported')
      expect(Date.now() - started).toBeLessThan(1000)
      expect(await snapshot(dir)).toEqual(before)
      void vault
    }
  })

  it('a cheap-KDF file (as tests make) is refused by the production reader (floor, no downgrade)', async () => {
    const { dir } = await newVault()
    const production = createVault({ dataDir: dir })
    const before = await snapshot(dir)
    expect(await codeOf(production.unlock('A', PASS_A))).toBe('unsupported')
    expect(await snapshot(dir)).toEqual(before)
    expect(await codeOf(async () => createVault({ dataDir: dir, kdf: CHEAP }))).toBe('unsupported')
  })

  it('a slot below the current default is rewrapped at the default after a successful unlock', async () => {
    const { dir } = await newVault()
    const stronger = openVault(dir, { kdf: { ...CHEAP, logN: 11 } })
    await stronger.unlock('A', PASS_A)
    const slots = ((await readJson(join(dir, 'journal.hearth'))).header as { keyslots: { partner: string; type: string; kdf: { logN: number } }[] }).keyslots
    expect(slots.find((s) => s.partner === 'A' && s.type === 'passphrase')!.kdf.logN).toBe(11)
    expect(slots.find((s) => s.partner === 'B' && s.type === 'passphrase')!.kdf.logN).toBe(10)
    stronger.lock('user')
    await stronger.unlock('A', PASS_A)
  })
})
