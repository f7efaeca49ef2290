// User story: Hearth opens where it was last time, but never off-screen: not on a monitor that
// was unplugged, not beyond negative coordinates, and never larger than the display.
import { describe, expect, it } from 'vitest'
import { DEFAULT_SIZE, MIN_SIZE, restoreBounds, type Rect } from '../../../electron/main/window-state'

const LAPTOP: Rect = { x: 0, y: 0, width: 1440, height: 870 }
const LEFT_MONITOR: Rect = { x: -1920, y: -200, width: 1920, height: 1050 }
const saved = (x: number, y: number, width = 1000, height = 700, maximized = false) => ({ x, y, width, height, maximized })
const onScreen = (b: Rect, d: Rect) => b.x >= d.x && b.y >= d.y && b.x + b.width <= d.x + d.width && b.y + b.height <= d.y + d.height

describe('restoreBounds', () => {
  it('first start: centred at the default size', () => {
    expect(restoreBounds(null, [LAPTOP])).toEqual({ x: 160, y: 45, ...DEFAULT_SIZE, maximized: false })
  })

  it('puts the window back exactly where it was when that place is still visible', () => {
    expect(restoreBounds(saved(100, 50), [LAPTOP])).toEqual(saved(100, 50))
  })

  it('keeps a window on a monitor at negative coordinates while that monitor is connected', () => {
    expect(restoreBounds(saved(-1500, -100, 1000, 700, true), [LAPTOP, LEFT_MONITOR])).toEqual(saved(-1500, -100, 1000, 700, true))
  })

  it('a monitor that was unplugged: the window comes back onto the laptop screen, maximised state kept', () => {
    const b = restoreBounds(saved(-1500, -100, 1000, 700, true), [LAPTOP])!
    expect(onScreen(b, LAPTOP)).toBe(true)
    expect(b).toMatchObject({ width: 1000, height: 700, maximized: true })
  })

  it('a window hanging off the edge is pulled in; a huge one is shrunk to the display', () => {
    expect(onScreen(restoreBounds(saved(1200, 600), [LAPTOP])!, LAPTOP)).toBe(true)
    const huge = restoreBounds(saved(0, 0, 9000, 9000), [LAPTOP])!
    expect(huge).toMatchObject({ width: LAPTOP.width, height: LAPTOP.height })
    expect(onScreen(huge, LAPTOP)).toBe(true)
  })

  it('a tiny window grows to the minimum size', () => {
    expect(restoreBounds(saved(10, 10, 20, 5), [LAPTOP])).toMatchObject({ width: MIN_SIZE.width, height: MIN_SIZE.height })
  })

  it('a display smaller than the minimum: the window fits the display', () => {
    const small: Rect = { x: 0, y: 0, width: 640, height: 480 }
    const b = restoreBounds(saved(0, 0), [small])!
    expect(onScreen(b, small)).toBe(true)
  })

  it('nonsense saved numbers or displays fall back calmly', () => {
    expect(restoreBounds(saved(Number.NaN, 0), [LAPTOP])).toMatchObject({ ...DEFAULT_SIZE, maximized: false })
    expect(restoreBounds(saved(0, 0), [])).toBeNull()
    expect(restoreBounds(saved(0, 0), [{ x: 0, y: 0, width: 0, height: 0 }])).toBeNull()
  })
})
