// Where the window opens: where it was, if that place is still on a connected display. Pure:
// saved bounds and the displays' work areas in, the bounds to use out.
import type { WindowBounds } from '../../shared/contract/desktop'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export const DEFAULT_SIZE = { width: 1120, height: 780 }
export const MIN_SIZE = { width: 720, height: 560 }
/** At least this much of the title bar must be on a display, or the window is brought back. */
const VISIBLE = 64

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max)

const overlap = (a: Rect, b: Rect): number => {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return w > 0 && h > 0 ? w * h : 0
}

const centred = (area: Rect, width: number, height: number): Rect => ({
  x: Math.round(area.x + (area.width - width) / 2),
  y: Math.round(area.y + (area.height - height) / 2),
  width,
  height,
})

/**
 * `displays` are work areas (without task bars). Returns null when there is no display at all
 * (let the system place the window). A window mostly off-screen, on a monitor that is gone, or
 * larger than its display is moved and shrunk onto the display it overlaps most (or the first).
 */
export const restoreBounds = (saved: WindowBounds | null, displays: readonly Rect[]): (Rect & { maximized: boolean }) | null => {
  const usable = displays.filter((d) => [d.x, d.y, d.width, d.height].every(Number.isFinite) && d.width > 0 && d.height > 0)
  const [first] = usable
  if (!first) return null
  const fallback = (area: Rect) => ({
    ...centred(area, Math.min(DEFAULT_SIZE.width, area.width), Math.min(DEFAULT_SIZE.height, area.height)),
    maximized: false,
  })
  if (!saved || ![saved.x, saved.y, saved.width, saved.height].every(Number.isFinite)) return fallback(first)

  const target = usable.reduce((best, d) => (overlap(saved, d) > overlap(saved, best) ? d : best), first)
  const width = clamp(Math.round(saved.width), Math.min(MIN_SIZE.width, target.width), target.width)
  const height = clamp(Math.round(saved.height), Math.min(MIN_SIZE.height, target.height), target.height)
  const titleBar: Rect = { x: saved.x, y: saved.y, width: saved.width, height: VISIBLE }
  if (overlap(titleBar, target) < VISIBLE * Math.min(VISIBLE, saved.width)) {
    return { ...centred(target, width, height), maximized: saved.maximized }
  }
  return {
    x: clamp(Math.round(saved.x), target.x, target.x + target.width - width),
    y: clamp(Math.round(saved.y), target.y, target.y + target.height - height),
    width,
    height,
    maximized: saved.maximized,
  }
}
