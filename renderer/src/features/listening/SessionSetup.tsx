import { useState, type FormEvent } from 'react'
import { LISTENING_TURN_MAX_SECONDS, LISTENING_TURN_MIN_SECONDS } from '../../../../shared/limits'
import type { PartnerId, PartnerInfo } from '../../../../shared/domain'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { TextField } from '../../components/TextField'
import { RadioGroup } from '../values/worksheet-ui'
import type { SessionConfig } from './ListeningPage'

type Length = '60' | '120' | '180' | '300' | 'custom'
const LENGTHS: { value: Length; label: string }[] = [
  { value: '60', label: '1 minute' },
  { value: '120', label: '2 minutes' },
  { value: '180', label: '3 minutes' },
  { value: '300', label: '5 minutes' },
  { value: 'custom', label: 'Other' },
]

export function SessionSetup({ partners, onStart }: { partners: PartnerInfo[]; onStart: (config: SessionConfig) => void }) {
  const [speaker, setSpeaker] = useState<PartnerId>('A')
  const [length, setLength] = useState<Length>('120')
  const [custom, setCustom] = useState('30')
  const [customError, setCustomError] = useState<string | null>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const seconds = length === 'custom' ? Number(custom) : Number(length)
    if (!Number.isInteger(seconds) || seconds < LISTENING_TURN_MIN_SECONDS || seconds > LISTENING_TURN_MAX_SECONDS) {
      setCustomError(`Choose a whole number of seconds from ${LISTENING_TURN_MIN_SECONDS} to ${LISTENING_TURN_MAX_SECONDS}.`)
      return
    }
    setCustomError(null)
    onStart({ firstSpeaker: speaker, turnSeconds: seconds })
  }

  return (
    <Card aria-labelledby="listening-setup">
      <h2 id="listening-setup">Start a session</h2>
      <form onSubmit={submit} noValidate>
        <RadioGroup legend="Who speaks first?" name="first-speaker" options={partners.map((p) => ({ value: p.id, label: p.name }))} value={speaker} onChange={setSpeaker} />
        <RadioGroup legend="Length of each turn" name="turn-length" options={LENGTHS} value={length} onChange={setLength} />
        {length === 'custom' ? (
          <TextField
            label="Seconds per turn"
            type="number"
            inputMode="numeric"
            min={LISTENING_TURN_MIN_SECONDS}
            max={LISTENING_TURN_MAX_SECONDS}
            value={custom}
            error={customError}
            onChange={(e) => setCustom(e.target.value)}
          />
        ) : null}
        <Button type="submit">Begin</Button>
      </form>
    </Card>
  )
}
