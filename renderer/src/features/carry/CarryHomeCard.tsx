import { useEffect, useState } from 'react'
import type { CarryStatus } from '../../../../shared/contract/carry'
import { call } from '../../api'
import { useNavigation } from '../../app/navigation'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { lastCopiedLine } from './copy-words'
import './carry.css'

/** Home: when the journal was last copied to another disk, with a gentle nudge once it is time. */
export function CarryHomeCard() {
  const { go } = useNavigation()
  const [status, setStatus] = useState<CarryStatus | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    void call('carry:status', {}).then((r) => {
      if (!live) return
      if (r.ok) setStatus(r.value)
      else setError(r.error.message)
    })
    return () => {
      live = false
    }
  }, [])

  return (
    <Card aria-labelledby="home-carry">
      <h2 id="home-carry">A copy on another disk</h2>
      {error ? <p role="alert">{error}</p> : null}
      {status ? <p className={status.reminderDue ? 'carry-due' : 'muted'}>{lastCopiedLine(status)}</p> : null}
      {status?.reminderDue ? <p>It may be a good week to plug in a USB stick and make a fresh copy.</p> : null}
      <Button variant={status?.reminderDue ? 'primary' : 'secondary'} onClick={() => go('security')}>
        {status?.reminderDue ? 'Make a copy' : 'Backup copies'}
      </Button>
    </Card>
  )
}
