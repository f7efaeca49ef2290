import { useEffect, useId, useState } from 'react'
import { REMIND_WEEK_CHOICES, type BackupResult, type CarryStatus } from '../../../../shared/contract/carry'
import { call } from '../../api'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { Notice } from '../../components/Notice'
import { useAsyncAction } from '../vault/useAsyncAction'
import { formatBytes, lastCopiedLine, reminderLabel } from './copy-words'
import './carry.css'

/** Security page: a backup copy on another disk, and how often Hearth reminds you to make one. */
export function BackupCard() {
  const id = useId()
  const [status, setStatus] = useState<CarryStatus | null>(null)
  const [done, setDone] = useState<Extract<BackupResult, { saved: true }> | null>(null)
  const backup = useAsyncAction()
  const reminder = useAsyncAction()

  const { run: runReminder } = reminder
  useEffect(() => {
    void runReminder(() => call('carry:status', {})).then((value) => value && setStatus(value))
  }, [runReminder])

  const makeCopy = async () => {
    setDone(null)
    const result = await backup.run(() => call('carry:backup', {}))
    if (!result?.saved) return
    setDone(result)
    const next = await reminder.run(() => call('carry:status', {}))
    if (next) setStatus(next)
  }

  const choose = async (value: string) => {
    const weeks = value === 'never' ? null : (Number(value) as (typeof REMIND_WEEK_CHOICES)[number])
    const next = await reminder.run(() => call('carry:set-reminder', { weeks }))
    if (next) setStatus(next)
  }

  return (
    <Card aria-labelledby={`${id}-title`} className="carry-card">
      <h2 id={`${id}-title`}>A copy on another disk</h2>
      <p className="muted">
        If this laptop is lost or its disk fails, a copy on a USB stick or another drive is how your journal comes back.
        The copy stays encrypted: it opens only with one of your passphrases or recovery codes, so whoever finds the
        stick cannot read it.
      </p>
      {status ? <p className="carry-last">{lastCopiedLine(status)}</p> : null}
      {done ? (
        <Notice tone="info" title="Your copy is saved and checked">
          <p>
            {done.fileName} ({formatBytes(done.bytes)}) was written and read back: every file matches. You can unplug
            the disk now.
          </p>
        </Notice>
      ) : null}
      {backup.error ? <Notice tone="error">{backup.error}</Notice> : null}
      <Button onClick={() => void makeCopy()} busy={backup.busy} busyLabel="Copying and checking…">
        Make a backup copy…
      </Button>
      {status ? (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-remind`}>
            Remind us to make a new copy
          </label>
          <select
            id={`${id}-remind`}
            className="input"
            value={status.remindWeeks ?? 'never'}
            onChange={(e) => void choose(e.target.value)}
          >
            {REMIND_WEEK_CHOICES.map((w) => (
              <option key={w} value={w}>
                {reminderLabel(w)}
              </option>
            ))}
            <option value="never">{reminderLabel(null)}</option>
          </select>
        </div>
      ) : null}
      {reminder.error ? <Notice tone="error">{reminder.error}</Notice> : null}
    </Card>
  )
}
