import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { contentSecurityPolicy } from '../../vite/csp-plugin.ts'
import { PWA_OPTIONS } from '../../vite/pwa-options.ts'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/**
 * The bench's floor: a hello-world of the same stack, built as the app is (plugin-react, the CSP, the same
 * service worker settings, the app's public/ assets, target es2022) but with no prerendered screen, so
 * there is no shell copy to fall back to: navigations fall back to index.html.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: `${ROOT}public`,
  plugins: [
    react(),
    contentSecurityPolicy(),
    VitePWA({ ...PWA_OPTIONS, workbox: { ...PWA_OPTIONS.workbox, navigateFallback: 'index.html' } }),
  ],
  build: { target: 'es2022', sourcemap: false, outDir: `${ROOT}dist-floor`, emptyOutDir: true },
})
