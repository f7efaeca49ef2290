import { Card } from '../../components/Card'

/** A short, calm note for a couple who are parting: how each takes their own writing along. */
export function SeparateWaysCard() {
  return (
    <Card aria-labelledby="separate-ways-title" className="carry-card">
      <h2 id="separate-ways-title">If you are going separate ways</h2>
      <p>Each of you can take your own writing with you, and neither of you can take the other's private pages.</p>
      <ol>
        <li>
          Each of you opens Hearth with your own passphrase and exports, as Markdown or JSON. Your export holds your
          private entries and what you shared.
        </li>
        <li>
          Your partner's private entries are sealed with their key, so they are never in your export, and yours are
          never in theirs.
        </li>
        <li>
          The journal itself stays on this laptop, encrypted. A backup copy opens only with one of your own passphrases
          or recovery codes.
        </li>
      </ol>
    </Card>
  )
}
