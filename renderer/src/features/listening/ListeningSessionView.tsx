import { useEffect, useReducer, useState } from 'react'
import { LISTENING_CHECKLIST, PARAPHRASE_LINES, SPEAKER_TIPS } from '../../../../shared/content/listening'
import { otherPartner, type PartnerId } from '../../../../shared/domain'
import { call } from '../../api'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { Notice } from '../../components/Notice'
import { useAsyncAction } from '../vault/useAsyncAction'
import { NoteField } from '../values/worksheet-ui'
import type { SessionConfig } from './ListeningPage'
import { formatClock, initialTimer, timerReducer } from './timer'
import { TURN_HOLD_CAP_MS } from '../../../../shared/logic/autolock'

const TICK_MS = 250

export interface ListeningSessionViewProps {
  config: SessionConfig
  name: (id: PartnerId) => string
  onDone: (saved: boolean) => void
}

export function ListeningSessionView({ config, name, onDone }: ListeningSessionViewProps) {
  const [timer, dispatch] = useReducer(timerReducer, initialTimer(config.turnSeconds * 1000, config.firstSpeaker))
  const [checked, setChecked] = useState<string[]>([])
  const [note, setNote] = useState('')
  const [announcement, setAnnouncement] = useState('')
  const { busy, error, run } = useAsyncAction()
  const speaker = name(timer.speaker)
  const listener = name(otherPartner(timer.speaker))

  useEffect(() => {
    if (timer.phase !== 'running') return
    const id = setInterval(() => dispatch({ type: 'tick', now: performance.now() }), TICK_MS)
    return () => clearInterval(id)
  }, [timer.phase])

  // A running turn holds the idle auto-lock off until it ends: nobody types while the speaker
  // talks, and the lock must not cut them off mid-turn. Pausing or ending the turn lets go.
  const runningFor = timer.phase === 'running' ? Math.ceil(timer.remainingMs) : null
  const turnRunning = runningFor !== null
  useEffect(() => {
    if (!turnRunning || runningFor === null) return
    void call('app:listening-turn', { endsInMs: Math.min(runningFor, TURN_HOLD_CAP_MS) })
    return () => void call('app:listening-turn', { endsInMs: null })
    // Only when a turn starts or resumes, not on every tick of the clock.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [turnRunning])

  // Said once, politely, when a turn ends; no sound, so nobody is startled mid-sentence.
  useEffect(() => {
    if (timer.phase === 'turn-over') setAnnouncement(`Time is up. ${listener}, before you reply, say back what you heard.`)
    else if (timer.phase === 'ready') setAnnouncement('')
  }, [timer.phase, listener])

  const save = async () => {
    const saved = await run(() =>
      call('listening:log', { firstSpeaker: config.firstSpeaker, turnSeconds: config.turnSeconds, turns: timer.turnsDone, checked, note }),
    )
    if (saved) onDone(true)
  }
  const toggle = (id: string) => setChecked((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]))

  return (
    <>
      <Card aria-labelledby="floor-title" className="listening-floor">
        <h2 id="floor-title">{speaker} has the floor</h2>
        <p className="muted">{listener} is listening.</p>
        <p className="listening-clock" role="timer" aria-label={`Time left for ${speaker}`}>
          {formatClock(timer.remainingMs)}
        </p>
        <div className="listening-announce" role="status" aria-live="polite">
          {announcement}
        </div>
        <div className="row">
          {timer.phase === 'running' ? (
            <Button variant="secondary" onClick={() => dispatch({ type: 'pause', now: performance.now() })}>
              Pause
            </Button>
          ) : timer.phase !== 'turn-over' ? (
            <Button onClick={() => dispatch({ type: 'start', now: performance.now() })}>{timer.phase === 'paused' ? 'Resume' : `Start ${speaker}’s turn`}</Button>
          ) : null}
          <Button variant={timer.phase === 'turn-over' ? 'primary' : 'secondary'} onClick={() => dispatch({ type: 'swap' })}>
            Pass the floor to {listener}
          </Button>
        </div>
        <p className="worksheet-meta listening-turns">Turns so far: {timer.turnsDone}</p>
      </Card>
      <div className="listening-columns">
        <Card aria-labelledby="listener-reminder">
          <h2 id="listener-reminder">For {listener}: reflect back first</h2>
          <p className="muted">Before you reply, say in your own words what you heard. You could start with:</p>
          <ul className="worksheet-list">
            {PARAPHRASE_LINES.map((l) => (
              <li key={l.id}>{l.text}</li>
            ))}
          </ul>
        </Card>
        <Card aria-labelledby="speaker-tips">
          <h2 id="speaker-tips">For {speaker}: speaking</h2>
          <ul className="worksheet-list">
            {SPEAKER_TIPS.map((t) => (
              <li key={t.id}>{t.text}</li>
            ))}
          </ul>
        </Card>
      </div>
      <Card aria-labelledby="listening-checklist">
        <h2 id="listening-checklist">Listener’s checklist</h2>
        <fieldset>
          <legend className="visually-hidden">What the listener managed this time</legend>
          {LISTENING_CHECKLIST.map((item) => (
            <label className="checkbox" key={item.id}>
              <input type="checkbox" checked={checked.includes(item.id)} onChange={() => toggle(item.id)} />
              <span>
                {item.title}
                <span className="field__hint listening-detail">{item.detail}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <NoteField label="A shared note (optional)" hint="What you want to remember from this talk." value={note} onValueChange={setNote} />
        {error ? <Notice tone="error">{error}</Notice> : null}
        <div className="row">
          <Button onClick={() => void save()} busy={busy} busyLabel="Saving…">
            End and save session
          </Button>
          <Button variant="quiet" onClick={() => onDone(false)}>
            End without saving
          </Button>
        </div>
      </Card>
    </>
  )
}
