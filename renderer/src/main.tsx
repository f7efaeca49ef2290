import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import './styles/global.css'
import './styles/theme.css'
import { DesktopLayer } from './features/desktop/DesktopLayer'
import { applyDocumentLocale } from './app/locale'

// Dates, times and date pickers follow the user's own locale; <html lang> says which it is.
applyDocumentLocale()

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
      <DesktopLayer />
    </StrictMode>,
  )
}
