import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  main: {
    // Runtime dependencies (lowdb, tweetnacl, zod) stay external and ship in app.asar.
    build: {
      externalizeDeps: true,
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    // A sandboxed preload cannot be an ES module and cannot require packages: bundle everything
    // into one CommonJS file.
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    plugins: [react()],
    build: {
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'renderer/index.html') } },
      // Chromium needs no modulepreload polyfill, and the first chunk stays small (issue 15).
      modulePreload: { polyfill: false },
      // No source maps in the package: they would only add bytes.
      sourcemap: false,
      minify: true,
    },
  },
})
