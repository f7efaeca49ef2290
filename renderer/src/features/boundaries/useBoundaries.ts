import { useCallback, useEffect, useRef, useState } from 'react'
import type { BoundariesView } from '../../../../shared/contract/boundaries'
import type { Req } from '../../../../shared/contract'
import { call } from '../../api'

export interface BoundariesState {
  view: BoundariesView | null
  loadError: string | null
  busy: 'save' | 'sign' | null
  error: string | null
  /** A short, calm confirmation after a save or a signature. */
  done: string | null
  reload: () => Promise<void>
  save: (request: Req<'boundaries:save'>) => Promise<boolean>
  sign: (revision: number, passphrase: string) => Promise<boolean>
}

/** Loads the agreement and runs saves and signatures, keeping the service's words for failures. */
export function useBoundaries(): BoundariesState {
  const [view, setView] = useState<BoundariesView | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [busy, setBusy] = useState<'save' | 'sign' | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const mounted = useRef(true)

  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])

  const reload = useCallback(async () => {
    const result = await call('boundaries:get', {})
    if (!mounted.current) return
    if (result.ok) {
      setView(result.value)
      setLoadError(null)
    } else setLoadError(result.error.message)
  }, [])

  useEffect(() => {
    void reload()
  }, [reload])

  const save = useCallback(async (request: Req<'boundaries:save'>) => {
    setBusy('save')
    setError(null)
    setDone(null)
    const result = await call('boundaries:save', request)
    if (!mounted.current) return result.ok
    setBusy(null)
    if (!result.ok) {
      setError(result.error.message)
      return false
    }
    const changed = result.value.latest?.number !== request.basedOn
    setView(result.value)
    setDone(changed ? `Saved as version ${result.value.latest?.number ?? 1}.` : 'Nothing had changed, so there is no new version.')
    return true
  }, [])

  const sign = useCallback(async (revision: number, passphrase: string) => {
    setBusy('sign')
    setError(null)
    setDone(null)
    const result = await call('boundaries:sign', { revision, passphrase })
    if (!mounted.current) return result.ok
    setBusy(null)
    if (!result.ok) {
      setError(result.error.message)
      return false
    }
    setView(result.value)
    setDone(result.value.latest?.agreed ? `You have both signed version ${revision}. It is agreed.` : `You signed version ${revision}.`)
    return true
  }, [])

  return { view, loadError, busy, error, done, reload, save, sign }
}
