import { useCallback, useEffect, useRef, useState } from 'react'
import { loveMapRound, type LoveMapQuestion } from '../../../../shared/content/love-maps'
import type { LoveMapPart, LoveMapView } from '../../../../shared/contract/rituals-guided'
import type { PartnerId } from '../../../../shared/domain'
import { ok, type Result } from '../../../../shared/result'
import { call } from '../../api'
import { useSession } from '../../app/session'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { Notice } from '../../components/Notice'
import { TextField } from '../../components/TextField'
import { SaveStatus } from '../reflection/SaveStatus'
import { useAutosave } from '../reflection/useAutosave'
import { useAsyncAction } from '../vault/useAsyncAction'
import { LoveMapReveal } from './LoveMapReveal'
import './guided.css'

export const guessWording = (q: LoveMapQuestion, name: string): string => q.guess.replaceAll('{name}', name)

export function LoveMapsPage() {
  const { status, partner, other } = useSession()
  const names = Object.fromEntries(status.partners.map((p) => [p.id, p.name])) as Record<PartnerId, string>
  const [view, setView] = useState<LoveMapView | null>(null)
  const { busy, error, run } = useAsyncAction()

  const load = useCallback(
    async (round?: number) => {
      const v = await run(() => call('lovemaps:get', round ? { round } : {}))
      if (v) setView(v)
    },
    [run],
  )
  useEffect(() => {
    void load()
  }, [load])

  const otherName = other?.name ?? 'your partner'
  const part: LoveMapPart | null = !view ? null : !view.mine.answersDoneAt ? 'answers' : !view.mine.guessesDoneAt ? 'guesses' : null

  return (
    <div className="stack worksheet">
      <header>
        <h1>How well do you know me?</h1>
        <p className="muted">
          Each of you answers a few questions about yourself, then guesses the other’s answers. Nobody sees anything until you have both finished; then your answers and guesses show side by side. It is a way to learn about each other, not a test.
        </p>
      </header>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {!view ? <p role="status">Opening your questions…</p> : null}
      {view && part ? (
        <QuestionForm key={`${view.round}-${part}`} view={view} part={part} otherName={otherName} onView={setView} />
      ) : null}
      {view && !part && !view.revealed ? (
        <Card aria-labelledby="lovemap-waiting">
          <h2 id="lovemap-waiting">Sealed until {otherName} has finished</h2>
          <p>
            Your answers and guesses for round {view.round} are sealed. {otherName} {view.partner.answersDone ? 'has sealed their answers' : 'has not sealed their answers yet'}
            {view.partner.guessesDone ? ' and their guesses.' : view.partner.answersDone ? ' but not their guesses yet.' : '.'} Hand the laptop over when it suits you both.
          </p>
        </Card>
      ) : null}
      {view?.revealed ? (
        <>
          <LoveMapReveal view={view} names={names} me={partner.id} onView={setView} />
          <Button variant="secondary" onClick={() => void load(view.round + 1)} busy={busy} busyLabel="Opening…">
            Start round {view.round + 1}
          </Button>
        </>
      ) : null}
    </div>
  )
}

function QuestionForm({ view, part, otherName, onView }: { view: LoveMapView; part: LoveMapPart; otherName: string; onView: (v: LoveMapView) => void }) {
  const questions = loveMapRound(view.round)
  const initial = part === 'answers' ? view.mine.answers : view.mine.guesses
  const [values, setValues] = useState<Record<string, string>>(initial)
  const saved = useRef<Record<string, string>>({ ...initial })
  const { busy, error, run } = useAsyncAction()

  // Sends only the questions that changed since the last save, one by one.
  const save = useCallback(
    async (next: Record<string, string>): Promise<Result<unknown>> => {
      let last: Result<unknown> = ok(null)
      for (const q of questions) {
        const text = next[q.id] ?? ''
        if (text === (saved.current[q.id] ?? '')) continue
        last = await call('lovemaps:save', { round: view.round, part, questionId: q.id, text })
        if (!last.ok) return last
        saved.current[q.id] = text
      }
      return last
    },
    [questions, view.round, part],
  )
  const autosave = useAutosave(save)

  const seal = async () => {
    await autosave.flush()
    const next = await run(() => call('lovemaps:seal', { round: view.round, part }))
    if (next) onView(next)
  }
  const title = part === 'answers' ? `Round ${view.round}: about you` : `Round ${view.round}: your guesses about ${otherName}`
  return (
    <Card aria-labelledby="lovemap-form">
      <h2 id="lovemap-form">{title}</h2>
      <p className="muted">
        {part === 'answers'
          ? `Answer as yourself. ${otherName} cannot read these until you have both finished.`
          : `Now guess how ${otherName} answered. A guess is a guess: you will compare them together.`}
      </p>
      {questions.map((q) => (
        <TextField
          key={q.id}
          label={part === 'answers' ? q.self : guessWording(q, otherName)}
          maxLength={500}
          value={values[q.id] ?? ''}
          onChange={(e) => {
            const next = { ...values, [q.id]: e.target.value }
            setValues(next)
            autosave.schedule(next)
          }}
        />
      ))}
      <SaveStatus state={autosave.state} error={autosave.error} onRetry={() => void autosave.flush()} />
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Button onClick={() => void seal()} busy={busy} busyLabel="Sealing…">
        {part === 'answers' ? 'Seal my answers' : 'Seal my guesses'}
      </Button>
    </Card>
  )
}
