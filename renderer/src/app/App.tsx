import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { otherPartner, type LockReason, type PartnerId, type VaultStatus } from '../../../shared/domain'
import type { Result } from '../../../shared/result'
import { call, onEvent } from '../api'
import { Button } from '../components/Button'
import { Notice } from '../components/Notice'
import { Page } from '../components/Page'
import { UnlockScreen } from '../features/vault/UnlockScreen'
import { takeStatus } from './first-status'
import { runBeforeLock } from './lock-events'
import { SessionContext, type Session } from './session'
import { useActivityReport } from './useActivityReport'

// Everything behind the unlock screen loads only after an unlock, so the first screen is small
// and interactive quickly; the worksheets and journal code are a separate chunk.
const Home = lazy(() => import('./Home').then((m) => ({ default: m.Home })))
// The unlock screen is the one drawn on most days; first run, restoring and a damaged journal each
// load their own chunk when they are needed.
const SetupFlow = lazy(() => import('../features/vault/SetupFlow').then((m) => ({ default: m.SetupFlow })))
const RestoreScreen = lazy(() => import('../features/carry/RestoreScreen').then((m) => ({ default: m.RestoreScreen })))
const RestoreBackupScreen = lazy(() =>
  import('../features/vault/RestoreBackupScreen').then((m) => ({ default: m.RestoreBackupScreen })),
)

/** While a screen's chunk loads: the same calm frame as index.html's first paint. */
const opening = (
  <Page narrow>
    <p role="status">Opening Hearth…</p>
  </Page>
)

const LOCK_NOTICES: Partial<Record<LockReason, string>> = {
  idle: 'Hearth locked itself after a quiet while.',
  suspend: 'Hearth locked when the laptop went to sleep.',
  'lock-screen': 'Hearth locked along with your screen.',
  resume: 'Hearth locked while the laptop was asleep.',
}

/** Leaves a little of main's grace period for the lock itself. */
const flushBudget = (graceMs: number) => Math.max(0, graceMs - 250)

export interface AppProps {
  /** The vault status already asked for before React loaded (boot.tsx): drawn on the first render. */
  firstStatus?: Result<VaultStatus>
}

export function App({ firstStatus }: AppProps = {}) {
  const first = firstStatus?.ok ? firstStatus.value : null
  const [status, setStatus] = useState<VaultStatus | null>(first)
  const [loadError, setLoadError] = useState<string | null>(
    firstStatus && !firstStatus.ok ? firstStatus.error.message : null,
  )
  // Setup stays on screen until both recovery codes have been seen, whatever the vault says.
  const [inSetup, setInSetup] = useState(first?.state === 'none')
  const [preselected, setPreselected] = useState<PartnerId | null>(null)
  const [unlockNotice, setUnlockNotice] = useState<string | null>(null)
  const [locking, setLocking] = useState(false)
  const [lockError, setLockError] = useState<string | null>(null)
  // "Restore from a backup copy", offered on the first-run and unlock screens.
  const [restoring, setRestoring] = useState(false)
  // A .hearthbackup file opened from the file manager starts the restore flow with that file.
  const [openedBackup, setOpenedBackup] = useState(false)
  // Each unlock mounts a fresh Home tree, so nothing decrypted survives from one session to the next.
  const [sessionKey, setSessionKey] = useState(0)
  const switching = useRef(false)
  // The lock event and the reply to vault:lock both arrive; the ref lets the second one see the
  // first without waiting for a render.
  const statusRef = useRef<VaultStatus | null>(first)

  const applyStatus = useCallback((next: VaultStatus) => {
    statusRef.current = next
    setStatus(next)
  }, [])

  const refresh = useCallback(async () => {
    setLoadError(null)
    const result = await takeStatus()
    if (!result.ok) {
      setLoadError(result.error.message)
      return
    }
    applyStatus(result.value)
    if (result.value.state === 'none') setInSetup(true)
  }, [applyStatus])

  /** Everything decrypted lives under Home; replacing the status unmounts it. */
  const dropSession = useCallback(
    (next: VaultStatus, notice: string | null) => {
      const previous = statusRef.current
      applyStatus(next)
      // Not open in this window (setup, a recovery code on screen): nothing to drop, keep the screen.
      if (previous?.state !== 'unlocked') return
      const last = previous.active
      // Only a hand-over knows who comes next; after any other lock the screen asks who is there
      // rather than offering the partner who just left.
      setPreselected(last && switching.current ? otherPartner(last) : null)
      switching.current = false
      setUnlockNotice(notice)
      setLocking(false)
      setLockError(null)
      setSessionKey((k) => k + 1)
    },
    [applyStatus],
  )

  // Given an answer at mount, there is nothing to ask; `firstStatus` is read at mount only.
  const answeredAtMount = useRef(firstStatus !== undefined)
  useEffect(() => {
    if (!answeredAtMount.current) void refresh()
  }, [refresh])

  useEffect(() => {
    const offLocked = onEvent('vault:locked', ({ reason, status: next }) => dropSession(next, LOCK_NOTICES[reason] ?? null))
    const offWillLock = onEvent('vault:will-lock', ({ graceMs }) => void runBeforeLock(flushBudget(graceMs)))
    // A save landed with a warning (a backup copy that did not finish): show it while open.
    const offChanged = onEvent('vault:changed', ({ status: next }) => {
      if (statusRef.current?.state === 'unlocked' && next.state === 'unlocked') applyStatus(next)
    })
    const offBackup = onEvent('backup:open-file', () => {
      if (statusRef.current?.state === 'unlocked') return // restoring asks for a lock first
      setOpenedBackup(true)
      setRestoring(true)
    })
    return () => {
      offLocked()
      offWillLock()
      offChanged()
      offBackup()
    }
  }, [dropSession, applyStatus])

  const unlocked = status?.state === 'unlocked' && !inSetup
  useActivityReport(unlocked)

  const lock = useCallback(
    async (toOther: boolean) => {
      setLocking(true)
      setLockError(null)
      switching.current = toOther
      await runBeforeLock()
      const result = await call('vault:lock', {})
      if (result.ok) {
        dropSession(result.value, null)
      } else {
        switching.current = false
        setLocking(false)
        setLockError(result.error.message)
      }
    },
    [dropSession],
  )

  const session = useMemo<Session | null>(() => {
    if (!status || status.state !== 'unlocked') return null
    const partner = status.partners.find((p) => p.id === status.active)
    if (!partner) return null
    return {
      status,
      partner,
      other: status.partners.find((p) => p.id !== partner.id) ?? null,
      setStatus: applyStatus,
      lock: () => lock(false),
      switchPartner: () => lock(true),
      locking,
      lockError,
    }
  }, [status, applyStatus, lock, locking, lockError])

  if (loadError) {
    return (
      <Page narrow>
        <Notice tone="error" title="Hearth could not start">
          <p>{loadError}</p>
        </Notice>
        <Button onClick={() => void refresh()}>Try again</Button>
      </Page>
    )
  }
  if (!status) return opening
  if (restoring && status.state !== 'unlocked') {
    return (
      <Suspense fallback={opening}>
        <RestoreScreen
          hasJournal={status.state !== 'none'}
          autoOpen={openedBackup}
          onDone={(next, notice) => {
            setOpenedBackup(false)
            setRestoring(false)
            setInSetup(false)
            setUnlockNotice(notice)
            applyStatus(next)
          }}
          onCancel={() => {
            setOpenedBackup(false)
            setRestoring(false)
          }}
        />
      </Suspense>
    )
  }
  if (inSetup || status.state === 'none') {
    return (
      <Suspense fallback={opening}>
        <SetupFlow
          onRestore={() => setRestoring(true)}
          onDone={(created) => {
            void finishSetup(created).then(() => {
              setUnlockNotice('Your journal is ready. Choose your name to open it.')
              setInSetup(false)
            })
          }}
        />
      </Suspense>
    )
  }
  if (status.state === 'needs-recovery') {
    return (
      <Suspense fallback={opening}>
        <RestoreBackupScreen
          status={status}
          onRestored={(next) => {
            setUnlockNotice('Your journal is back. Choose your name to open it.')
            applyStatus(next)
          }}
        />
      </Suspense>
    )
  }
  if (status.state === 'locked' || !session) {
    return (
      <UnlockScreen
        key={sessionKey}
        partners={status.partners}
        preselected={preselected}
        notice={unlockNotice}
        onUnlocked={(next) => {
          setUnlockNotice(null)
          applyStatus(next)
        }}
        onRecovered={() => void refresh()}
        onRestore={() => setRestoring(true)}
      />
    )
  }
  return (
    <SessionContext.Provider value={session}>
      <Suspense
        fallback={
          <p role="status" className="loading">
            Opening your journal…
          </p>
        }
      >
        <Home key={sessionKey} />
      </Suspense>
    </SessionContext.Provider>
  )

  /** After setup each partner opens Hearth with their own passphrase, so end on the lock screen. */
  async function finishSetup(created: VaultStatus) {
    if (created.state === 'unlocked') await call('vault:lock', {})
    await refresh()
  }
}
