import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import react from '@vitejs/plugin-react'
import { build, defineConfig, type Plugin, type ResolvedConfig } from 'vite'
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

/**
 * Headers every host should send (README, "Hosting"; public/_headers ships them for Netlify and Cloudflare
 * Pages). `frame-ancestors` only works as a header, never in the CSP meta tag above: no other site may frame
 * the app (a framed Delete or Import button could be clicked through a disguise).
 */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
}

const PROJECT_ROOT = fileURLToPath(new URL('.', import.meta.url)).replace(/\/$/, '')

/**
 * The service worker answers navigations to other screens (a deep link, a reload on /workout) with this
 * copy of index.html as built, without the prerendered plan, so they never flash the plan screen first.
 */
const SHELL_HTML = 'shell.html'
const EMPTY_ROOT = '<div id="root"></div>'

/**
 * Prerender the plan screen (src/prerender.tsx) into dist/index.html, so the first paint and LCP come from
 * HTML before any JS runs. The client does not hydrate: main.tsx renders afresh over it (a returning user's
 * saved plan differs from the empty one prerendered). The markup is `inert` until then, so a tap that comes
 * before the JS is not lost on a dead control. Runs in writeBundle, before vite-plugin-pwa's closeBundle
 * generates the service worker, so the precached index.html (and its revision) is the prerendered one.
 * Only for this app's own build: the bench's floor goes through this config too and gets just the shell.
 */
const prerenderPlanScreen = (): Plugin => {
  let config: ResolvedConfig
  return {
    name: 'spotter-prerender',
    apply: (_, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved: (resolved) => {
      config = resolved
    },
    writeBundle: {
      sequential: true,
      order: 'post',
      async handler(options) {
        const outDir = options.dir ?? config.build.outDir
        const indexFile = join(outDir, 'index.html')
        const html = await readFile(indexFile, 'utf8')
        if (html.split(EMPTY_ROOT).length !== 2)
          throw new Error(`prerender: no single ${EMPTY_ROOT} in index.html`)
        await writeFile(join(outDir, SHELL_HTML), html)
        if (config.root !== PROJECT_ROOT) return

        const markup = (await renderPlanScreen(config)).replace(
          /^<div class="app">/,
          '<div class="app" inert="">',
        )
        if (!markup.startsWith('<div class="app" inert="">')) throw new Error('prerender: unexpected markup')
        if (/<script/i.test(markup))
          throw new Error('prerender: inline <script> in the markup (the CSP forbids it)')
        await writeFile(indexFile, html.replace(EMPTY_ROOT, `<div id="root">${markup}</div>`))
      },
    },
  }
}

/** A separate SSR build of src/prerender.tsx (into node_modules/.cache, so its imports resolve), then run it. */
async function renderPlanScreen(config: ResolvedConfig): Promise<string> {
  const cache = join(PROJECT_ROOT, 'node_modules', '.cache')
  const outDir = await mkdtemp(join(existsSync(cache) ? cache : PROJECT_ROOT, 'spotter-prerender-'))
  try {
    await build({
      configFile: false,
      root: PROJECT_ROOT,
      base: config.base,
      mode: config.mode,
      logLevel: 'warn',
      publicDir: false,
      plugins: [react()],
      build: {
        ssr: 'src/prerender.tsx',
        outDir,
        emptyOutDir: true,
        target: 'node20',
        rolldownOptions: { output: { entryFileNames: 'prerender.mjs' } },
      },
    })
    const entry: { prerenderPlan: () => Promise<string> } = await import(
      pathToFileURL(join(outDir, 'prerender.mjs')).href
    )
    return await entry.prerenderPlan()
  } finally {
    await rm(outDir, { recursive: true, force: true })
  }
}

export default defineConfig({
  base,
  plugins: [
    react(),
    contentSecurityPolicy(),
    prerenderPlanScreen(),
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
        // Not index.html: that holds the prerendered plan screen, which only "/" should show.
        navigateFallback: SHELL_HTML,
        // Explicit, because we register the worker ourselves: take control of the open page on first
        // install (so the app works offline after one visit), but let an update wait until the user says so.
        skipWaiting: false,
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: { target: 'es2022', sourcemap: false },
  preview: { port: 4173, strictPort: true, headers: SECURITY_HEADERS },
  server: { port: 5173, headers: SECURITY_HEADERS },
})
