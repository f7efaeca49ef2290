import { useEffect, useReducer, useState } from 'react'
import { CHECKIN_ISSUE_TIPS } from '../../../../shared/content/checkin'
import { PARAPHRASE_LINES } from '../../../../shared/content/listening'
import { PARTNER_IDS, otherPartner, type PartnerId } from '../../../../shared/domain'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { TextArea } from '../../components/TextArea'
import { TextField } from '../../components/TextField'
import { formatClock, initialTimer, timerReducer } from '../listening/timer'
import { RadioGroup } from '../values/worksheet-ui'
import type { StepProps } from './CheckinSteps'
import { WritingHints } from './ToneHints'

/** Two minutes a turn: long enough to say one thing, short enough to keep it a conversation. */
export const CHECKIN_TURN_MS = 2 * 60 * 1000
const TICK_MS = 250

export function CheckinIssueStep({ draft, names, onChange }: StepProps) {
  const issue = draft.issue
  const set = (patch: Partial<typeof issue>) => onChange({ ...draft, issue: { ...issue, ...patch } })
  const talking = !issue.skipped
  return (
    <div className="stack">
      <RadioGroup
        legend="Is there one thing you want to talk through this week?"
        name="checkin-issue"
        options={[
          { value: 'yes', label: 'Yes, one thing' },
          { value: 'no', label: 'Not this week' },
        ]}
        value={issue.skipped ? 'no' : 'yes'}
        onChange={(v) => set({ skipped: v === 'no' })}
      />
      {talking ? (
        <>
          <ul className="worksheet-list">
            {CHECKIN_ISSUE_TIPS.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
          <RadioGroup
            legend="Who would like to raise it?"
            name="checkin-raised-by"
            options={PARTNER_IDS.map((p) => ({ value: p, label: names[p] }))}
            value={issue.raisedBy}
            onChange={(p) => set({ raisedBy: p })}
          />
          <TextArea
            label="What is it about, in an “I” statement?"
            hint="For example: “I feel rushed in the mornings and I would like us to share the school run.”"
            rows={3}
            maxLength={300}
            value={issue.topic}
            onChange={(e) => set({ topic: e.target.value })}
          />
          <WritingHints text={issue.topic} onUse={(topic) => set({ topic: topic.slice(0, 300) })} />
          <TurnTimer first={issue.raisedBy ?? 'A'} names={names} turns={issue.turns} onTurn={(turns) => set({ turns })} />
          <div className="side-by-side">
            {PARTNER_IDS.map((p) => (
              <TextArea
                key={p}
                label={`What ${names[p]} understood`}
                hint={`${names[p]}, in your own words, what did you hear ${names[otherPartner(p)]} say?`}
                rows={3}
                maxLength={1000}
                value={issue.understood[p]}
                onChange={(e) => set({ understood: { ...issue.understood, [p]: e.target.value } })}
              />
            ))}
          </div>
          <TextField label="One small step we agree on" hint="Small enough to do this week." maxLength={500} value={issue.step} onChange={(e) => set({ step: e.target.value })} />
        </>
      ) : (
        <p className="muted">That is fine. Appreciations and what went well are plenty for one week.</p>
      )}
    </div>
  )
}

/** The listening timer, in its short form: who speaks, who listens, the clock and the hand-over. */
function TurnTimer({ first, names, turns, onTurn }: { first: PartnerId; names: Record<PartnerId, string>; turns: number; onTurn: (n: number) => void }) {
  const [timer, dispatch] = useReducer(timerReducer, initialTimer(CHECKIN_TURN_MS, first))
  const [announcement, setAnnouncement] = useState('')
  const speaker = names[timer.speaker]
  const listener = names[otherPartner(timer.speaker)]

  useEffect(() => {
    if (timer.phase === 'ready' && timer.turnsDone === 0) dispatch({ type: 'configure', turnMs: CHECKIN_TURN_MS, speaker: first })
  }, [first, timer.phase, timer.turnsDone])
  useEffect(() => {
    if (timer.phase !== 'running') return
    const id = setInterval(() => dispatch({ type: 'tick', now: performance.now() }), TICK_MS)
    return () => clearInterval(id)
  }, [timer.phase])
  useEffect(() => {
    if (timer.phase === 'turn-over') setAnnouncement(`Time is up. ${listener}, before you reply, say back what you heard.`)
    else if (timer.phase === 'ready') setAnnouncement('')
  }, [timer.phase, listener])

  const pass = () => {
    dispatch({ type: 'swap' })
    onTurn(turns + (timer.phase === 'ready' ? 0 : 1))
  }
  return (
    <Card aria-labelledby="checkin-floor" className="listening-floor">
      <h3 id="checkin-floor">
        {speaker} speaks, {listener} listens
      </h3>
      <p className="listening-clock" role="timer" aria-label={`Time left for ${speaker}`}>
        {formatClock(timer.remainingMs)}
      </p>
      <div className="listening-announce" role="status" aria-live="polite">
        {announcement}
      </div>
      <p className="muted">
        {listener}, when it is your turn, you could start with “{PARAPHRASE_LINES[0]?.text ?? 'What I hear you saying is…'}”
      </p>
      <div className="row">
        {timer.phase === 'running' ? (
          <Button variant="secondary" onClick={() => dispatch({ type: 'pause', now: performance.now() })}>
            Pause
          </Button>
        ) : timer.phase !== 'turn-over' ? (
          <Button variant="secondary" onClick={() => dispatch({ type: 'start', now: performance.now() })}>
            {timer.phase === 'paused' ? 'Resume' : `Start ${speaker}’s turn`}
          </Button>
        ) : null}
        <Button variant="secondary" onClick={pass}>
          Pass to {listener}
        </Button>
      </div>
      <p className="worksheet-meta">Turns so far: {turns}</p>
    </Card>
  )
}
