// Issue 11, deliver 12: a partner renames themself from the security page. The name lives in the
// journal manifest's clear header, which the vault authenticates; the rename is a normal save.
import { rm } from 'node:fs/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { createVault } from '../../../electron/services/vault'
import { newCouple, PASS, type Couple } from '../journal/helpers'

let couple: Couple | undefined
afterEach(async () => {
  if (couple) await rm(couple.dir, { recursive: true, force: true })
  couple = undefined
})

describe('renaming a partner', () => {
  it('Rio becomes Jo: the new name shows while unlocked, on the unlock screen after a lock, and in a fresh process', async () => {
    const c = (couple = await newCouple())
    await c.as('B')
    const before = c.vault.status().generation ?? 0
    const status = await c.vault.renamePartner('Jo')
    expect(status.partners).toEqual([{ id: 'A', name: 'Sam' }, { id: 'B', name: 'Jo' }])
    expect(status.generation).toBe(before + 1)
    c.vault.lock('user')
    expect(c.vault.status().partners.map((p) => p.name)).toEqual(['Sam', 'Jo'])
    const fresh = createVault({ dataDir: c.dir, kdf: { alg: 'scrypt', logN: 10, r: 8, p: 1 }, allowWeakKdf: true })
    expect((await fresh.load()).partners.map((p) => p.name)).toEqual(['Sam', 'Jo'])
    expect((await fresh.unlock('B', PASS.B)).partners.map((p) => p.name)).toEqual(['Sam', 'Jo'])
  })

  it('a partner renames only themself, and not while locked', async () => {
    const c = (couple = await newCouple())
    await c.as('A')
    await c.vault.renamePartner('Ama')
    expect(c.vault.status().partners).toEqual([{ id: 'A', name: 'Ama' }, { id: 'B', name: 'Rio' }])
    c.vault.lock('user')
    await expect(c.vault.renamePartner('X')).rejects.toMatchObject({ code: 'locked' })
  })
})
