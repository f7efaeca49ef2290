import { useCallback, useEffect, useState } from 'react'
import { REPAIR_INTRO, REPAIR_STEPS, type RepairStepId } from '../../../../shared/content/repair'
import type { RepairFields, RepairPair, RepairView } from '../../../../shared/contract/rituals-guided'
import { PARTNER_IDS, type PartnerId } from '../../../../shared/domain'
import { call } from '../../api'
import { useSession } from '../../app/session'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { Notice } from '../../components/Notice'
import { TextArea } from '../../components/TextArea'
import { SaveStatus } from '../reflection/SaveStatus'
import { useAutosave } from '../reflection/useAutosave'
import { formatDay } from '../values/worksheet-ui'
import { useAsyncAction } from '../vault/useAsyncAction'
import { ToneNotes, WritingHints } from './ToneHints'
import './guided.css'

export function RepairPage() {
  const { status, partner, other } = useSession()
  const names = Object.fromEntries(status.partners.map((p) => [p.id, p.name])) as Record<PartnerId, string>
  const [view, setView] = useState<RepairView | null>(null)
  const [fields, setFields] = useState<RepairFields>({})
  const [confirming, setConfirming] = useState(false)
  const { busy, error, run } = useAsyncAction()

  useEffect(() => {
    void run(() => call('repair:get', {})).then((v) => {
      if (!v) return
      setView(v)
      setFields(v.draft?.fields ?? {})
    })
  }, [run])

  const save = useCallback((next: RepairFields) => call('repair:save-draft', { fields: next }), [])
  const autosave = useAutosave(save)
  const set = (id: RepairStepId, value: string) => {
    const next = { ...fields, [id]: value }
    setFields(next)
    autosave.schedule(next)
  }
  const share = async () => {
    setConfirming(false)
    await autosave.flush()
    const next = await run(() => call('repair:share', {}))
    if (!next) return
    setView(next)
    setFields({})
  }

  const otherName = other?.name ?? 'your partner'
  const waiting = view?.pairs.find((p) => p.sides[partner.id] === null && p.sides[other?.id ?? 'A'])
  return (
    <div className="stack worksheet">
      <header>
        <h1>After a hard moment</h1>
        <p className="muted">{REPAIR_INTRO}</p>
      </header>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {!view ? <p role="status">Opening your page…</p> : null}
      {view ? (
        <Card aria-labelledby="repair-mine">
          <h2 id="repair-mine">My page, private to {partner.name}</h2>
          <p className="muted">
            Only your own passphrase opens this page. {otherName} cannot read it until you choose to share it.
            {waiting ? ` ${otherName} has shared their page and is waiting for yours.` : ''}
          </p>
          {REPAIR_STEPS.map((step) => (
            <div key={step.id}>
              <TextArea label={step.label} hint={step.hint} rows={3} maxLength={4000} value={fields[step.id] ?? ''} onChange={(e) => set(step.id, e.target.value)} />
              <WritingHints text={fields[step.id] ?? ''} onUse={(next) => set(step.id, next)} />
            </div>
          ))}
          <SaveStatus state={autosave.state} error={autosave.error} onRetry={() => void autosave.flush()} />
          <Button onClick={() => setConfirming(true)} busy={busy} busyLabel="Sharing…">
            Share my page with {otherName}
          </Button>
        </Card>
      ) : null}
      <ConfirmDialog
          open={confirming}
          title={`Share your page with ${otherName}?`}
          confirmLabel="Share it"
          onConfirm={() => void share()}
          onCancel={() => setConfirming(false)}
        >
          <p>Once shared, you will both be able to read it. You cannot take it back.</p>
        </ConfirmDialog>
      {view && view.pairs.length > 0 ? (
        <section aria-labelledby="repair-shared" className="stack">
          <h2 id="repair-shared">Shared pages</h2>
          {view.pairs.map((pair) => (
            <SharedPair key={pair.id} pair={pair} names={names} />
          ))}
        </section>
      ) : null}
    </div>
  )
}

function SharedPair({ pair, names }: { pair: RepairPair; names: Record<PartnerId, string> }) {
  return (
    <Card as="article" aria-label={`Shared on ${formatDay(pair.startedAt)}`}>
      <h3>After the moment of {formatDay(pair.startedAt)}</h3>
      <div className="side-by-side">
        {PARTNER_IDS.map((p) => {
          const side = pair.sides[p]
          return (
            <div key={p}>
              <h4>{names[p]}’s page</h4>
              {side ? (
                REPAIR_STEPS.filter((s) => side.fields[s.id]?.trim()).map((s) => (
                  <div key={s.id}>
                    <p>
                      <strong>{s.label}</strong>
                    </p>
                    <p className="guided-answer">{side.fields[s.id]}</p>
                    <ToneNotes text={side.fields[s.id] ?? ''} />
                  </div>
                ))
              ) : (
                <p className="muted">{names[p]} has not shared a page yet.</p>
              )}
            </div>
          )
        })}
      </div>
    </Card>
  )
}
