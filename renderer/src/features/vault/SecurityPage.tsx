import { useSession } from '../../app/session'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { AutoLockCard } from './AutoLockCard'
import { BackupCard } from '../carry/BackupCard'
import { ChangePassphraseCard } from './ChangePassphraseCard'
import { NewRecoveryCodeCard } from './NewRecoveryCodeCard'
import { RenameCard } from './RenameCard'
import { RotateKeyCard } from './RotateKeyCard'

export function SecurityPage() {
  const { other, switchPartner, locking } = useSession()
  return (
    <div className="stack">
      <div>
        <h1>Passphrase &amp; security</h1>
        <p className="muted">Your own keys, and when Hearth locks itself. Your partner's passphrase and code stay theirs.</p>
      </div>
      <RenameCard />
      <ChangePassphraseCard />
      <NewRecoveryCodeCard />
      <RotateKeyCard />
      <AutoLockCard />
      <BackupCard />
      {other ? (
        <Card aria-labelledby="switch-title">
          <h2 id="switch-title">Switch partner</h2>
          <p className="muted">Hearth locks first, so nothing of yours stays open, and then {other.name} can type their passphrase.</p>
          <Button variant="secondary" onClick={() => void switchPartner()} busy={locking} busyLabel="Locking…">
            Lock and switch to {other.name}
          </Button>
        </Card>
      ) : null}
    </div>
  )
}
