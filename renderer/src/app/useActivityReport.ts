import { useEffect } from 'react'
import { call } from '../api'

export const ACTIVITY_THROTTLE_MS = 30_000
const EVENTS = ['keydown', 'pointerdown', 'wheel'] as const

/**
 * Tells main the user is here, so the idle auto-lock does not fire mid-sentence. At most once per
 * 30 s: the timer only needs coarse news, and IPC on every keystroke would be waste.
 */
export function useActivityReport(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return
    let lastSent = -Infinity
    const onActivity = () => {
      const now = Date.now()
      if (now - lastSent < ACTIVITY_THROTTLE_MS) return
      lastSent = now
      void call('app:activity', {})
    }
    for (const name of EVENTS) window.addEventListener(name, onActivity, { passive: true, capture: true })
    return () => {
      for (const name of EVENTS) window.removeEventListener(name, onActivity, { capture: true })
    }
  }, [enabled])
}
