import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'

// BASE_PATH puts the static build under a sub-path, e.g. BASE_PATH=/spotter/ npm run build
const base = process.env.BASE_PATH ?? '/'

/**
 * A strict Content-Security-Policy for the built app: no inline scripts, nothing from another origin.
 * Build only: Vite's dev server injects an inline script for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')

const contentSecurityPolicy = (): Plugin => ({
  name: 'spotter-csp',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    // Right after the charset, before any script or stylesheet.
    handler: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  },
})

export default defineConfig({
  base,
  plugins: [
    react(),
    contentSecurityPolicy(),
    VitePWA({
      // We register the service worker ourselves (src/app/service-worker.ts) and ask before updating,
      // so a new version never reloads the page mid-workout.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'robots.txt', 'apple-touch-icon.png'],
      manifest: {
        name: 'Spotter: back-safe gym sessions',
        short_name: 'Spotter',
        description:
          'Plan a back-safe gym session, check form cues mid-set and swap risky exercises for safer ones. Works offline.',
        lang: 'en',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#0b57d0',
        background_color: '#f6f7f9',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,txt,webmanifest}'],
        navigateFallback: 'index.html',
        // Explicit, because we register the worker ourselves: take control of the open page on first
        // install (so the app works offline after one visit), but let an update wait until the user says so.
        skipWaiting: false,
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: { target: 'es2022', sourcemap: false },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
})
