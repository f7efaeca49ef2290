// The desktop preferences' plain values, apart from their zod schemas (desktop.ts), so the
// renderer's first chunk can use them without carrying zod (~90 KB) to the unlock screen.

export const THEMES = ['system', 'light', 'dark'] as const
export type Theme = (typeof THEMES)[number]

/** Text size as a factor of the default: 87.5 % to 200 %, in steps of 12.5 %. */
export const TEXT_SCALE = { min: 0.875, max: 2, step: 0.125, default: 1 } as const
