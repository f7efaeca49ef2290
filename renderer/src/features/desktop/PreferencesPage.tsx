// Theme, text size, spell-check and reminders. These are kept in a plain file outside the
// encrypted journal (nothing here is private), so they also apply on the lock screen.
import { useId, useState } from 'react'
import { THEMES, TEXT_SCALE, type Preferences, type Theme } from '../../../../shared/contract/desktop'
import { Card } from '../../components/Card'
import { Notice } from '../../components/Notice'
import { setPreferences } from './preferences-store'
import { usePreferences } from './usePreferences'

const THEME_LABELS: Record<Theme, string> = { system: 'Follow the system', light: 'Light', dark: 'Dark' }
const SCALES = Array.from({ length: Math.round((TEXT_SCALE.max - TEXT_SCALE.min) / TEXT_SCALE.step) + 1 }, (_, i) => TEXT_SCALE.min + i * TEXT_SCALE.step)
const percent = (n: number) => `${Math.round(n * 1000) / 10} %`

export function PreferencesPage() {
  const view = usePreferences()
  const id = useId()
  const [error, setError] = useState<string | null>(null)
  const save = async (patch: Partial<Omit<Preferences, 'window'>>) => setError(await setPreferences(patch))

  if (!view) return <p role="status">Opening your preferences…</p>
  const { prefs, spellcheck } = view
  return (
    <div className="stack">
      <header>
        <h1>Display &amp; reminders</h1>
        <p className="muted">How Hearth looks on this laptop. These choices are not secret, so they apply on the lock screen too.</p>
      </header>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Card aria-labelledby={`${id}-look`}>
        <h2 id={`${id}-look`}>Look</h2>
        <fieldset className="radio-row">
          <legend className="field__label">Theme</legend>
          {THEMES.map((t) => (
            <label key={t} className="checkbox">
              <input type="radio" name={`${id}-theme`} value={t} checked={prefs.theme === t} onChange={() => void save({ theme: t })} /> {THEME_LABELS[t]}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-size`}>
            Text size
          </label>
          <select id={`${id}-size`} className="input" value={prefs.textScale} onChange={(e) => void save({ textScale: Number(e.target.value) })}>
            {SCALES.map((s) => (
              <option key={s} value={s}>
                {percent(s)}
                {s === TEXT_SCALE.default ? ' (default)' : ''}
              </option>
            ))}
          </select>
          <p className="field__hint muted">Also in the View menu: bigger, smaller and back to the default.</p>
        </div>
      </Card>
      <Card aria-labelledby={`${id}-spell`}>
        <h2 id={`${id}-spell`}>Spelling</h2>
        {spellcheck.available ? (
          <>
            <label className="checkbox">
              <input type="checkbox" checked={prefs.spellcheck} onChange={(e) => void save({ spellcheck: e.target.checked })} /> Check spelling as I write
            </label>
            {spellcheck.languages.length > 0 ? (
              <div className="field">
                <label className="field__label" htmlFor={`${id}-lang`}>
                  Language
                </label>
                <select
                  id={`${id}-lang`}
                  className="input"
                  value={prefs.spellLanguage ?? ''}
                  disabled={!prefs.spellcheck}
                  onChange={(e) => void save({ spellLanguage: e.target.value || null })}
                >
                  <option value="">The system’s language</option>
                  {spellcheck.languages.map((l) => (
                    <option key={l} value={l}>
                      {l}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            <p className="muted">The words are checked by this computer’s own dictionary; nothing is sent anywhere.</p>
          </>
        ) : (
          <p className="muted">{spellcheck.reason ?? 'Spell-check is not available here.'}</p>
        )}
      </Card>
      <Card aria-labelledby={`${id}-remind`}>
        <h2 id={`${id}-remind`}>Reminders</h2>
        <label className="checkbox">
          <input type="checkbox" checked={prefs.reminders} onChange={(e) => void save({ reminders: e.target.checked })} /> Remind us of a ritual at its time
        </label>
        <p className="muted">
          While Hearth is open, a small system notice says “A ritual for today: open Hearth”. It never shows what the ritual is.
        </p>
      </Card>
    </div>
  )
}
