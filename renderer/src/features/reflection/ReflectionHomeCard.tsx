import { useEffect, useState } from 'react'
import type { ReflectionWeek } from '../../../../shared/contract/journal'
import { call } from '../../api'
import { useNavigation } from '../../app/navigation'
import { useSession } from '../../app/session'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { ROUTE } from './open-later'

/** What the card says about this week, from the active partner's side. */
export function weekLine(view: ReflectionWeek, otherName: string): string {
  const mine = view.mine.state
  const theirs = view.theirs.state
  if (view.revealed) return `You have both finished. ${otherName}’s answers are open to read.`
  if (mine === 'submitted' && theirs === 'submitted') return 'You have both finished this week.'
  if (mine === 'submitted') return `You have finished. Waiting for ${otherName}.`
  if (theirs === 'submitted') return `${otherName} has finished. Your turn when you are ready.`
  if (mine === 'writing') return 'You have started. Pick up where you left off.'
  if (theirs === 'writing') return `${otherName} has started. Join in when you are ready.`
  return 'Six small questions for the two of you. A quiet ten minutes is enough.'
}

export function ReflectionHomeCard() {
  const { go } = useNavigation()
  const { other } = useSession()
  const [view, setView] = useState<ReflectionWeek | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    void call('reflection:get', {}).then((r) => {
      if (!live) return
      if (r.ok) setView(r.value)
      else setError(r.error.message)
    })
    return () => {
      live = false
    }
  }, [])

  const started = view && view.mine.state !== 'empty'
  return (
    <Card aria-labelledby="home-reflection">
      <h2 id="home-reflection">This week’s reflection</h2>
      {view ? <p className="muted">{view.label}</p> : null}
      {error ? <p role="alert">{error}</p> : null}
      {view ? <p>{weekLine(view, other?.name ?? 'Your partner')}</p> : null}
      <Button variant="secondary" onClick={() => go(ROUTE.reflection)}>
        {started ? 'Open the reflection' : 'Start this week’s reflection'}
      </Button>
    </Card>
  )
}
