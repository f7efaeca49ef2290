import { useEffect, useRef, useState } from 'react'
import type { RecoveryCodes } from '../../../../shared/contract/vault'
import type { VaultStatus } from '../../../../shared/domain'
import { call } from '../../api'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { Notice } from '../../components/Notice'
import { Page } from '../../components/Page'
import { PartnerStep, type PartnerDraft } from './PartnerStep'
import { RecoveryCodeReveal } from './RecoveryCodeReveal'
import { useAsyncAction } from './useAsyncAction'

type Stage =
  | { kind: 'welcome' }
  | { kind: 'first' }
  | { kind: 'second'; first: PartnerDraft }
  | { kind: 'code'; index: 0 | 1; names: [string, string]; codes: RecoveryCodes; status: VaultStatus }

export interface SetupFlowProps {
  /** Called after both recovery codes have been seen. */
  onDone: (status: VaultStatus) => void
  /** "Restore from a backup copy" instead of starting a new journal. */
  onRestore?: () => void
}

export function SetupFlow({ onDone, onRestore }: SetupFlowProps) {
  const [stage, setStage] = useState<Stage>({ kind: 'welcome' })
  const [firstName, setFirstName] = useState('')
  const { busy, error, run } = useAsyncAction()

  const create = async (first: PartnerDraft, second: PartnerDraft) => {
    const value = await run(() => call('vault:create', { partners: [first, second] }))
    // Partner two is at the laptop, so their code comes first; then it goes back to partner one.
    if (value) setStage({ kind: 'code', index: 0, names: [first.name, second.name], codes: value.recoveryCodes, status: value.status })
  }

  return (
    <Page narrow>
      {stage.kind === 'welcome' ? <Welcome onStart={() => setStage({ kind: 'first' })} onRestore={onRestore} /> : null}
      {stage.kind === 'first' ? (
        <PartnerStep
          step="Step 1 of 2"
          title="First, one of you"
          intro={<p>Choose the name Hearth will call you and a passphrase only you know. Your partner can look away for this part.</p>}
          initialName={firstName}
          submitLabel="Continue"
          onSubmit={(first) => {
            setFirstName(first.name)
            setStage({ kind: 'second', first })
          }}
        />
      ) : null}
      {stage.kind === 'second' ? (
        <PartnerStep
          key="second"
          step="Step 2 of 2"
          title="Now it's your turn"
          intro={
            <p>
              Thanks, {stage.first.name}. Please hand the laptop to your partner. Partner, choose your name and a passphrase of your own: it has to be
              different from {stage.first.name}'s.
            </p>
          }
          other={stage.first}
          submitLabel="Create our journal"
          busy={busy}
          // Going back clears the first passphrase so it is never shown to the second partner.
          onBack={() => setStage({ kind: 'first' })}
          onSubmit={(second) => void create(stage.first, second)}
        >
          {error ? <Notice tone="error">{error}</Notice> : null}
        </PartnerStep>
      ) : null}
      {stage.kind === 'code' ? (
        <RecoveryCodeReveal
          key={stage.index}
          gated
          step={`Recovery code ${stage.index + 1} of 2`}
          name={stage.index === 0 ? stage.names[1] : stage.names[0]}
          code={stage.index === 0 ? stage.codes.B : stage.codes.A}
          continueLabel={stage.index === 0 ? 'Continue' : 'Finish setup'}
          onContinue={() => (stage.index === 0 ? setStage({ ...stage, index: 1 }) : onDone(stage.status))}
        />
      ) : null}
    </Page>
  )
}

function Welcome({ onStart, onRestore }: { onStart: () => void; onRestore?: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    headingRef.current?.focus()
  }, [])
  return (
    <Card>
      <h1 ref={headingRef} tabIndex={-1}>
        Welcome to Hearth
      </h1>
      <p>Hearth is a journal for the two of you. It lives on this laptop and nowhere else: no cloud, no account, nothing sent anywhere. Everything you write is encrypted.</p>
      <p>Each of you gets your own passphrase and your own private journal, alongside a shared space you can both open.</p>
      <p>
        There is no “forgot password” email. If a passphrase is ever lost, the only way back in is a recovery code, which each of you will see once at the end of setup.
        Keep a pen and paper nearby.
      </p>
      <Button onClick={onStart}>Let's begin</Button>
      {onRestore ? (
        <p>
          Moving from another laptop, or starting again after a lost one?{' '}
          <Button variant="quiet" onClick={onRestore}>
            Restore from a backup copy
          </Button>
        </p>
      ) : null}
    </Card>
  )
}
