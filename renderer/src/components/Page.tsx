import type { ReactNode } from 'react'
import { Button } from './Button'

export interface PageProps {
  /** The partner whose session is open; omit on the locked screens. */
  partnerName?: string
  onLock?: () => void
  locking?: boolean
  nav?: ReactNode
  /** The other partner's name: the header offers "Hand over to <name>" (lock, their unlock next). */
  handOverTo?: string
  onHandOver?: () => void
  /** Narrow centred column for the one-task screens (setup, unlock, recovery). */
  narrow?: boolean
  children: ReactNode
}

export const MAIN_ID = 'main'

export function Page({ partnerName, onLock, locking, nav, narrow, handOverTo, onHandOver, children }: PageProps) {
  return (
    <>
      <a className="skip-link" href={`#${MAIN_ID}`}>
        Skip to main content
      </a>
      <header className="app-header">
        <p className="app-name">Hearth</p>
        {partnerName && onLock ? (
          <div className="app-header__who">
            <span>
              Open for <strong>{partnerName}</strong>
            </span>
            {handOverTo && onHandOver ? (
              <Button variant="quiet" onClick={onHandOver} disabled={locking}>
                Hand over to {handOverTo}
              </Button>
            ) : null}
            <Button variant="secondary" onClick={onLock} busy={locking} busyLabel="Locking…">
              Lock
            </Button>
          </div>
        ) : null}
      </header>
      {narrow ? (
        <main id={MAIN_ID} tabIndex={-1} className="app-main--narrow">
          {children}
        </main>
      ) : (
        <div className="app-body">
          {nav}
          <main id={MAIN_ID} tabIndex={-1} className="app-main">
            {children}
          </main>
        </div>
      )}
    </>
  )
}
