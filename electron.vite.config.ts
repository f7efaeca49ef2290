import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'

/**
 * index.html fetches React's chunk (renderer/src/app/boot.tsx) and the chunks it imports beside the
 * tiny entry, so they are here when the entry asks for them (issue 15). A plain preload, not a
 * modulepreload: the bytes arrive, but parsing them waits for the entry's import(), which comes
 * after the unlock choice is drawn.
 */
const preloadReactChunk = (): Plugin => {
  let base = './'
  return {
    name: 'hearth:preload-react-chunk',
    configResolved: (config) => void (base = config.base),
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk')
        const boot = chunks.find((c) => c.facadeModuleId?.endsWith('/renderer/src/app/boot.tsx'))
        const files = new Set<string>()
        const add = (fileName: string) => {
          const chunk = chunks.find((c) => c.fileName === fileName)
          if (!chunk || chunk.isEntry || files.has(fileName)) return
          files.add(fileName)
          for (const imported of chunk.imports) add(imported)
        }
        if (boot) add(boot.fileName)
        return [...files].map((file) => ({ tag: 'link', attrs: { rel: 'preload', as: 'script', crossorigin: true, href: `${base}${file}` }, injectTo: 'head' as const }))
      },
    },
  }
}

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
    plugins: [react(), preloadReactChunk()],
    build: {
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'renderer/index.html') } },
      // Chromium needs no modulepreload polyfill in the first chunk.
      modulePreload: { polyfill: false },
      // No source maps in the package: they would only add bytes.
      sourcemap: false,
      minify: true,
    },
  },
})
