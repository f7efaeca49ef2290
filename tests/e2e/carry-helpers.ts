// Steps the carry stories share: seeding a journal through the services and reading back, through
// the same channels the screens use, everything one partner can see (to compare two journals).
import type { Harness } from '../harness/server'
import type { ChannelName, Req, Res } from '../../shared/contract'
import type { PartnerId } from '../../shared/domain'
import type { Person } from './couple'

export const rpc = async <K extends ChannelName>(harness: Harness, channel: K, request: Req<K>): Promise<Res<K>> => {
  const result = await harness.services.dispatch(channel, request)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value as Res<K>
}

const as = async (harness: Harness, partner: PartnerId, who: Person) => {
  if (harness.services.vault.status().state === 'unlocked') await rpc(harness, 'vault:lock', {})
  await rpc(harness, 'vault:unlock', { partner, passphrase: who.passphrase })
}

/** A little of everything: each partner's private entries, notes both ways, a week, an agreement. */
export const seedJournal = async (harness: Harness, a: Person, b: Person): Promise<void> => {
  await as(harness, 'A', a)
  await rpc(harness, 'private:save', { title: 'The lighthouse', text: `${a.name}'s own words about the lighthouse.` })
  await rpc(harness, 'private:save', { title: 'Winter plans', text: `${a.name} wants to learn the cello.` })
  await rpc(harness, 'notes:send', { text: 'Thank you for the soup.' })
  // A new couple's first week starts sealed; this couple chose to write it open.
  await rpc(harness, 'reflection:set-sealed', { week: '2026-W49', sealed: false })
  await rpc(harness, 'reflection:save-draft', { week: '2026-W49', answers: { connected: 'Our walk by the river' } })
  await rpc(harness, 'boundaries:save', { basedOn: 0, sections: [], items: [{ id: 'i1', sectionId: 'space', text: 'Phones away at dinner.' }], reviewDate: null })
  await as(harness, 'B', b)
  await rpc(harness, 'private:save', { title: 'Marmalade', text: `${b.name}'s secret marmalade recipe.` })
  await rpc(harness, 'notes:send', { text: 'Thank you for the walk.' })
  await rpc(harness, 'reflection:save-draft', { week: '2026-W49', answers: { connected: 'Laughing at the ducks' } })
  await rpc(harness, 'vault:lock', {})
}

/** Everything `partner` can read, channel by channel, record by record. */
export const whatPartnerSees = async (harness: Harness, partner: PartnerId, who: Person) => {
  await as(harness, partner, who)
  const list = await rpc(harness, 'private:list', {})
  const seen = {
    entries: await Promise.all(list.map((e) => rpc(harness, 'private:get', { id: e.id }))),
    notes: await rpc(harness, 'notes:list', {}),
    weeks: await rpc(harness, 'reflection:list', {}),
    week: await rpc(harness, 'reflection:get', { week: '2026-W49' }),
    agreement: await rpc(harness, 'boundaries:get', {}),
  }
  await rpc(harness, 'vault:lock', {})
  return seen
}
