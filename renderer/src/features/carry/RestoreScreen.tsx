import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { RestorePreview, RestoreResult } from '../../../../shared/contract/carry'
import type { PartnerId, VaultStatus } from '../../../../shared/domain'
import { call } from '../../api'
import { formatWhen } from '../../app/format'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { Notice } from '../../components/Notice'
import { Page } from '../../components/Page'
import { PassphraseField } from '../../components/PassphraseField'
import { TextField } from '../../components/TextField'
import { NewPassphraseFields } from '../vault/NewPassphraseFields'
import { checkNewPassphrase, hasErrors, type NewPassphraseErrors } from '../vault/passphrase-rules'
import { RecoveryCodeReveal } from '../vault/RecoveryCodeReveal'
import { useAsyncAction } from '../vault/useAsyncAction'
import { formatBytes } from './copy-words'
import { SetAsideList } from './SetAsideList'
import './carry.css'

export interface RestoreScreenProps {
  /** There is a journal on this laptop already (restoring sets it aside). */
  hasJournal: boolean
  onDone: (status: VaultStatus, notice: string) => void
  onCancel: () => void
  /** Opened because the system handed Hearth a .hearthbackup file: read it at once, no dialog. */
  autoOpen?: boolean
}

/** "Restore from a backup copy": choose the file, see what it is, open it with your own secret. */
export function RestoreScreen({ hasJournal, onDone, onCancel, autoOpen = false }: RestoreScreenProps) {
  const [preview, setPreview] = useState<RestorePreview | null>(null)
  const [newCode, setNewCode] = useState<{ name: string; code: string; status: VaultStatus; notice: string } | null>(
    null,
  )
  const { busy, error, run } = useAsyncAction()
  const headingRef = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    headingRef.current?.focus()
  }, [preview])

  const choose = async () => {
    const value = await run(() => call('carry:restore-open', {}))
    if (value) setPreview(value)
  }

  const autoOpened = useRef(false)
  useEffect(() => {
    if (!autoOpen || autoOpened.current) return
    autoOpened.current = true
    void choose()
    // choose is recreated each render; the ref makes this run once per screen.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [autoOpen])

  const cancel = () => {
    void call('carry:restore-cancel', {})
    onCancel()
  }

  if (newCode) {
    return (
      <Page narrow>
        <RecoveryCodeReveal
          name={newCode.name}
          code={newCode.code}
          intro="Your journal is restored with your new passphrase, and the recovery code you used no longer works. Here is your new one: write it on paper and keep it away from this laptop."
          continueLabel="Continue"
          onContinue={() => onDone(newCode.status, newCode.notice)}
        />
      </Page>
    )
  }

  return (
    <Page narrow>
      <div className="stack">
        <Card className="carry-card">
          <h1 ref={headingRef} tabIndex={-1}>
            Restore from a backup copy
          </h1>
          {preview ? (
            <OpenCopy
              preview={preview}
              onRestored={(result, name) => {
                const notice = result.setAside
                  ? `Your journal is restored. The journal that was here is kept, untouched, as “${result.setAside}”.`
                  : 'Your journal is restored. Choose your name to open it.'
                if (result.recoveryCode) setNewCode({ name, code: result.recoveryCode, status: result.status, notice })
                else onDone(result.status, notice)
              }}
              onBack={() => setPreview(null)}
            />
          ) : (
            <>
              <p>
                Choose the <strong>.hearthbackup</strong> file you made with “Make a backup copy…”, from a USB stick or
                wherever you keep it. Hearth checks every file in it and opens it with your passphrase before it changes
                anything on this laptop.
              </p>
              {hasJournal ? (
                <Notice tone="info">
                  There is a journal on this laptop already. It will not be overwritten: Hearth sets it aside, and you
                  can bring it back later.
                </Notice>
              ) : null}
              {error ? (
                <Notice tone="error" title="This copy cannot be used">
                  {error}
                </Notice>
              ) : null}
              <div className="row">
                <Button onClick={() => void choose()} busy={busy} busyLabel="Checking the copy…">
                  Choose the backup copy…
                </Button>
                <Button variant="secondary" onClick={cancel}>
                  Back
                </Button>
              </div>
            </>
          )}
        </Card>
        {hasJournal && !preview ? <SetAsideList onBroughtBack={onDone} /> : null}
      </div>
    </Page>
  )
}

type Secret = 'passphrase' | 'code'

function OpenCopy({
  preview,
  onRestored,
  onBack,
}: {
  preview: RestorePreview
  onRestored: (r: RestoreResult, name: string) => void
  onBack: () => void
}) {
  const [partner, setPartner] = useState<PartnerId | null>(null)
  const [secret, setSecret] = useState<Secret>('passphrase')
  const [passphrase, setPassphrase] = useState('')
  const [code, setCode] = useState('')
  const [next, setNext] = useState('')
  const [confirm, setConfirm] = useState('')
  const [errors, setErrors] = useState<NewPassphraseErrors & { partner?: string; secret?: string }>({})
  const { busy, error, run } = useAsyncAction()
  const names = preview.partners.map((p) => p.name)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    const found = {
      partner: partner ? undefined : 'Choose who you are.',
      secret:
        secret === 'passphrase'
          ? passphrase
            ? undefined
            : 'Type your passphrase.'
          : code.replace(/[\s-]/g, '').length < 16
            ? 'Type the whole recovery code.'
            : undefined,
      ...(secret === 'code' ? checkNewPassphrase(next, confirm) : {}),
    }
    setErrors(found)
    if (hasErrors(found) || !partner) return
    const request =
      secret === 'passphrase'
        ? { token: preview.token, partner, passphrase }
        : { token: preview.token, partner, code: code.trim(), next }
    const result = await run(() => call('carry:restore', request))
    setPassphrase('')
    if (result) onRestored(result, preview.partners.find((p) => p.id === partner)?.name ?? '')
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Notice tone="info" title="This copy checks out">
        <dl className="carry-preview">
          <dt>Journal of</dt>
          <dd>{names.join(' and ') || 'Unknown'}</dd>
          <dt>Copied</dt>
          <dd>{formatWhen(preview.createdAt)}</dd>
          <dt>File</dt>
          <dd>
            {preview.fileName} ({formatBytes(preview.bytes)}, {preview.files} files, all intact)
          </dd>
        </dl>
      </Notice>
      {preview.replacesJournal ? (
        <p>The journal on this laptop now will be set aside under a folder whose name says so, not overwritten.</p>
      ) : null}
      <fieldset aria-describedby={errors.partner ? 'restore-partner-error' : undefined}>
        <legend>Who are you?</legend>
        <div className="radio-row">
          {preview.partners.map((p) => (
            <label key={p.id}>
              <input
                type="radio"
                name="restore-partner"
                checked={partner === p.id}
                onChange={() => setPartner(p.id)}
                aria-invalid={errors.partner ? true : undefined}
              />
              {p.name}
            </label>
          ))}
        </div>
        {errors.partner ? (
          <p className="field__error" id="restore-partner-error">
            {errors.partner}
          </p>
        ) : null}
      </fieldset>
      <fieldset>
        <legend>Open it with</legend>
        <div className="radio-row">
          <label>
            <input
              type="radio"
              name="restore-secret"
              checked={secret === 'passphrase'}
              onChange={() => setSecret('passphrase')}
            />
            My passphrase
          </label>
          <label>
            <input type="radio" name="restore-secret" checked={secret === 'code'} onChange={() => setSecret('code')} />
            My recovery code
          </label>
        </div>
      </fieldset>
      {secret === 'passphrase' ? (
        <PassphraseField
          label="Your passphrase"
          purpose="current"
          value={passphrase}
          onValueChange={setPassphrase}
          error={errors.secret}
        />
      ) : (
        <>
          <TextField
            label="Recovery code"
            hint="Spaces and dashes don't matter."
            value={code}
            onChange={(e) => setCode(e.target.value)}
            error={errors.secret}
            mono
            autoComplete="off"
            spellCheck={false}
          />
          <NewPassphraseFields
            passphrase={next}
            confirm={confirm}
            onPassphrase={setNext}
            onConfirm={setConfirm}
            errors={errors}
            label="New passphrase"
            confirmLabel="Type the new passphrase again"
            personalWords={names}
          />
        </>
      )}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="row">
        <Button type="submit" busy={busy} busyLabel="Opening and restoring…">
          Restore this journal
        </Button>
        <Button variant="secondary" onClick={onBack}>
          Choose another file
        </Button>
      </div>
    </form>
  )
}
