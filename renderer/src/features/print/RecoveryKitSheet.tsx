import { formatDay } from '../boundaries/signature-words'

export interface RecoveryKitSheetProps {
  name: string
  /** Passed in memory from the screen that just showed it; never stored. */
  code: string
  printedOn: Date
}

const groups = (code: string): string[] => code.replace(/[\s-]/g, '').toUpperCase().match(/.{1,4}/g) ?? []

/** One partner's recovery kit: the code, how to use it, and where to keep it. */
export function RecoveryKitSheet({ name, code, printedOn }: RecoveryKitSheetProps) {
  return (
    <article className="print-sheet recovery-kit" aria-label="Printable recovery kit">
      <header className="print-sheet__head">
        <p className="print-sheet__kicker">Hearth</p>
        <h1>{name}’s recovery kit</h1>
        <p>Printed on {formatDay(printedOn.toISOString())}. This paper is for {name} alone.</p>
      </header>
      <section>
        <h2>Your recovery code</h2>
        <p className="recovery-kit__code" data-testid="kit-code">
          {groups(code).join(' ')}
        </p>
      </section>
      <section>
        <h2>What it is for</h2>
        <p>
          If you ever forget your passphrase, this code is the only other way into your private journal. Your partner has their own code; this one opens
          only yours.
        </p>
      </section>
      <section>
        <h2>How to use it</h2>
        <ol>
          <li>Open Hearth and choose “Use a recovery code”.</li>
          <li>Choose your name and type the code. Spaces and dashes do not matter.</li>
          <li>Choose a new passphrase.</li>
          <li>Hearth then gives you a new code and this one stops working. Print a new kit and destroy this paper.</li>
        </ol>
      </section>
      <section>
        <h2>Where to keep it</h2>
        <ul>
          <li>Somewhere safe and private, away from the laptop: a locked drawer, or with your important papers.</li>
          <li>Not as a photo, and not in email or online storage.</li>
          <li>Anyone who has this paper and this laptop can open your private journal, so keep it as you would a key.</li>
        </ul>
      </section>
    </article>
  )
}
