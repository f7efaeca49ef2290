import { useEffect, useRef, useState } from 'react'
import { Button } from '../components/Button'
import { Notice } from '../components/Notice'
import { Page, MAIN_ID } from '../components/Page'
import { formatWhen } from './format'
import { HOME_ROUTE_ID, NavigationContext } from './navigation'
import { routes } from './routes'
import { homeCards } from './home-cards'
import { useSession } from './session'
import { VaultNotices } from '../features/vault/VaultNotices'
import { useMenuNavigation } from '../features/desktop/useMenuNavigation'

export function Home() {
  const session = useSession()
  const [current, setCurrent] = useState(HOME_ROUTE_ID)
  const firstRender = useRef(true)
  const route = routes.find((r) => r.id === current)

  // After moving to another page, put focus on main so keyboard and screen reader users start
  // at the top of the new content rather than on the nav button they pressed.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    document.getElementById(MAIN_ID)?.focus()
  }, [current])

  const go = (id: string) => setCurrent(routes.some((r) => r.id === id) ? id : HOME_ROUTE_ID)
  useMenuNavigation(go)
  const nav = (
    <nav className="app-nav" aria-label="Hearth">
      <ul>
        <NavItem id={HOME_ROUTE_ID} label="Home" current={current} go={go} />
        {routes.map((r) => (
          <NavItem key={r.id} id={r.id} label={r.label} current={current} go={go} />
        ))}
      </ul>
    </nav>
  )

  return (
    <NavigationContext.Provider value={{ current, go }}>
      <Page
        partnerName={session.partner.name}
        onLock={() => void session.lock()}
        locking={session.locking}
        nav={nav}
        handOverTo={session.other?.name}
        onHandOver={() => void session.switchPartner()}
      >
        {session.lockError ? <Notice tone="error">{session.lockError}</Notice> : null}
        <VaultNotices />
        {route ? route.element : <Overview />}
      </Page>
    </NavigationContext.Provider>
  )
}

function NavItem({ id, label, current, go }: { id: string; label: string; current: string; go: (id: string) => void }) {
  return (
    <li>
      <Button variant="nav" aria-current={current === id ? 'page' : undefined} onClick={() => go(id)}>
        {label}
      </Button>
    </li>
  )
}

// Home holds only what is for you now; the nav already lists every page, so Home does not repeat it.
function Overview() {
  const { partner, status } = useSession()
  return (
    <div className="stack">
      <div>
        <h1>Welcome, {partner.name}</h1>
        <p className="muted">
          {status.lastSavedAt ? `Last saved ${formatWhen(status.lastSavedAt)}.` : 'Nothing saved yet. Your journal starts whenever you like: one of the cards below is an easy first step.'}
        </p>
      </div>
      {status.unreadableRecords > 0 ? (
        <Notice tone="warning" title="Some entries could not be opened">
          <p>
            {status.unreadableRecords === 1 ? 'One entry' : `${status.unreadableRecords} entries`} could not be read. Hearth keeps them exactly
            as they are, so nothing is lost, but they stay hidden for now.
          </p>
        </Notice>
      ) : null}
      {homeCards.length > 0 ? (
        <section aria-labelledby="home-now" className="home-cards no-print">
          <h2 id="home-now">For you now</h2>
          <div className="home-cards__grid">
            {homeCards.map((card) => (
              <div key={card.id}>{card.element}</div>
            ))}
          </div>
        </section>
      ) : null}
    </div>
  )
}
