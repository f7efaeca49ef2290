import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// Vitest globals are off, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup()
  document.documentElement.lang = 'en-GB'
})
// Dates are formatted in <html lang>'s locale (main.ts sets it from the browser); tests fix it to
// en-GB so their expected strings do not depend on the machine.
document.documentElement.lang = 'en-GB'

// App loads the unlocked part (Home and every feature) lazily; load that module once here so a
// test that unlocks does not spend its find-timeout on transforming it.
await import('../../renderer/src/app/Home')
