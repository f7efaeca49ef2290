import { useCallback, useState } from 'react'
import type { Result } from '../../../../shared/result'

/**
 * Runs one request at a time and keeps its error message (written by the service for people,
 * so it is shown as is).
 */
export function useAsyncAction() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const run = useCallback(async <T,>(request: () => Promise<Result<T>>): Promise<T | null> => {
    setBusy(true)
    setError(null)
    try {
      const result = await request()
      if (result.ok) return result.value
      setError(result.error.message)
      return null
    } finally {
      setBusy(false)
    }
  }, [])

  return { busy, error, setError, run }
}
