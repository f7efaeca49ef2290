// Pure geometry for the ratings chart, so the drawing is testable without a browser.

export interface ChartBox {
  width: number
  height: number
  left: number
  right: number
  top: number
  /** Bottom of the ratings panel. */
  ratingsBottom: number
  /** Top and bottom of the notes bars panel. */
  barsTop: number
  barsBottom: number
}

export const BOX: ChartBox = { width: 720, height: 300, left: 44, right: 16, top: 16, ratingsBottom: 190, barsTop: 212, barsBottom: 262 }

export const RATING_MIN = 1
export const RATING_MAX = 10

/** Centre of the i-th of n weeks. */
export function xAt(i: number, n: number, box: ChartBox = BOX): number {
  const span = box.width - box.left - box.right
  return box.left + (n <= 1 ? span / 2 : (span * i) / (n - 1))
}

export function yForRating(rating: number, box: ChartBox = BOX): number {
  const t = (rating - RATING_MIN) / (RATING_MAX - RATING_MIN)
  return box.ratingsBottom - t * (box.ratingsBottom - box.top)
}

/**
 * An SVG path through the ratings, broken where a week has no rating (a gap is not a zero).
 * Returns '' when there is nothing to draw.
 */
export function linePath(values: (number | null)[], box: ChartBox = BOX): string {
  let d = ''
  let penDown = false
  values.forEach((v, i) => {
    if (v === null) {
      penDown = false
      return
    }
    d += `${penDown ? 'L' : 'M'}${xAt(i, values.length, box).toFixed(1)} ${yForRating(v, box).toFixed(1)} `
    penDown = true
  })
  return d.trim()
}

/** Bar height for `count` notes when the busiest week had `max`. */
export function barHeight(count: number, max: number, box: ChartBox = BOX): number {
  if (max <= 0 || count <= 0) return 0
  return ((box.barsBottom - box.barsTop) * count) / max
}

/** Mean of the ratings present, one decimal; null when there are none. */
export function average(values: (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null)
  if (present.length === 0) return null
  return Math.round((present.reduce((a, b) => a + b, 0) / present.length) * 10) / 10
}
