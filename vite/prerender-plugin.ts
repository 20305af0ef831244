import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import react from '@vitejs/plugin-react'
import { build, type Plugin, type ResolvedConfig } from 'vite'

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '')

/**
 * The service worker answers navigations to other screens (a deep link, a reload on /workout) with this
 * copy of index.html as built, without the prerendered plan, so they never flash the plan screen first.
 */
export const SHELL_HTML = 'shell.html'
const EMPTY_ROOT = '<div id="root"></div>'

/**
 * Prerender the plan screen (src/prerender.tsx) into dist/index.html, so the first paint and LCP come from
 * HTML before any JS runs. main.tsx hydrates it (the store's hooks read the prerendered state while hydrating,
 * then a returning user's saved plan is rendered: docs/DECISIONS.md). The markup is `inert` until then, so a
 * tap that comes before the JS is not lost on a dead control. Runs in writeBundle, before vite-plugin-pwa's closeBundle
 * generates the service worker, so the precached index.html (and its revision) is the prerendered one.
 */
export const prerenderPlanScreen = (): Plugin => {
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

        const markup = (await renderPlanScreen(config)).replace(
          /^<div class="app">/,
          '<div class="app" inert="">',
        )
        if (!markup.startsWith('<div class="app" inert="">')) throw new Error('prerender: unexpected markup')
        if (/<script/i.test(markup))
          throw new Error('prerender: inline <script> in the markup (the CSP forbids it)')
        // The CSP's hashes are computed before the markup goes in: an inline style here would be refused.
        if (/<style|\sstyle="/i.test(markup))
          throw new Error('prerender: an inline style in the markup (the CSP forbids it)')
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
        // As in the app's build (vite.config.ts): the store is imported dynamically only to keep it out of startup.
        rolldownOptions: {
          output: { entryFileNames: 'prerender.mjs' },
          checks: { ineffectiveDynamicImport: false },
        },
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
