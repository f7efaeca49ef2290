import { useCallback, useEffect, useState } from 'react'
import { CHECKIN_STEPS, type CheckinStepId } from '../../../../shared/content/checkin'
import type { CheckinView } from '../../../../shared/contract/rituals-guided'
import type { PartnerId } from '../../../../shared/domain'
import { call } from '../../api'
import { useSession } from '../../app/session'
import { Button } from '../../components/Button'
import { Notice } from '../../components/Notice'
import { SaveStatus } from '../reflection/SaveStatus'
import { useAutosave } from '../reflection/useAutosave'
import { useAsyncAction } from '../vault/useAsyncAction'
import { AppreciationsStep, WentWellStep } from './CheckinSteps'
import { CheckinIssueStep } from './CheckinIssue'
import { CheckinSummaryView } from './CheckinSummary'
import { draftFrom, patchFrom, type CheckinDraft } from './checkin-state'
import './guided.css'

export function CheckinPage() {
  const { status, partner } = useSession()
  const names = Object.fromEntries(status.partners.map((p) => [p.id, p.name])) as Record<PartnerId, string>
  const [view, setView] = useState<CheckinView | null>(null)
  const [draft, setDraft] = useState<CheckinDraft | null>(null)
  const { busy, error, run } = useAsyncAction()

  useEffect(() => {
    void run(() => call('checkin:get', {})).then((v) => {
      if (!v) return
      setView(v)
      setDraft(draftFrom(v.record))
    })
  }, [run])

  const week = view?.week ?? ''
  const save = useCallback((d: CheckinDraft) => call('checkin:save', { week, patch: patchFrom(d) }), [week])
  const autosave = useAutosave(save)

  const change = (next: CheckinDraft) => {
    setDraft(next)
    autosave.schedule(next)
  }
  const goStep = (step: CheckinStepId) => {
    if (!draft) return
    change({ ...draft, step })
    document.getElementById('checkin-step')?.focus()
  }
  const finish = async () => {
    if (!draft) return
    await autosave.flush()
    const done = await run(() => call('checkin:finish', { week }))
    if (done) setView(done)
  }

  if (!view || !draft) return error ? <Notice tone="error">{error}</Notice> : <p role="status">Opening this week’s check-in…</p>

  const step = CHECKIN_STEPS.find((s) => s.id === draft.step) ?? CHECKIN_STEPS[0]!
  return (
    <div className="stack worksheet checkin">
      <header>
        <h1>Weekly check-in</h1>
        <p className="muted">
          {view.label}. One sitting for the two of you, side by side at the laptop: thanks first, then what went well, then one thing to talk through if you like.{' '}
          {partner.name} is signed in, so one of you types; each of you has your own boxes. It is saved for you both as you go, so you can stop and pick it up later this week.
        </p>
      </header>
      {view.record?.finishedAt ? (
        <CheckinSummaryView record={view.record} names={names} label={view.label} />
      ) : (
        <>
          <ol className="guided-steps" aria-label="Steps">
            {CHECKIN_STEPS.filter((s) => s.id !== 'done').map((s) => (
              <li key={s.id} aria-current={s.id === step.id ? 'step' : undefined}>
                {s.title}
              </li>
            ))}
          </ol>
          <section aria-labelledby="checkin-step" className="stack">
            <h2 id="checkin-step" tabIndex={-1}>
              {step.title}
            </h2>
            <p>{step.intro}</p>
            {step.id === 'appreciations' ? <AppreciationsStep draft={draft} names={names} onChange={change} /> : null}
            {step.id === 'went-well' ? <WentWellStep draft={draft} names={names} onChange={change} /> : null}
            {step.id === 'issue' ? <CheckinIssueStep draft={draft} names={names} onChange={change} /> : null}
          </section>
          <SaveStatus state={autosave.state} error={autosave.error} onRetry={() => void autosave.flush()} />
          {error ? <Notice tone="error">{error}</Notice> : null}
          <div className="row">
            {step.id === 'appreciations' ? (
              <Button onClick={() => goStep('went-well')}>
                Next: what went well
              </Button>
            ) : null}
            {step.id === 'went-well' ? (
              <>
                <Button variant="secondary" onClick={() => goStep('appreciations')}>
                  Back to appreciations
                </Button>
                <Button onClick={() => goStep('issue')}>Next: one thing to talk through</Button>
              </>
            ) : null}
            {step.id === 'issue' ? (
              <>
                <Button variant="secondary" onClick={() => goStep('went-well')}>
                  Back to what went well
                </Button>
                <Button onClick={() => void finish()} busy={busy} busyLabel="Saving…">
                  Finish this week’s check-in
                </Button>
              </>
            ) : null}
          </div>
        </>
      )}
    </div>
  )
}
