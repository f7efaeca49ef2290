import type { ReactElement } from 'react'

/**
 * What the home screen shows once unlocked, in order: each feature adds one entry (this week's
 * reflection, notes waiting, a ritual due, a card to draw...). A card loads its own data.
 */
export interface HomeCard {
  id: string
  element: ReactElement
}

export const homeCards: HomeCard[] = []
