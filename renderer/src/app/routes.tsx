import type { ReactNode } from 'react'
import { SecurityPage } from '../features/vault/SecurityPage'

/**
 * Everything reachable from Home once the vault is open. To add a feature, add one entry here:
 * it appears in the side navigation and in the list on Home, in this order.
 */
export interface RouteDef {
  /** Stable, kebab-case; 'home' is taken by the Home overview. */
  id: string
  /** Shown in the navigation. Short: one or two words. */
  label: string
  /** One line under the label on Home. */
  description?: string
  element: ReactNode
}

export const routes: RouteDef[] = [
  {
    id: 'security',
    label: 'Passphrase & security',
    description: 'Change your passphrase, get a new recovery code, or switch partner.',
    element: <SecurityPage />,
  },
]
