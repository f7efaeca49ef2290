// A dated plan reminds on its day, as wired in the composition root: saving or removing a plan
// hands the shell new non-secret reminder times (ids and times, never the plan's words).
import { describe, expect, it } from 'vitest'
import { createServices } from '../../../electron/services'
import type { ReminderItem } from '../../../shared/logic/reminders'
import { trackedTempDir } from '../temp-dirs'

const KDF = { alg: 'scrypt', logN: 10, r: 8, p: 1 } as const
const PASS = { A: 'lantern over the harbour', B: 'kites above the orchard' }
const day = (offset: number) => {
  const d = new Date()
  d.setDate(d.getDate() + offset)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

describe('story: a plan for Friday reminds the couple on Friday, without its words', () => {
  it('saving a plan schedules it; removing it unschedules it', async () => {
    const sent: ReminderItem[][] = []
    const services = await createServices({
      dataDir: await trackedTempDir('hearth-plans-'),
      appInfo: { name: 'Hearth', version: 'test', platform: 'linux' },
      kdf: KDF,
      allowWeakKdf: true,
      emit: () => {},
      reminders: (items) => sent.push(items),
    })
    try {
      expect((await services.dispatch('vault:create', { partners: [{ name: 'Sam', passphrase: PASS.A }, { name: 'Rio', passphrase: PASS.B }] })).ok).toBe(true)
      expect((await services.dispatch('vault:unlock', { partner: 'A', passphrase: PASS.A })).ok).toBe(true)
      const saved = await services.dispatch('plans:save', { date: day(3), what: 'The cinema on the corner' })
      expect(saved.ok).toBe(true)
      const id = (saved as { value: { id: string } }).value.id
      const last = sent[sent.length - 1]!
      expect(last.filter((i) => i.kind === 'plan').map((i) => i.id)).toEqual([`plan:${id}:${day(3)}`])
      expect(JSON.stringify(sent)).not.toContain('cinema')
      expect((await services.dispatch('plans:remove', { id })).ok).toBe(true)
      expect(sent[sent.length - 1]!.filter((i) => i.kind === 'plan')).toEqual([])
    } finally {
      services.dispose()
    }
  })
})
