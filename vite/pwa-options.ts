import type { VitePWAOptions } from 'vite-plugin-pwa'
import { SHELL_HTML } from './prerender-plugin.ts'

/** The web manifest and service worker: the app's, and the bench floor's too, so both cache alike. */
export const PWA_OPTIONS: Partial<VitePWAOptions> = {
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
    // Not index.html: that holds the prerendered plan screen, which only "/" should show.
    navigateFallback: SHELL_HTML,
    // Explicit, because we register the worker ourselves: take control of the open page on first
    // install (so the app works offline after one visit), but let an update wait until the user says so.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
  },
}
