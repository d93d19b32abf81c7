/**
 * Vite build of the dashboard: `vite build web` writes dist/web, which `skyhound serve` serves.
 * JSX goes through Vite's own Oxc transform with Preact's automatic runtime (no preset plugin).
 */
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const apiTarget = process.env['SKYHOUND_API'] ?? 'http://127.0.0.1:7420'

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // The polyfill would be fine under our CSP, but every supported browser has modulepreload.
    modulePreload: { polyfill: false },
    sourcemap: true,
  },
  server: { proxy: { '/api': apiTarget } },
  preview: { proxy: { '/api': apiTarget } },
})
