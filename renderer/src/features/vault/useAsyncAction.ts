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

  /**
   * For requests whose success value is `null` (removals): `run` answers null on failure too, so
   * its result cannot tell them apart. This answers whether the request succeeded.
   */
  const attempt = useCallback(
    async (request: () => Promise<Result<unknown>>): Promise<boolean> => {
      let succeeded = false
      await run(async () => {
        const result = await request()
        succeeded = result.ok
        return result
      })
      return succeeded
    },
    [run],
  )

  return { busy, error, setError, run, attempt }
}
