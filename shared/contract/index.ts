import type { Result } from '../result'
import type { ChannelMap, RequestOf, ResponseOf } from './define'
import type { EventMap, EventName } from './events'
import { appChannels } from './app'
import { vaultChannels } from './vault'
import { boundariesChannels } from './boundaries'
import { worksheetsChannels } from './worksheets'
import { journalChannels } from './journal'
import { guidedChannels } from './rituals-guided'
import { desktopChannels } from './desktop'
import { carryChannels } from './carry'
import { agreementDraftChannels } from './agreement-draft'
import { plansChannels } from './plans'
import { repliesChannels } from './replies'
import type { ListedChannelName } from './names'

/**
 * The only list of IPC channels. Main registers exactly these (the boot check proves it), the
 * preload forwards exactly these, and the harness serves exactly these.
 */
export const channels = {
  ...appChannels,
  ...vaultChannels,
  ...boundariesChannels,
  ...worksheetsChannels,
  ...journalChannels,
  ...guidedChannels,
  ...desktopChannels,
  ...carryChannels,
  ...agreementDraftChannels,
  ...plansChannels,
  ...repliesChannels,
} satisfies ChannelMap

export type Channels = typeof channels
export type ChannelName = keyof Channels
export const CHANNEL_NAMES = Object.keys(channels) as ChannelName[]

// Compile-time proof that names.ts lists exactly the contract's channels (a channel added to one
// and not the other makes one of these types non-never, and this assignment fails to compile).
type Unlisted = Exclude<ChannelName, ListedChannelName>
type Unknown = Exclude<ListedChannelName, ChannelName>
export const CHANNEL_LIST_MATCHES: [Unlisted, Unknown] extends [never, never] ? true : never = true

export const isChannelName = (value: unknown): value is ChannelName =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(channels, value)

export type Req<K extends ChannelName> = RequestOf<Channels[K]>
export type Res<K extends ChannelName> = ResponseOf<Channels[K]>

/** `window.journal`: the same type in preload (satisfies) and renderer. */
export interface JournalApi {
  invoke<K extends ChannelName>(channel: K, request: Req<K>): Promise<Result<Res<K>>>
  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void
}

export type { EventMap, EventName }
export { EVENT_NAMES } from './events'
