// How a signature's state is said, on screen and on paper. One place, so both say the same.

import type { SignatureView } from '../../../../shared/contract/boundaries'
import { formatDate as formatInLocale } from '../../app/format'

export const signatureWords = (signature: SignatureView, name: string, formatDate: (iso: string) => string): string => {
  switch (signature.state) {
    case 'valid':
      return `Signed by ${name}${signature.signedAt ? ` on ${formatDate(signature.signedAt)}` : ''}`
    case 'mismatch':
      return `${name}’s signature no longer matches this text`
    default:
      return `Not signed by ${name} yet`
  }
}

/** "3 March 2026": a date for paper, without the time. */
export const formatDay = (iso: string): string => formatInLocale(iso, { day: 'numeric', month: 'long', year: 'numeric' })
