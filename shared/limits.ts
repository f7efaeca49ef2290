// Limits and small enumerations both the contract's schemas and the renderer's forms use. Kept
// apart from the contract so that the renderer can import them without bundling zod.

/** Longest answer, entry or note a person can write in one piece. */
export const TEXT_MAX_LENGTH = 20_000
export const TITLE_MAX_LENGTH = 200
export const SEARCH_MAX_LENGTH = 200

export const LISTENING_TURN_MIN_SECONDS = 5
export const LISTENING_TURN_MAX_SECONDS = 15 * 60
export const CUSTOM_VALUES_MAX = 30
export const RITUALS_MAX = 40
export const RITUAL_FEELINGS = ['lovely', 'good', 'okay', 'hard'] as const
export type RitualFeeling = (typeof RITUAL_FEELINGS)[number]
