import { useState, type ReactNode } from 'react'
import { call } from '../../api'
import { Button } from '../../components/Button'
import { Notice } from '../../components/Notice'
import './print.css'

export interface PrintFrameProps {
  /** Suggested PDF file name, without folders. */
  suggestedName: string
  /** The controls' own heading (screen only; the sheet has the printed one). */
  title: string
  onBack: () => void
  backLabel: string
  children: ReactNode
}

/**
 * Screen-only controls above a printable sheet. Printing and saving go through Chromium's print
 * rendering with print.css, so what is saved is exactly the sheet, without Hearth's chrome.
 */
export function PrintFrame({ suggestedName, title, onBack, backLabel, children }: PrintFrameProps) {
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null)

  const savePdf = async () => {
    setBusy(true)
    setMessage(null)
    const result = await call('print:save-pdf', { suggestedName })
    setBusy(false)
    if (!result.ok) setMessage({ tone: 'error', text: result.error.message })
    else if (result.value.saved) setMessage({ tone: 'info', text: `Saved to ${result.value.path ?? 'the place you chose'}.` })
  }

  return (
    <div className="print-frame">
      <div className="print-toolbar no-print" role="region" aria-label="Print controls">
        <p className="print-toolbar__title">{title}</p>
        <Notice tone="warning" title="A printed copy is not encrypted">
          <p>Anyone who finds the paper, or the PDF file, can read it. Keep it somewhere private, and shred it when you no longer need it.</p>
        </Notice>
        <div className="row">
          <Button onClick={() => void savePdf()} busy={busy} busyLabel="Preparing the PDF…">
            Save as PDF…
          </Button>
          <Button variant="secondary" onClick={() => window.print()}>
            Print…
          </Button>
          <Button variant="quiet" onClick={onBack}>
            {backLabel}
          </Button>
        </div>
        {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      </div>
      {children}
    </div>
  )
}
