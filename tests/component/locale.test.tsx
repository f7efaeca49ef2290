import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { formatDate, formatWhen } from '../../renderer/src/app/format'
import {
  appLocale,
  applyDocumentLocale,
  datePattern,
  FALLBACK_LOCALE,
  resolveLocale,
} from '../../renderer/src/app/locale'
import { DateField } from '../../renderer/src/components/DateField'

// Issue 11 deliver 9: dates and times, date pickers included, in the user's locale.
describe('story: dates and times are in the user’s locale', () => {
  const NOW = new Date('2026-12-01T09:00:00')

  it('a time is written the way each locale writes it (the locale passed explicitly)', () => {
    expect(formatWhen('2026-11-24T21:14:00', NOW, 'en-GB')).toBe('Tuesday 24 November, 21:14')
    expect(formatWhen('2026-11-24T21:14:00', NOW, 'en-US')).toMatch(/^Tuesday, November 24, 9:14\sPM$/)
    expect(formatWhen('2026-11-24T21:14:00', NOW, 'de-DE')).toBe('Dienstag, 24. November, 21:14')
    expect(formatWhen('2025-11-24T21:14:00', NOW, 'en-US')).toMatch(/^Monday, November 24, 2025, 9:14\sPM$/)
    expect(formatDate('2026-03-03', { day: 'numeric', month: 'long', year: 'numeric' }, 'en-US')).toBe('March 3, 2026')
    expect(formatDate('2026-03-03', { day: 'numeric', month: 'long', year: 'numeric' }, 'fr-FR')).toBe('3 mars 2026')
  })

  it('the locale comes from <html lang>, which follows the browser’s languages', () => {
    expect(applyDocumentLocale('en-US')).toBe('en-US')
    expect(document.documentElement.lang).toBe('en-US')
    expect(appLocale()).toBe('en-US')
    expect(formatWhen('2026-11-24T21:14:00', NOW)).toMatch(/^Tuesday, November 24, 9:14\sPM$/)
    document.documentElement.lang = 'de-DE'
    expect(formatWhen('2026-11-24T21:14:00', NOW)).toBe('Dienstag, 24. November, 21:14')
  })

  it('sensible fallbacks: the first language Intl knows, else en-GB; malformed tags are skipped', () => {
    expect(resolveLocale(['de-AT', 'en-US'])).toBe('de-AT')
    expect(resolveLocale(['not a tag!', undefined, '', 'fr-CA'])).toBe('fr-CA')
    expect(resolveLocale([])).toBe(FALLBACK_LOCALE)
    expect(resolveLocale(['not a tag!'])).toBe('en-GB')
  })

  it('a date picker carries the locale as its lang and its label says how a day is typed there', () => {
    expect(datePattern('en-GB')).toBe('dd/mm/yyyy')
    expect(datePattern('en-US')).toBe('mm/dd/yyyy')
    expect(datePattern('de-DE')).toBe('dd.mm.yyyy')
    const { unmount } = render(<DateField label="Day" value="" onChange={() => {}} />)
    const gb = screen.getByLabelText('Day (dd/mm/yyyy)')
    expect(gb).toHaveAttribute('type', 'date')
    expect(gb).toHaveAttribute('lang', 'en-GB')
    unmount()
    document.documentElement.lang = 'en-US'
    render(<DateField label="Day" value="" onChange={() => {}} />)
    expect(screen.getByLabelText('Day (mm/dd/yyyy)')).toHaveAttribute('lang', 'en-US')
  })
})
