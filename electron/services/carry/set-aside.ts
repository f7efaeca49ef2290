// Nothing is overwritten when a journal is replaced: the files that are here are moved, whole, into
// a folder beside them whose name says when and why ("set-aside-2026-12-02T10-00-00 (before
// restore)"), and can be moved back from the security page or the unlock screen.

import { readdir, rmdir } from 'node:fs/promises'
import { join } from 'node:path'
import { HearthError } from '../../../shared/result'
import type { SetAsideJournal } from '../../../shared/contract/carry'
import { createVault } from '../vault'
import type { CarryDeps } from './deps'
import { CMSG } from './messages'
import { moveVaultEntries, vaultEntries } from './vault-files'

const SET_ASIDE =
  /^set-aside-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})(?:-\d+)? \((before restore|before bringing back)\)$/

export type SetAsideReason = 'before restore' | 'before bringing back'

/** A Windows-legal folder name (no colons) that sorts by time. */
export const setAsideName = (now: Date, reason: SetAsideReason, taken: ReadonlySet<string>): string => {
  const stamp = now.toISOString().slice(0, 19).replace(/:/g, '-')
  for (let n = 0; ; n++) {
    const name = `set-aside-${stamp}${n ? `-${n}` : ''} (${reason})`
    if (!taken.has(name)) return name
  }
}

/** Moves the journal here (if there is one) into a new set-aside folder; returns its name or null. */
export async function setAsideCurrent(dataDir: string, now: Date, reason: SetAsideReason): Promise<string | null> {
  if ((await vaultEntries(dataDir)).length === 0) return null
  const name = setAsideName(now, reason, new Set(await readdir(dataDir)))
  await moveVaultEntries(dataDir, join(dataDir, name))
  return name
}

export function createSetAsideService(deps: CarryDeps) {
  const list = async (): Promise<SetAsideJournal[]> => {
    const names = (await readdir(deps.dataDir).catch(() => [] as string[]))
      .filter((n) => SET_ASIDE.test(n))
      .sort()
      .reverse()
    const out: SetAsideJournal[] = []
    for (const name of names) {
      const m = SET_ASIDE.exec(name)
      if (!m) continue
      // Opening the folder as a vault reads only its clear header: names and when it was saved.
      const status = await createVault({ dataDir: join(deps.dataDir, name), ...deps.vaultOptions })
        .load()
        .catch(() => null)
      out.push({
        name,
        setAsideAt: `${m[1]}T${m[2]}:${m[3]}:${m[4]}.000Z`,
        partners: status?.partners.map((p) => p.name) ?? [],
        lastSavedAt: status?.lastSavedAt ?? null,
      })
    }
    return out
  }

  const bringBack = async (name: string) => {
    if (deps.vault.status().state === 'unlocked') throw new HearthError('conflict', CMSG.lockFirst)
    if (!SET_ASIDE.test(name) || !(await list()).some((s) => s.name === name))
      throw new HearthError('not-found', CMSG.noSetAside)
    const setAside = await deps.enqueue(async () => {
      const from = join(deps.dataDir, name)
      if ((await vaultEntries(from)).length === 0) throw new HearthError('not-found', CMSG.noSetAside)
      const aside = await setAsideCurrent(deps.dataDir, deps.clock.now(), 'before bringing back')
      await moveVaultEntries(from, deps.dataDir)
      // Only if empty: anything else in it (a quarantined file) stays where it is.
      await rmdir(from).catch(() => {})
      return aside
    })
    return { status: await deps.vault.load(), setAside }
  }

  return { list, bringBack }
}
