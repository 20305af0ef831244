// npm run bench: build the app and its floor (bench/floor, a hello-world of the same stack built with the
// same Vite config), measure both side by side, print a markdown table and write docs/PERFORMANCE.md.
// Targets are reported, never enforced. Exits 1 when a measurement could not be taken.
import { readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { build, preview } from 'vite'
import {
  appHeading,
  coldStartTimings,
  floorHeading,
  historyOf,
  historyReady,
  offlineStartTimings,
  PLANNED_ONLY,
  planReady,
  scriptsBeforeLive,
  searchTimings,
  swapTimings,
  tickTimings,
  toggleTimings,
  withBrowser,
} from './browser.mjs'
import { initialJs, scriptSizes } from './initial-js.mjs'
import { lighthouseOnce, medianOfRuns } from './lighthouse.mjs'
import { environment, failures, METHOD, renderDoc, renderTable } from './report.mjs'
import { median, p95 } from './stats.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const CONFIG_FILE = `${ROOT}vite.config.ts`
const LIGHTHOUSE_RUNS = 3
/** The h1 of each build's first screen as its running code renders it (the app's prerendered copy is inert). */
const LIVE = { app: '.app:not([inert]) h1', floor: 'h1' }

/** The two builds: the app as `npm run build` makes it, and the floor with its own config (bench/floor). */
const BUILDS = {
  app: { dist: `${ROOT}dist`, vite: { configFile: CONFIG_FILE, root: ROOT } },
  floor: { dist: `${ROOT}dist-floor`, vite: { configFile: `${ROOT}bench/floor/vite.config.ts` } },
}

/** Run one measurement: its value, or the reason it failed (said loudly now, and listed under the table). */
async function attempt(label, measure) {
  console.log(`… ${label}`)
  try {
    return { value: await measure() }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    console.error(`\n!!! ${label} FAILED: ${reason}\n`)
    return { error: `${label}: ${reason}` }
  }
}

/** Throws when an earlier step this one depends on failed. */
function needs(outcome, what) {
  if ('error' in outcome) throw new Error(`skipped, because ${what} failed`)
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address()
      probe.close(() => resolve(port))
    })
  })

async function serve(vite) {
  const port = await freePort()
  const server = await preview({
    ...vite,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: true },
  })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('vite preview has no local URL')
  return { url, close: () => server.close() }
}

async function lighthouseMedians(url) {
  const runs = []
  for (let run = 0; run < LIGHTHOUSE_RUNS; run++) runs.push(await lighthouseOnce(url))
  return medianOfRuns(runs)
}

const spread = (timings) => ({ median: median(timings), p95: p95(timings) })

/** Everything measured of one build that is being served at `url`. */
async function measureServed(name, url) {
  const inBrowser = (measure) => withBrowser((browser) => measure(browser, url))
  const heading = name === 'app' ? appHeading : floorHeading
  const outcomes = {
    lighthouse: await attempt(`${name}: Lighthouse ×${LIGHTHOUSE_RUNS}`, () => lighthouseMedians(url)),
    jsBeforeLive: await attempt(`${name}: JS before the first screen is live`, async () =>
      scriptSizes(
        BUILDS[name].dist,
        await inBrowser((browser, base) => scriptsBeforeLive(browser, base, LIVE[name])),
      ),
    ),
  }
  if (name === 'app') {
    outcomes.tick = await attempt('app: tick to paint', async () => spread(await inBrowser(tickTimings)))
    outcomes.swap = await attempt('app: swap to paint', async () => spread(await inBrowser(swapTimings)))
    outcomes.search = await attempt('app: search as you type', async () =>
      spread(await inBrowser(searchTimings)),
    )
    const cold = (saved, path, ready) => async () =>
      spread(await inBrowser((browser, base) => coldStartTimings(browser, base, saved, path, ready)))
    outcomes.coldEmpty = await attempt('app: cold start, no history', cold(PLANNED_ONLY, './', planReady))
    outcomes.coldYear = await attempt(
      'app: cold start, a year of history',
      cold(historyOf(365), './', planReady),
    )
    outcomes.historyEmpty = await attempt('app: History, none', cold(PLANNED_ONLY, 'history', historyReady))
    outcomes.historyYears = await attempt(
      'app: History, 3 years',
      cold(historyOf(1095), 'history', historyReady),
    )
  } else {
    outcomes.toggle = await attempt('floor: toggle to paint', async () =>
      spread(await inBrowser(toggleTimings)),
    )
  }
  outcomes.offline = await attempt(`${name}: offline repeat start`, async () =>
    spread(await inBrowser((browser, base) => offlineStartTimings(browser, base, heading))),
  )
  return outcomes
}

async function measure(name) {
  const { dist, vite } = BUILDS[name]
  const built = await attempt(`${name}: build`, () => build({ ...vite, logLevel: 'warn' }))
  const js = await attempt(`${name}: initial JS`, () => {
    needs(built, 'the build')
    return initialJs(dist)
  })
  const server = await attempt(`${name}: vite preview`, () => {
    needs(built, 'the build')
    return serve(vite)
  })
  if ('error' in server) return { built, js, server }
  try {
    return { built, js, ...(await measureServed(name, server.value.url)) }
  } finally {
    await server.value.close()
  }
}

const results = { app: await measure('app'), floor: await measure('floor') }
const table = renderTable(results)
const failed = failures(results)
const budget = JSON.parse(readFileSync(`${ROOT}bench/size-budget.json`, 'utf8'))
const env = environment(ROOT)
writeFileSync(`${ROOT}docs/PERFORMANCE.md`, renderDoc({ table, env, failed, budget }))

console.log(`\n${table}\n\n${env}\n\nHow each number is measured:\n${METHOD}\n`)
console.log('Written to docs/PERFORMANCE.md.')
if (failed.length) {
  console.error(
    `\n${failed.length} measurement(s) could not be taken:\n${failed.map((line) => `  - ${line}`).join('\n')}`,
  )
  process.exitCode = 1
}
