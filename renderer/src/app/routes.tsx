import type { ReactNode } from 'react'
import { SecurityPage } from '../features/vault/SecurityPage'
import { ValuesPage } from '../features/values/ValuesPage'
import { ConversationsPage } from '../features/conversations/ConversationsPage'
import { ListeningPage } from '../features/listening/ListeningPage'
import { RitualsPage } from '../features/rituals/RitualsPage'
import { BoundariesPage } from '../features/boundaries/BoundariesPage'
import { AgreementPrint } from '../features/print/AgreementPrint'
import { ReflectionPage } from '../features/reflection/ReflectionPage'
import { PrivateJournalPage } from '../features/private/PrivateJournalPage'
import { NotesPage } from '../features/notes/NotesPage'
import { HistoryPage } from '../features/history/HistoryPage'
import { CheckinPage } from '../features/guided/CheckinPage'
import { LoveMapsPage } from '../features/guided/LoveMapsPage'
import { RepairPage } from '../features/guided/RepairPage'
import { YearPage } from '../features/guided/YearPage'
import { PreferencesPage } from '../features/desktop/PreferencesPage'
import { CarryPage } from '../features/carry/CarryPage'
import { PrintRangePage } from '../features/carry/PrintRangePage'

/**
 * Everything reachable from Home once the vault is open. To add a feature, add one entry here:
 * it appears in the side navigation and in the list on Home, in this order:
 * writing together and alone first, then the worksheets, then the agreement, then security.
 */
export interface RouteDef {
  /** Stable, kebab-case; 'home' is taken by the Home overview. */
  id: string
  /** Shown in the navigation. Short: one or two words. */
  label: string
  /** One line under the label on Home. */
  description?: string
  element: ReactNode
}

export const routes: RouteDef[] = [
  { id: 'reflection', label: 'Weekly reflection', description: 'Six questions for the two of you, side by side, sealed if you like.', element: <ReflectionPage /> },
  { id: 'private', label: 'Private journal', description: 'Pages only your own passphrase opens.', element: <PrivateJournalPage /> },
  { id: 'notes', label: 'Appreciation notes', description: 'Leave a thank-you for the next time your partner opens Hearth.', element: <NotesPage /> },
  { id: 'history', label: 'History & search', description: 'Your weeks over time, this week last year, and search.', element: <HistoryPage /> },
  { id: 'values', label: 'Shared values', description: 'Rate what matters to each of you, then compare once you both finish.', element: <ValuesPage /> },
  { id: 'conversations', label: 'Conversation cards', description: 'Draw a question, from light to deep, and talk.', element: <ConversationsPage /> },
  { id: 'listening', label: 'Active listening', description: 'Take turns to speak and be heard, with a gentle timer.', element: <ListeningPage /> },
  { id: 'rituals', label: 'Time together', description: 'Your rituals, ideas for time together, and how it went.', element: <RitualsPage /> },
  {
    id: 'boundaries',
    label: 'Boundaries',
    description: 'What each of you needs, what you agree together, signed by you both.',
    element: <BoundariesPage />,
  },
  {
    id: 'boundaries-print',
    label: 'Print agreement',
    description: 'A clean copy of your agreement to print or save as PDF, with lines to sign by hand.',
    element: <AgreementPrint />,
  },
  { id: 'checkin', label: 'Weekly check-in', description: 'One sitting together: thanks, what went well, and one thing to talk through.', element: <CheckinPage /> },
  { id: 'love-maps', label: 'How well do you know me?', description: 'Answer about yourselves, guess for each other, then reveal side by side.', element: <LoveMapsPage /> },
  { id: 'repair', label: 'After a hard moment', description: 'Each of you writes a page alone, then you share them side by side.', element: <RepairPage /> },
  { id: 'year', label: 'Our year', description: 'A look back at what you shared this year, to read together or print.', element: <YearPage /> },
  { id: 'carry', label: 'Export & import', description: 'Take your writing elsewhere, or bring in entries from another journal.', element: <CarryPage /> },
  { id: 'print-range', label: 'Print a date range', description: 'Your own entries and your shared weeks between two dates, on paper or as a PDF.', element: <PrintRangePage /> },
  {
    id: 'security',
    label: 'Passphrase & security',
    description: 'Change your passphrase, get a new recovery code, or switch partner.',
    element: <SecurityPage />,
  },
  {
    id: 'preferences',
    label: 'Display & reminders',
    description: 'Light or dark, text size, spelling and ritual reminders.',
    element: <PreferencesPage />,
  },
]
