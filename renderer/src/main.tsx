import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import './styles/global.css'
import './styles/theme.css'
import { DesktopLayer } from './features/desktop/DesktopLayer'

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
      <DesktopLayer />
    </StrictMode>,
  )
}
