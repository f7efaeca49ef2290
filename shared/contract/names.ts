// Every channel name, without the schemas: the preload and the e2e bridge check names against
// this list and so stay free of zod. shared/contract/index.ts proves at compile time that this
// list and the contract name exactly the same channels, so neither can drift.

export const CHANNEL_NAME_LIST = [
  'app:info', 'app:activity',
  'settings:get', 'settings:set-idle',
  'vault:status', 'vault:create', 'vault:unlock', 'vault:lock', 'vault:change-passphrase', 'vault:recover', 'vault:new-recovery-code', 'vault:rotate-private-key', 'vault:backups', 'vault:restore-backup', 'vault:confirm-recovery-code', 'vault:keep-current',
  'boundaries:get', 'boundaries:revision', 'boundaries:save', 'boundaries:sign', 'boundaries:compare',
  'print:save-pdf',
  'values:get-round', 'values:rate', 'values:finish', 'values:add-value', 'values:history',
  'cards:draw', 'cards:mark-discussed', 'cards:add', 'cards:history',
  'listening:log', 'listening:list',
  'rituals:list', 'rituals:save', 'rituals:delete', 'rituals:log', 'rituals:add-idea',
  'reflection:get', 'reflection:list', 'reflection:save-draft', 'reflection:submit',
  'private:list', 'private:get', 'private:save', 'private:delete',
  'notes:send', 'notes:list', 'notes:mark-read', 'notes:save-draft', 'notes:draft', 'notes:resurface',
  'history:overview',
  'search:query',
  'checkin:get', 'checkin:save', 'checkin:finish', 'checkin:list',
  'lovemaps:get', 'lovemaps:save', 'lovemaps:seal', 'lovemaps:mark',
  'repair:get', 'repair:save-draft', 'repair:share',
  'year:review',
  'decks:browse', 'decks:draw', 'decks:favourite',
  'prefs:get', 'prefs:set', 'app:about',
  'carry:status', 'carry:set-reminder', 'carry:backup', 'carry:restore-open', 'carry:restore', 'carry:restore-cancel', 'carry:set-asides', 'carry:bring-back', 'carry:export', 'carry:import-open', 'carry:import', 'carry:import-cancel',
  'reflection:set-sealed',
  'boundaries:save-draft', 'boundaries:draft',
  'app:listening-turn',
  'plans:list', 'plans:save', 'plans:remove',
  'vault:rename-partner',
  'replies:send', 'replies:list', 'replies:mark-seen',
] as const

export type ListedChannelName = (typeof CHANNEL_NAME_LIST)[number]

const NAMES: ReadonlySet<string> = new Set(CHANNEL_NAME_LIST)

export const isListedChannel = (value: unknown): value is ListedChannelName => typeof value === 'string' && NAMES.has(value)
