import { allJournalPrompts, JOURNAL_THEMES } from '../../../../shared/content/journal-prompts'
import { Button } from '../../components/Button'

const PROMPTS = new Map(allJournalPrompts().map((p) => [p.prompt.id, p.prompt.text]))

export const promptText = (id: string | null): string | null => (id ? (PROMPTS.get(id) ?? null) : null)

/**
 * Optional starting points for harder things (childhood, fears, hopes, past relationships).
 * Folded away by default: free writing is the main way in.
 */
export function PromptPicker({ onPick }: { onPick: (id: string) => void }) {
  return (
    <details className="prompt-picker">
      <summary>Need a starting point?</summary>
      {JOURNAL_THEMES.map((theme) => (
        <section key={theme.id} aria-labelledby={`theme-${theme.id}`} className="prompt-picker__theme">
          <h3 id={`theme-${theme.id}`}>{theme.title}</h3>
          <p className="muted">{theme.intro}</p>
          <ul>
            {theme.prompts.map((p) => (
              <li key={p.id}>
                <Button variant="quiet" onClick={() => onPick(p.id)}>
                  {p.text}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </details>
  )
}
