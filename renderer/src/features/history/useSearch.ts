import { useState, type FormEvent } from 'react'
import type { SearchHit } from '../../../../shared/contract/journal'
import { call } from '../../api'

/**
 * The query, results and error of a search form. `keep` narrows what is shown (the service already
 * returns only what this partner may read). A blank query clears the results without asking.
 */
export function useSearch(keep: (hit: SearchHit) => boolean = () => true) {
  const [q, setQ] = useState('')
  const [hits, setHits] = useState<SearchHit[] | null>(null)
  const [searched, setSearched] = useState('')
  const [error, setError] = useState<string | null>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setError(null)
    if (!q.trim()) return setHits(null)
    const result = await call('search:query', { q })
    if (!result.ok) return setError(result.error.message)
    setSearched(q.trim())
    setHits(result.value.filter(keep))
  }

  const clear = () => {
    setQ('')
    setHits(null)
  }

  return { q, setQ, hits, searched, error, submit, clear }
}
