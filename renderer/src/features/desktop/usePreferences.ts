import { useSyncExternalStore } from 'react'
import type { PreferencesView } from '../../../../shared/contract/desktop'
import { currentPreferences, subscribePreferences } from './preferences-store'

/** The preferences as loaded (null until main answers), re-rendering on every change. */
export const usePreferences = (): PreferencesView | null =>
  useSyncExternalStore(subscribePreferences, currentPreferences)
