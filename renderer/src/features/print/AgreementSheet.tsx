import type { RevisionView } from '../../../../shared/contract/boundaries'
import type { PartnerInfo } from '../../../../shared/domain'
import { formatDay, signatureWords } from '../boundaries/signature-words'

export interface AgreementSheetProps {
  revision: RevisionView
  partners: PartnerInfo[]
  printedOn: Date
}

/** The printed agreement: black on white, every agreed item by section, and lines to sign by hand. */
export function AgreementSheet({ revision, partners, printedOn }: AgreementSheetProps) {
  const nameOf = (id: 'A' | 'B') => partners.find((p) => p.id === id)?.name ?? (id === 'A' ? 'First partner' : 'Second partner')
  const names = partners.map((p) => p.name)
  const sections = revision.sections.map((s) => ({ ...s, items: revision.items.filter((i) => i.sectionId === s.id) })).filter((s) => s.items.length > 0)
  return (
    <article className="print-sheet" aria-label="Printable agreement">
      <header className="print-sheet__head">
        <p className="print-sheet__kicker">Hearth</p>
        <h1>Our boundaries agreement</h1>
        <p className="print-sheet__between">Between {names.join(' and ')}</p>
        <dl className="print-sheet__facts">
          <div>
            <dt>Version</dt>
            <dd>{revision.number}</dd>
          </div>
          <div>
            <dt>Written</dt>
            <dd>{formatDay(revision.createdAt)}</dd>
          </div>
          <div>
            <dt>Printed</dt>
            <dd>{formatDay(printedOn.toISOString())}</dd>
          </div>
          {revision.reviewDate ? (
            <div>
              <dt>Revisit on</dt>
              <dd>{formatDay(revision.reviewDate)}</dd>
            </div>
          ) : null}
        </dl>
      </header>
      {sections.length === 0 ? <p>Nothing has been agreed in this version yet.</p> : null}
      {sections.map((s) => (
        <section key={s.id} className="print-sheet__section">
          <h2>{s.title}</h2>
          <ol>
            {s.items.map((i) => (
              <li key={i.id}>{i.text}</li>
            ))}
          </ol>
        </section>
      ))}
      <section className="print-sheet__signatures">
        <h2>Signatures</h2>
        <p className="print-sheet__status">{revision.agreed ? `Version ${revision.number} is signed in Hearth by both of you.` : `Version ${revision.number} is not yet signed in Hearth by both of you.`}</p>
        {revision.signatures.map((s) => (
          <div key={s.partner} className="print-sheet__signer">
            <p>
              <strong>{signatureWords(s, nameOf(s.partner), formatDay)}.</strong>
              {s.fingerprint && s.state === 'valid' ? <span className="print-sheet__fingerprint"> Fingerprint: {s.fingerprint}</span> : null}
            </p>
            <div className="sign-lines">
              <span className="sign-line">Signed by hand</span>
              <span className="sign-line sign-line--date">Date</span>
            </div>
            <p className="sign-lines__name">{nameOf(s.partner)}</p>
          </div>
        ))}
        <p className="print-sheet__note">
          The fingerprint is a short summary of the signature kept in Hearth. If the agreement in Hearth shows the same fingerprint, this paper matches it.
        </p>
      </section>
    </article>
  )
}
