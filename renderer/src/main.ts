import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { askStatusEarly } from './app/first-status'
import './styles/global.css'
import './styles/theme.css'
import { DesktopLayer } from './features/desktop/DesktopLayer'
import { applyDocumentLocale } from './app/locale'

// Dates, times and date pickers follow the user's own locale; <html lang> says which it is.
applyDocumentLocale()

// Before the first render, so the answer is on its way while React draws (issue 15).
askStatusEarly()
const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
      <DesktopLayer />
    </StrictMode>,
  )
}
