import { useEffect, useId, useState, type FormEvent } from 'react'
import { call } from '../../api'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { Notice } from '../../components/Notice'
import type { AutoLockSettings } from '../../../../shared/contract/app'
import { useAsyncAction } from './useAsyncAction'

/** Choices offered; the service accepts any whole minute from its minimum to its maximum. */
const CHOICES = [1, 2, 3, 5, 10, 15, 30, 60]

/** How long Hearth waits, with nobody at the keyboard, before it locks itself. */
export function AutoLockCard() {
  const id = useId()
  const [settings, setSettings] = useState<AutoLockSettings | null>(null)
  const [minutes, setMinutes] = useState<number | null>(null)
  const [saved, setSaved] = useState(false)
  const { busy, error, run } = useAsyncAction()

  useEffect(() => {
    void run(() => call('settings:get', {})).then((value) => {
      if (!value) return
      setSettings(value)
      setMinutes(value.idleMinutes)
    })
  }, [run])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy || minutes === null) return
    setSaved(false)
    const value = await run(() => call('settings:set-idle', { minutes }))
    if (value) {
      setSettings(value)
      setSaved(true)
    }
  }

  const choices = settings ? [...new Set([...CHOICES, settings.idleMinutes])].filter((m) => m >= settings.minMinutes && m <= settings.maxMinutes).sort((a, b) => a - b) : []
  return (
    <Card aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Lock when no one is here</h2>
      <p className="muted">
        After this long without a key pressed or the mouse moved, Hearth saves what you were writing and locks. It also locks when the laptop sleeps or its screen
        locks.
      </p>
      {saved ? <Notice tone="info">Saved. Hearth now locks after {settings?.idleMinutes === 1 ? '1 quiet minute' : `${settings?.idleMinutes} quiet minutes`}.</Notice> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      {settings && minutes !== null ? (
        <form onSubmit={(e) => void submit(e)}>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-minutes`}>
              Lock after
            </label>
            <select id={`${id}-minutes`} className="input" value={minutes} onChange={(e) => setMinutes(Number(e.target.value))}>
              {choices.map((m) => (
                <option key={m} value={m}>
                  {m === 1 ? '1 minute' : `${m} minutes`}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit" variant="secondary" busy={busy} busyLabel="Saving…">
            Save
          </Button>
        </form>
      ) : null}
    </Card>
  )
}
