import { useEffect, useId, useRef, type ReactNode } from 'react'
import { Button } from '../../components/Button'

/** A modal with a title, some text and one Close button (<dialog>: focus is trapped, Escape closes). */
export function InfoDialog({ open, title, onClose, children }: { open: boolean; title: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal()
      else dialog.setAttribute('open', '')
    } else if (!open && dialog.open) dialog.close()
  }, [open])
  return (
    <dialog
      ref={ref}
      className="dialog dialog--info"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      {open ? (
        <div className="stack">
          <h2 id={titleId}>{title}</h2>
          {children}
          <div className="row">
            <Button variant="secondary" onClick={onClose} autoFocus>
              Close
            </Button>
          </div>
        </div>
      ) : null}
    </dialog>
  )
}
