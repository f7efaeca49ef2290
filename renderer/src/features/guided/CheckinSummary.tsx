import type { CheckinRecord } from '../../../../shared/contract/rituals-guided'
import { PARTNER_IDS, otherPartner, type PartnerId } from '../../../../shared/domain'
import { Card } from '../../components/Card'
import { formatDay } from '../values/worksheet-ui'

/** A finished check-in, as both partners read it afterwards. */
export function CheckinSummaryView({ record, names, label }: { record: CheckinRecord; names: Record<PartnerId, string>; label: string }) {
  const issue = record.issue
  return (
    <Card aria-labelledby="checkin-summary">
      <h2 id="checkin-summary">Your check-in for {label}</h2>
      <p className="muted">Finished on {record.finishedAt ? formatDay(record.finishedAt) : ''}. It is kept for you both in your history.</p>
      <div className="side-by-side">
        {PARTNER_IDS.map((p) => (
          <div key={p}>
            <h3>
              {names[p]} thanked {names[otherPartner(p)]} for
            </h3>
            <ul className="worksheet-list">
              {record.appreciations[p].map((a, i) => (
                <li key={i}>{a}</li>
              ))}
            </ul>
            {record.wentWell[p].trim() ? (
              <p>
                <strong>What went well for {names[p]}:</strong> {record.wentWell[p]}
              </p>
            ) : null}
          </div>
        ))}
      </div>
      {!issue.skipped && issue.topic.trim() ? (
        <>
          <h3>What you talked through</h3>
          <p>{issue.topic}</p>
          {PARTNER_IDS.filter((p) => issue.understood[p].trim()).map((p) => (
            <p key={p}>
              <strong>{names[p]} understood:</strong> {issue.understood[p]}
            </p>
          ))}
          {issue.step.trim() ? (
            <p>
              <strong>Your small step:</strong> {issue.step}
            </p>
          ) : null}
        </>
      ) : (
        <p className="muted">No issue this week.</p>
      )}
    </Card>
  )
}
