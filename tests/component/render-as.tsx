// Renders a screen as one partner with the vault open (Sam is A, Robin is B); `went` records
// where the screen asked to navigate.
import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { NavigationContext } from '../../renderer/src/app/navigation'
import { SessionContext, type Session } from '../../renderer/src/app/session'
import type { PartnerInfo } from '../../shared/domain'
import { ROBIN, SAM, unlockedAs } from './fake-journal'

export const sessionAs = (partner: PartnerInfo = SAM): Session => ({
  status: unlockedAs(partner),
  partner,
  other: partner.id === 'A' ? ROBIN : SAM,
  setStatus: () => {},
  lock: async () => {},
  switchPartner: async () => {},
  locking: false,
  lockError: null,
})

export function renderAs(partner: PartnerInfo, ui: ReactElement) {
  const went: string[] = []
  const result = render(
    <SessionContext.Provider value={sessionAs(partner)}>
      <NavigationContext.Provider value={{ current: 'home', go: (id) => went.push(id) }}>{ui}</NavigationContext.Provider>
    </SessionContext.Provider>,
  )
  return { ...result, went }
}

export const renderAsSam = (ui: ReactElement) => renderAs(SAM, ui)
