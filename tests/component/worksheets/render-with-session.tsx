import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { NavigationContext } from '../../../renderer/src/app/navigation'
import { SessionContext, type Session } from '../../../renderer/src/app/session'
import { ROBIN, SAM, unlockedAs } from '../fake-journal'

/** Renders a worksheet as Sam with the vault open; `go` records where navigation went. */
export function renderAsSam(ui: ReactElement) {
  const went: string[] = []
  const session: Session = {
    status: unlockedAs(SAM),
    partner: SAM,
    other: ROBIN,
    setStatus: () => {},
    lock: async () => {},
    switchPartner: async () => {},
    locking: false,
    lockError: null,
  }
  const result = render(
    <SessionContext.Provider value={session}>
      <NavigationContext.Provider value={{ current: 'home', go: (id) => went.push(id) }}>{ui}</NavigationContext.Provider>
    </SessionContext.Provider>,
  )
  return { ...result, went }
}
