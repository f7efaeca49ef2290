import { useEffect, useState } from 'react'
import type { AboutInfo } from '../../../../shared/contract/desktop'
import { call } from '../../api'
import { InfoDialog } from './InfoDialog'

/** About Hearth, from the app itself: nothing is looked up online. */
export function AboutDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [about, setAbout] = useState<AboutInfo | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    if (!open) return
    void call('app:about', {}).then((r) => (r.ok ? setAbout(r.value) : setError(r.error.message)))
  }, [open])
  return (
    <InfoDialog open={open} title="About Hearth" onClose={onClose}>
      {error ? <p role="alert">{error}</p> : null}
      {about ? (
        <dl className="about-list">
          <dt>Version</dt>
          <dd>{about.version}</dd>
          <dt>Licence</dt>
          <dd>{about.licence}</dd>
          <dt>Your journal is kept in</dt>
          <dd className="file-path">{about.dataDir}</dd>
        </dl>
      ) : null}
      <p className="muted">Everything stays on this laptop, encrypted. Hearth has no account, no cloud and no network.</p>
    </InfoDialog>
  )
}
