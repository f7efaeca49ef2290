import { localToday, planDay } from '../rituals/plans-dates'
import { useLoaded } from '../vault/useLoaded'

/** One-off plans whose day has passed, newest first: part of the couple's history. */
export function PastPlans() {
  const { value: plans } = useLoaded('plans:list')
  const today = localToday()
  const past = (plans ?? []).filter((p) => p.date < today).reverse()
  if (past.length === 0) return null
  return (
    <section aria-labelledby="past-plans-heading">
      <h2 id="past-plans-heading">Plans you made</h2>
      <ul className="worksheet-list">
        {past.map((p) => (
          <li key={p.id}>
            <strong>{planDay(p.date)}</strong>: {p.what}
          </li>
        ))}
      </ul>
    </section>
  )
}
