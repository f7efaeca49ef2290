import { appLocale, datePattern } from '../app/locale'
import { TextField, type TextFieldProps } from './TextField'

/**
 * A date picker in the user's locale: the input carries the page's lang, and the label says how
 * the day is typed there ("Day (dd/mm/yyyy)"), since the picker shows the locale's order.
 */
export function DateField({ label, ...field }: Omit<TextFieldProps, 'type'>) {
  const locale = appLocale()
  return <TextField {...field} type="date" lang={locale} label={`${label} (${datePattern(locale)})`} />
}
