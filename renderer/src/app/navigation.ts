import { createContext, useContext } from 'react'

export const HOME_ROUTE_ID = 'home'

export interface Navigation {
  current: string
  /** Shows the route with this id (or Home for 'home' or an unknown id). */
  go: (routeId: string) => void
}

export const NavigationContext = createContext<Navigation>({ current: HOME_ROUTE_ID, go: () => {} })

export const useNavigation = (): Navigation => useContext(NavigationContext)
