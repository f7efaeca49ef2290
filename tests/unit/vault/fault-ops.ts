// The write operations of the fault-injection matrix (faults.test.ts). Each names how to run it,
// how a fresh process tells whether it landed, and what "exactly once" means for it, so the
// runner can check every answer against the disk.

import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { passphraseBytes } from '../../../electron/services/vault/kdf'
import { openSlot } from '../../../electron/services/vault/keyslots'
import { parseManifest } from '../../../electron/services/vault/manifest'
import { parseRecoveryCode } from '../../../electron/services/vault/recovery-code'
import type { Vault } from '../../../electron/services/vault/types'
import type { HearthVault } from '../../../electron/services/vault/vault'
import { rewriteStore, sharedKey } from './tamper'
import { PASS_A } from './helpers'

export const NEW_A = 'the new passphrase of Sam'

/** A's slots of `type` in the journal on disk that `secret` opens (0, 1, ...), and all of A's of that type. */
export const slotsOpening = async (dir: string, type: 'passphrase' | 'recovery', secret: Uint8Array): Promise<{ opening: number; total: number; pkIds: string[] }> => {
  const parsed = parseManifest(await readFile(join(dir, 'journal.hearth'), 'utf8'), 'journal')
  if (!parsed.ok) throw new Error(`journal.hearth does not parse: ${parsed.why}`)
  const mine = (parsed.manifest.header.keyslots ?? []).filter((s) => s.partner === 'A' && s.type === type)
  const pkIds: string[] = []
  for (const slot of mine) {
    const opened = await openSlot(parsed.manifest.vaultId, slot, secret.slice(), true)
    if (opened) pkIds.push(opened.keyset.pk.id)
  }
  return { opening: pkIds.length, total: mine.length, pkIds }
}

export const codeBytes = (code: string): Uint8Array => parseRecoveryCode(code)!

/** What a case knows: the vault under test, its folder, the records saved before the fault. */
export interface Ctx {
  dir: string
  vault: Vault
  codes: { A: string; B: string }
  ids: { shared: string; mine: string; line: string }
  /** Set by a setup step: the new recovery code waiting for confirmation, the old private key id. */
  pendingCode?: string
  pkId?: string
  backupGen?: number
}

export interface Op {
  name: string
  /** Before the fault: brings the vault into the state the operation needs (default: nothing). */
  setup?: (c: Ctx) => Promise<void>
  run: (c: Ctx) => Promise<unknown>
  /** The retry a person would make after "not saved" (default: run again). */
  retry?: (c: Ctx) => Promise<unknown>
  /** Whether the change is on disk, read by a fresh vault unlocked as A (null for restore). */
  landed: (c: Ctx, fresh: Vault | null) => Promise<boolean>
  /** After a retry (or a first 'ok'): the change is there exactly once. Returns a problem or null. */
  once: (c: Ctx, fresh: Vault | null) => Promise<string | null>
  /** Unlocked operations keep the session; restore has none. */
  locked?: boolean
}

const entries = (v: Vault) => v.store('journal').list<string>('entry')
const count = (v: Vault, body: string) => entries(v).filter((r) => r.body === body).length

export const OPS: Op[] = [
  {
    name: 'new entry (put)',
    run: (c) => c.vault.store('journal').put({ kind: 'entry', owner: 'A', body: 'a new entry' }),
    landed: async (_, f) => count(f!, 'a new entry') > 0,
    once: async (_, f) => (count(f!, 'a new entry') === 1 ? null : `${count(f!, 'a new entry')} copies of the new entry`),
  },
  {
    name: 'entry edit',
    run: (c) => c.vault.store('journal').put({ id: c.ids.mine, kind: 'entry', owner: 'A', body: 'edited', expectedRev: 1 }),
    landed: async (c, f) => f!.store('journal').get(c.ids.mine)?.body === 'edited',
    once: async (c, f) => (f!.store('journal').get(c.ids.mine)?.rev === 2 ? null : `rev ${f!.store('journal').get(c.ids.mine)?.rev}`),
  },
  {
    name: 'delete (remove)',
    run: (c) => c.vault.store('journal').remove(c.ids.shared),
    landed: async (c, f) => f!.store('journal').get(c.ids.shared) === undefined,
    once: async (c, f) => (f!.store('journal').get(c.ids.shared) === undefined ? null : 'still there'),
  },
  {
    name: 'boundaries save',
    run: (c) => c.vault.store('boundaries').put({ kind: 'line', owner: 'shared', body: 'a new line' }),
    landed: async (_, f) => f!.store('boundaries').list('line').some((r) => r.body === 'a new line'),
    once: async (_, f) => {
      const n = f!.store('boundaries').list('line').filter((r) => r.body === 'a new line').length
      return n === 1 ? null : `${n} copies of the new line`
    },
  },
  {
    name: 'passphrase change',
    run: (c) => c.vault.changePassphrase(PASS_A, NEW_A),
    landed: async (c) => (await slotsOpening(c.dir, 'passphrase', passphraseBytes(NEW_A))).opening > 0,
    once: async (c) => {
      const [old, next] = [await slotsOpening(c.dir, 'passphrase', passphraseBytes(PASS_A)), await slotsOpening(c.dir, 'passphrase', passphraseBytes(NEW_A))]
      return old.opening === 0 && next.opening === 1 && next.total === 1 ? null : `old opens ${old.opening}, new opens ${next.opening} of ${next.total}`
    },
  },
  {
    name: 'new recovery code',
    run: async (c) => {
      c.pendingCode = (await c.vault.newRecoveryCode(PASS_A)).recoveryCode
    },
    // Not shown means not saved: exactly one recovery slot of A (the old) on disk.
    landed: async (c) => (await slotsOpening(c.dir, 'recovery', codeBytes(c.codes.A))).total > 1,
    once: async (c) => {
      const old = await slotsOpening(c.dir, 'recovery', codeBytes(c.codes.A))
      const next = await slotsOpening(c.dir, 'recovery', codeBytes(c.pendingCode!))
      return old.opening === 1 && next.opening === 1 && old.total === 2 ? null : `old code opens ${old.opening}, new ${next.opening}, slots ${old.total}`
    },
  },
  {
    name: 'recovery code confirm',
    setup: async (c) => {
      c.pendingCode = (await c.vault.newRecoveryCode(PASS_A)).recoveryCode
    },
    run: (c) => c.vault.confirmRecoveryCode(),
    landed: async (c) => (await slotsOpening(c.dir, 'recovery', codeBytes(c.codes.A))).opening === 0,
    once: async (c) => {
      const old = await slotsOpening(c.dir, 'recovery', codeBytes(c.codes.A))
      const next = await slotsOpening(c.dir, 'recovery', codeBytes(c.pendingCode!))
      return old.opening === 0 && next.opening === 1 && next.total === 1 ? null : `old code opens ${old.opening}, new ${next.opening} of ${next.total}`
    },
  },
  {
    name: 'key rotation',
    setup: async (c) => {
      c.pkId = (await slotsOpening(c.dir, 'passphrase', passphraseBytes(PASS_A))).pkIds[0]
    },
    run: (c) => c.vault.rotatePrivateKey(PASS_A),
    landed: async (c) => (await slotsOpening(c.dir, 'passphrase', passphraseBytes(PASS_A))).pkIds[0] !== c.pkId,
    once: async (c) => {
      const pass = await slotsOpening(c.dir, 'passphrase', passphraseBytes(PASS_A))
      const rec = await slotsOpening(c.dir, 'recovery', codeBytes(c.codes.A))
      // Both of A's slots must hold the same (new) private key.
      return pass.pkIds[0] !== c.pkId && rec.pkIds[0] === pass.pkIds[0] ? null : `passphrase pk ${pass.pkIds[0]}, recovery pk ${rec.pkIds[0]}, before ${c.pkId}`
    },
  },
  {
    name: 'backup restore (needs-recovery)',
    locked: true,
    setup: async (c) => {
      const gens = await c.vault.backups()
      c.backupGen = gens[0]!.generation
      c.vault.lock('user')
      await writeFile(join(c.dir, 'journal.hearth'), '{"format":"hearth", damaged')
      await c.vault.load()
    },
    run: (c) => c.vault.restoreBackup(c.backupGen!),
    landed: async (c) => parseManifest(await readFile(join(c.dir, 'journal.hearth'), 'utf8').catch(() => ''), 'journal').ok,
    once: async () => null,
  },
  {
    // Version 3's upgrade: segments without a kind index written again with one (the save
    // warmStep queues after unlock; called here directly so that its failure is an answer).
    name: 'kind index upgrade (reindex)',
    setup: async (c) => {
      c.vault.lock('user')
      await rewriteStore(c.dir, 'journal', await sharedKey(c.dir, 'A', PASS_A), (records) => records)
      await c.vault.unlock('A', PASS_A)
    },
    run: (c) => {
      const vault = c.vault as HearthVault
      return vault.enqueue(() => vault.session!.stores.journal.reindex())
    },
    // A fresh unlock leaves records sealed only when their segment has an index.
    landed: async (_, f) => (f as HearthVault).session!.stores.journal.waitingCount > 0,
    once: async (_, f) => ((f as HearthVault).session!.stores.journal.unindexed.size === 0 ? null : 'segments still without an index'),
  },
]
