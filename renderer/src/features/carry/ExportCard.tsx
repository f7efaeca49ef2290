import { useId, useState } from 'react'
import type { ExportForm, ExportResult } from '../../../../shared/contract/carry'
import { call } from '../../api'
import { useSession } from '../../app/session'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { Notice } from '../../components/Notice'
import { PassphraseField } from '../../components/PassphraseField'
import { useAsyncAction } from '../vault/useAsyncAction'

const FORMS: Record<ExportForm, { button: string; title: string }> = {
  markdown: { button: 'Export as Markdown…', title: 'Export as Markdown files' },
  json: { button: 'Export as JSON…', title: 'Export as one JSON file' },
}

/** "Export what I can read": says it is not encrypted first, then asks for the passphrase again. */
export function ExportCard() {
  const id = useId()
  const { other } = useSession()
  const [form, setForm] = useState<ExportForm | null>(null)
  const [passphrase, setPassphrase] = useState('')
  const [fieldError, setFieldError] = useState<string | null>(null)
  const [done, setDone] = useState<Extract<ExportResult, { saved: true }> | null>(null)
  const { busy, error, setError, run } = useAsyncAction()
  const otherName = other?.name ?? 'your partner'

  const close = () => {
    setForm(null)
    setPassphrase('')
    setFieldError(null)
    setError(null)
  }

  const confirm = async () => {
    if (busy || !form) return
    if (!passphrase) {
      setFieldError('Type your passphrase to go ahead.')
      return
    }
    const result = await run(() => call('carry:export', { form, passphrase }))
    setPassphrase('')
    if (!result) return
    setForm(null)
    if (result.saved) setDone(result)
  }

  return (
    <Card aria-labelledby={`${id}-title`} className="carry-card">
      <h2 id={`${id}-title`}>Export what I can read</h2>
      <p>
        Your own private entries and everything the two of you share: weekly reflections, notes to and from you, the
        worksheets and your agreement with its signatures. {otherName}'s private entries and anything still unsent are
        never in it.
      </p>
      <Notice tone="warning" title="An export is not encrypted">
        <p>
          Anyone who can open the file can read it. Save it somewhere only you can reach, and delete it when you no
          longer need it.
        </p>
      </Notice>
      {done ? (
        <Notice tone="info">
          Saved {done.fileName}, with {done.items}{' '}
          {done.items === 1 ? 'entry, week and note' : 'entries, weeks and notes'}.
        </Notice>
      ) : null}
      <div className="row">
        <Button variant="secondary" onClick={() => (setDone(null), setForm('markdown'))}>
          {FORMS.markdown.button}
        </Button>
        <Button variant="secondary" onClick={() => (setDone(null), setForm('json'))}>
          {FORMS.json.button}
        </Button>
      </div>
      <p className="muted">Markdown opens in Obsidian, Joplin or any text editor. JSON is for other apps.</p>
      <ConfirmDialog
        open={form !== null}
        title={form ? FORMS[form].title : ''}
        confirmLabel="Export"
        busy={busy}
        onConfirm={() => void confirm()}
        onCancel={close}
      >
        <p>
          The file will not be encrypted. To be sure it is you, type your passphrase again; then choose where to save
          it.
        </p>
        {error ? <Notice tone="error">{error}</Notice> : null}
        <PassphraseField
          label="Your passphrase"
          purpose="current"
          value={passphrase}
          onValueChange={setPassphrase}
          error={fieldError}
          autoFocus
        />
      </ConfirmDialog>
    </Card>
  )
}
