// The unlock screen's "Who are you?" choice, drawn with plain DOM calls the moment the vault status
// arrives, while React and the app are still loading (issue 15). It builds exactly the markup
// UnlockScreen renders for a locked journal (tests/component/first-paint.test.tsx holds the two
// identical), so boot.tsx hydrates it: React adopts these very nodes, with the focus where the
// person left it. A click that lands before React has its handlers is kept and replayed on the
// same button once it has them, so nothing pressed is lost.

import type { VaultStatus } from '../../../shared/domain'

interface Drawn {
  main: HTMLElement
  keep: (event: MouseEvent) => void
}

let drawn: Drawn | null = null
/** Which of main's buttons was pressed before React took over, by position. */
let pressed: number | null = null

const element = (tag: string, attributes: Record<string, string>, ...children: (Node | string)[]): HTMLElement => {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value)
  // Text nodes only: partner names are the couple's own words, never parsed as HTML.
  node.append(...children)
  return node
}

const button = (className: string, label: string) => element('button', { type: 'button', class: className }, label)

/** The locked screen's card, as UnlockScreen draws it with no partner chosen and no notice. */
export const earlyUnlockCard = (status: VaultStatus): HTMLElement =>
  element(
    'section',
    { class: 'card' },
    element('h1', { tabindex: '-1' }, 'Who are you?'),
    element('div', { class: 'choices' }, ...status.partners.map((p) => button('choice', p.name))),
    element(
      'p',
      { class: 'no-print' },
      button('button button--quiet', 'Use a recovery code'),
      button('button button--quiet', 'Restore from a backup copy'),
    ),
  )

/**
 * Draws the choice over index.html's "Opening Hearth…" frame when the journal is locked; any
 * other answer (first run, a journal to repair, an error) waits for React. Answers whether it drew.
 */
export const drawEarlyUnlock = (root: HTMLElement, status: VaultStatus): boolean => {
  const main = root.querySelector<HTMLElement>('main')
  // Only over the untouched static frame: if React is there already, it owns the page.
  if (status.state !== 'locked' || !main?.querySelector(':scope > p[role="status"]')) return false
  const card = earlyUnlockCard(status)
  main.replaceChildren(card)
  // Where UnlockScreen puts it: the question is read out first, the names are the next Tab stops.
  card.querySelector('h1')?.focus()
  const keep = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target.closest('button') : null
    if (target) pressed = [...main.querySelectorAll('button')].indexOf(target)
  }
  main.addEventListener('click', keep)
  drawn = { main, keep }
  return true
}

/** Just before React hydrates: stops keeping clicks (React sees them from now on); was it drawn? */
export const handOverEarlyUnlock = (): boolean => {
  if (!drawn) return false
  drawn.main.removeEventListener('click', drawn.keep)
  return true
}

/** Once React's handlers are attached: presses the button that was pressed too early, if any. */
export const replayEarlyPress = (): void => {
  const index = pressed
  drawn = null
  pressed = null
  // The page's main as it is now: React's own nodes even if it had to redraw rather than adopt.
  if (index !== null && index >= 0) document.querySelector('main')?.querySelectorAll('button')[index]?.click()
}
