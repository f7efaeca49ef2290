import type { ReactElement } from 'react'
import { RitualHomeCard } from '../features/rituals/RitualHomeCard'
import { ConversationHomeCard } from '../features/conversations/ConversationHomeCard'
import { ReflectionHomeCard } from '../features/reflection/ReflectionHomeCard'
import { NotesHomeCard } from '../features/notes/NotesHomeCard'
import { CarryHomeCard } from '../features/carry/CarryHomeCard'
import { RepliesHomeCard } from '../features/replies/RepliesHomeCard'

/**
 * What the home screen shows once unlocked, in order: each feature adds one entry (this week's
 * reflection, notes waiting, a ritual due, a card to draw...). A card loads its own data.
 */
export interface HomeCard {
  id: string
  element: ReactElement
}

export const homeCards: HomeCard[] = [
  { id: 'ritual-today', element: <RitualHomeCard /> },
  { id: 'conversation-card', element: <ConversationHomeCard /> },
  { id: 'reflection-week', element: <ReflectionHomeCard /> },
  { id: 'notes-waiting', element: <NotesHomeCard /> },
  { id: 'carry-copy', element: <CarryHomeCard /> },
  { id: 'replies-waiting', element: <RepliesHomeCard /> },
]
