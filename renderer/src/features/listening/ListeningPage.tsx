import { useState } from 'react'
import type { PartnerId } from '../../../../shared/domain'
import { useSession } from '../../app/session'
import { Card } from '../../components/Card'
import { Notice } from '../../components/Notice'
import { useLoaded } from '../vault/useLoaded'
import { formatDay } from '../values/worksheet-ui'
import { SessionSetup } from './SessionSetup'
import { ListeningSessionView } from './ListeningSessionView'
import { formatClock } from './timer'
import './listening.css'

export interface SessionConfig {
  firstSpeaker: PartnerId
  turnSeconds: number
}

export function ListeningPage() {
  const { status } = useSession()
  const [config, setConfig] = useState<SessionConfig | null>(null)
  const [saved, setSaved] = useState(false)
  const { value: log, reload: load, error } = useLoaded('listening:list')
  const name = (id: PartnerId) => status.partners.find((p) => p.id === id)?.name ?? (id === 'A' ? 'Partner A' : 'Partner B')

  return (
    <div className="stack worksheet">
      <div>
        <h1>Active listening</h1>
        <p className="muted">
          One of you speaks, the other listens, for a set time. Before replying, the listener says back what they heard. Then you swap.
        </p>
      </div>
      {saved ? <Notice>Your session is saved in your shared log.</Notice> : null}
      {config ? (
        <ListeningSessionView
          config={config}
          name={name}
          onDone={(didSave) => {
            setConfig(null)
            setSaved(didSave)
            if (didSave) void load()
          }}
        />
      ) : (
        <SessionSetup
          partners={status.partners}
          onStart={(c) => {
            setSaved(false)
            setConfig(c)
          }}
        />
      )}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Card aria-labelledby="listening-log">
        <h2 id="listening-log">Past sessions</h2>
        {log && log.length === 0 ? <p className="muted">No sessions yet.</p> : null}
        <ul className="worksheet-list">
          {(log ?? []).slice(0, 30).map((s) => (
            <li key={s.id}>
              <p>
                {formatDay(s.at)}: {name(s.firstSpeaker)} spoke first, {s.turns} {s.turns === 1 ? 'turn' : 'turns'} of {formatClock(s.turnSeconds * 1000)}
              </p>
              {s.note ? <p className="worksheet-meta">{s.note}</p> : null}
            </li>
          ))}
        </ul>
      </Card>
    </div>
  )
}
