import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { contentSecurityPolicy, SECURITY_HEADERS } from './vite/csp-plugin.ts'
import { inlineStylesheet } from './vite/inline-css-plugin.ts'
import { prerenderPlanScreen } from './vite/prerender-plugin.ts'
import { PWA_OPTIONS } from './vite/pwa-options.ts'

// BASE_PATH puts the static build under a sub-path, e.g. BASE_PATH=/spotter/ npm run build
const base = process.env.BASE_PATH ?? '/'

export default defineConfig({
  base,
  plugins: [
    react(),
    inlineStylesheet(),
    contentSecurityPolicy(),
    prerenderPlanScreen(),
    VitePWA(PWA_OPTIONS),
  ],
  // One stylesheet, inlined in index.html (vite/inline-css-plugin.ts): the prerendered plan paints styled
  // before any code loads.
  build: {
    target: 'es2022',
    sourcemap: false,
    cssCodeSplit: false,
    // The startup code imports the store only dynamically (src/main.tsx, src/app/lazy-screen.tsx), to keep it
    // out of the startup chunk; that it stays in the chunk the screens share is the point, not a mistake.
    rolldownOptions: { checks: { ineffectiveDynamicImport: false } },
  },
  preview: { port: 4173, strictPort: true, headers: SECURITY_HEADERS },
  server: { port: 5173, headers: SECURITY_HEADERS },
})
