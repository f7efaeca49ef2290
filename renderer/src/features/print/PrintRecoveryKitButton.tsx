import { useEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { Button } from '../../components/Button'
import { PrintFrame } from './PrintFrame'
import { RecoveryKitSheet } from './RecoveryKitSheet'

export interface PrintRecoveryKitButtonProps {
  name: string
  code: string
}

/**
 * "Print recovery kit" for the screen that has just shown a recovery code. The code stays in this
 * component's memory only (never stored, never sent anywhere but to the printer). The kit opens
 * over the page, because recovery codes are shown during setup and recovery, before any route.
 */
export function PrintRecoveryKitButton({ name, code }: PrintRecoveryKitButtonProps) {
  const [open, setOpen] = useState(false)
  const opener = useRef<HTMLSpanElement>(null)
  return (
    <>
      <span ref={opener} className="no-print">
        <Button variant="secondary" onClick={() => setOpen(true)}>
          Print recovery kit
        </Button>
      </span>
      {open ? (
        <KitOverlay
          name={name}
          code={code}
          onClose={() => {
            setOpen(false)
            // After the app behind the kit is shown again (next frame), back to the button.
            requestAnimationFrame(() => opener.current?.querySelector('button')?.focus())
          }}
        />
      ) : null}
    </>
  )
}

function KitOverlay({ name, code, onClose }: { name: string; code: string; onClose: () => void }) {
  const panel = useRef<HTMLDivElement>(null)
  useEffect(() => {
    // While the kit is open, printing shows only the kit (print.css hides #root).
    document.body.classList.add('print-overlay-open')
    panel.current?.focus()
    return () => document.body.classList.remove('print-overlay-open')
  }, [])
  return createPortal(
    <div
      ref={panel}
      className="print-overlay"
      role="dialog"
      aria-modal="true"
      aria-label={`${name}’s recovery kit`}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose()
      }}
    >
      <PrintFrame suggestedName={`Hearth recovery kit ${name}`} title="Print your recovery kit" onBack={onClose} backLabel="Close">
        <RecoveryKitSheet name={name} code={code} printedOn={new Date()} />
      </PrintFrame>
    </div>,
    document.body,
  )
}
