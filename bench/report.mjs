// The benchmark's table, the machine it ran on, and docs/PERFORMANCE.md.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { availableParallelism, cpus, release, totalmem, type } from 'node:os'
import { CHROMIUM_PATH } from './chromium.mjs'

const PACKAGES = [
  'react',
  'react-dom',
  'react-router-dom',
  'zustand',
  'vite',
  '@vitejs/plugin-react',
  'vite-plugin-pwa',
  'lighthouse',
  '@playwright/test',
]

const ms = (value) => `${Math.round(value)} ms`
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`
const plain = (value) => String(value)
const cls = (value) => value.toFixed(3)

/** A measured value, or undefined when that measurement failed. */
const get = (outcome, pick) => (outcome && 'value' in outcome ? pick(outcome.value) : undefined)

/** The table's rows: what each build measured, and the targets from the issue. */
function rows({ app, floor }) {
  const both = (outcomeKey, pick) => ({
    app: get(app[outcomeKey], pick),
    floor: get(floor[outcomeKey], pick),
  })
  const lighthouse = (key) => both('lighthouse', (summary) => summary[key])
  const reference = (appKey, pick) => ({ app: get(app[appKey], pick), floor: get(floor.toggle, pick) })
  /** The app against itself: with a large saved history (app column) and with none (floor column). */
  const selfVs = (withKey, withoutKey) => ({
    app: get(app[withKey], (t) => t.median),
    floor: get(app[withoutKey], (t) => t.median),
  })
  return [
    { measure: 'Initial JS, raw', ...both('js', (js) => js.raw), format: kib, ratio: true },
    {
      measure: 'Initial JS, gzip −9',
      ...both('js', (js) => js.gzip),
      format: kib,
      ratio: true,
      target: { text: '≤ 1.10× floor', vsFloor: true, met: (a, f) => a <= 1.1 * f },
    },
    { measure: 'Initial JS, brotli q11', ...both('js', (js) => js.brotli), format: kib, ratio: true },
    {
      measure: 'JS fetched before the first screen is live, gzip −9',
      ...both('jsBeforeLive', (js) => js.gzip),
      format: kib,
      ratio: true,
    },
    {
      measure: 'Lighthouse performance',
      ...lighthouse('performance'),
      format: plain,
      target: { text: '100', met: (a) => a === 100 },
    },
    { measure: 'Lighthouse accessibility', ...lighthouse('accessibility'), format: plain },
    { measure: 'Lighthouse best practices', ...lighthouse('best-practices'), format: plain },
    { measure: 'First Contentful Paint', ...lighthouse('fcp'), format: ms, ratio: true },
    {
      measure: 'Largest Contentful Paint',
      ...lighthouse('lcp'),
      format: ms,
      ratio: true,
      target: { text: '≤ floor', vsFloor: true, met: (a, f) => a <= f },
    },
    { measure: 'Total Blocking Time', ...lighthouse('tbt'), format: ms },
    { measure: 'Cumulative Layout Shift', ...lighthouse('cls'), format: cls },
    {
      measure: 'Tick → next paint, median (floor: toggle)',
      ...reference('tick', (t) => t.median),
      format: ms,
      ratio: true,
      target: { text: '≤ 16 ms', met: (a) => a <= 16 },
    },
    {
      measure: 'Tick → next paint, p95 (floor: toggle)',
      ...reference('tick', (t) => t.p95),
      format: ms,
      ratio: true,
    },
    {
      measure: 'Swap → next paint, median (floor: toggle)',
      ...reference('swap', (t) => t.median),
      format: ms,
      ratio: true,
      target: { text: '≤ 33 ms', met: (a) => a <= 33 },
    },
    {
      measure: 'Swap → next paint, p95 (floor: toggle)',
      ...reference('swap', (t) => t.p95),
      format: ms,
      ratio: true,
    },
    {
      measure: 'Offline repeat start, median',
      ...both('offline', (t) => t.median),
      format: ms,
      ratio: true,
      target: { text: '≤ 1.5× floor', vsFloor: true, met: (a, f) => a <= 1.5 * f },
    },
    {
      measure: 'Search as you type, full library, median (floor: toggle)',
      ...reference('search', (t) => t.median),
      format: ms,
      ratio: true,
    },
    {
      measure: 'Cold start: a year of history (floor column: app, same plan, no history)',
      ...selfVs('coldYear', 'coldEmpty'),
      format: ms,
      ratio: true,
    },
    {
      measure: 'History opened: 3 years, 1,095 sessions (floor column: app, none)',
      ...selfVs('historyYears', 'historyEmpty'),
      format: ms,
      ratio: true,
      target: { text: '≤ 1.5× empty', vsFloor: true, met: (a, f) => a <= 1.5 * f },
    },
  ]
}

const NOT_MEASURED = 'not measured'

function verdict({ app, floor, target }) {
  if (!target) return ''
  if (app === undefined || (target.vsFloor && floor === undefined)) return NOT_MEASURED
  return target.met(app, floor) ? 'met' : '**missed**'
}

/** The results as a markdown table. */
export function renderTable(results) {
  const lines = [
    '| Measure | App | Floor | App / floor | Target | Target met? |',
    '| --- | ---: | ---: | ---: | --- | --- |',
  ]
  for (const row of rows(results)) {
    const cell = (value) => (value === undefined ? NOT_MEASURED : row.format(value))
    const ratio =
      row.ratio && row.app !== undefined && row.floor ? `${(row.app / row.floor).toFixed(2)}×` : ''
    lines.push(
      `| ${row.measure} | ${cell(row.app)} | ${cell(row.floor)} | ${ratio} | ${row.target?.text ?? ''} | ${verdict(row)} |`,
    )
  }
  return lines.join('\n')
}

/** Every measurement that failed, as "build: what went wrong". */
export function failures(results) {
  return Object.entries(results).flatMap(([build, outcomes]) =>
    Object.values(outcomes)
      .filter((outcome) => 'error' in outcome)
      .map((outcome) => `${build}: ${outcome.error}`),
  )
}

const osName = () => {
  const prettyName =
    existsSync('/etc/os-release') && readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?(.*?)"?$/m)
  return `${prettyName ? prettyName[1] : type()} (${type()} ${release()})`
}

const chromiumVersion = () =>
  CHROMIUM_PATH ? spawnSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).stdout.trim() : 'none found'

const packageVersion = (root, name) => {
  const file = `${root}/node_modules/${name}/package.json`
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : 'not installed'
}

/** The machine, the browser and the package versions the numbers came from. */
export function environment(root) {
  return [
    `- Date: ${new Date().toISOString()}`,
    `- OS: ${osName()}`,
    `- CPU: ${cpus()[0]?.model ?? 'unknown'}, ${availableParallelism()} cores`,
    `- Memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- Node: ${process.version}`,
    `- Chromium: ${chromiumVersion()}`,
    `- Packages: ${PACKAGES.map((name) => `${name} ${packageVersion(root, name)}`).join(', ')}`,
  ].join('\n')
}

export const METHOD = `- **Builds.** \`npm run bench\` builds the app (\`vite.config.ts\`, into dist/) and the floor, bench/floor/: React, react-dom, a react-router-dom data router with one route (an h1 "Hello" and a button), a zustand store persisted to localStorage, and the same service worker registration. The floor has its own bench/floor/vite.config.ts built from the app's pieces (plugin-react, the CSP plugin in vite/, vite-plugin-pwa with the same options from vite/pwa-options.ts, target es2022, the app's public/ assets), without the prerendered plan screen. Each build is served by \`vite preview\` (gzip on) on its own localhost port.
- **Initial JS.** The files index.html loads at startup: its \`<script src>\` and \`<link rel="modulepreload">\`, not lazy chunks, and the text of its inline scripts (bench/initial-js.mjs, shared with \`npm run size\`). Raw bytes, gzip (node:zlib gzipSync level 9) and brotli (brotliCompressSync, quality 11), each file compressed on its own, summed.
- **JS fetched before the first screen is live.** Every script a first visit to "/" had requested by the time the running app's h1 showed (Playwright, Pixel 7 profile, service worker blocked; the moment is caught by a MutationObserver in the page): the startup code and the chunks it then imports for the layout, the store and the plan screen with its library, not what loads later (figures as they scroll in, durable records). The floor: its one file. The JS files among the page's resource-timing entries, sized as above. The startup code is only what index.html names; this row is everything the first screen needs.
- **Lighthouse.** Lighthouse's Node API, default mobile config (simulated slow 4G, 4× CPU slowdown), categories performance, accessibility and best practices, on "/" with storage cleared; a fresh headless Chromium per run through chrome-launcher. Each score and metric is the median of 3 runs, taken separately.
- **Interaction latency.** Playwright drives Debian's Chromium (Pixel 7 profile at 390×844, CPU slowed 4× by CDP Emulation.setCPUThrottlingRate, service worker blocked). An in-page harness (not the Event Timing API, which only sees trusted events and nothing under 16 ms): \`performance.now()\`, then \`element.click()\`; React renders the update before the next frame (a click is a discrete event, flushed synchronously); a requestAnimationFrame callback runs just before that frame's style, layout and paint, and a MessageChannel message posted from it arrives right after them. The time to that message is one sample: it includes waiting for the next frame. 3 untimed warm-ups, then 40 timed clicks; median and p95 (nearest rank). Each click must change the page (the checkbox's state, the Undo button appearing, the toggle's aria-pressed), or the measurement fails.
  - *Tick*: saved data with plan forearm plank + sit-up, a workout started at step 1; open /workout and click the first checkbox, on and off.
  - *Swap*: the same plan, no workout; on / open "Swap Sit-up", click the first "Swap to …" button (timed), then Undo (untimed), and again.
  - *Floor reference*: the floor's Toggle button flips a persisted zustand boolean: the cheapest interaction of the same stack.
- **Offline repeat start.** A fresh context loads "/" online, waits for the h1 and for the service worker to be ready and in control, then goes offline (context.setOffline) with the CPU slowed 4×. Each sample is the wall-clock time from \`page.reload()\` until Playwright sees the h1 visible as the running app renders it (for the app, the plan screen's h1 outside the prerendered, inert copy in index.html, so the number includes starting the app; "Hello" for the floor), CDP round trips included; 5 samples, median.
- **Targets** are reported, never enforced: timings don't go into pass/fail tests. Timings move from run to run on a busy 2-core machine (Lighthouse TBT and the swap timings most); compare app and floor within one run. Only the initial-JS gzip size has a CI budget (\`npm run size\`).`

/** docs/PERFORMANCE.md. */
export function renderDoc({ table, env, failed, budget }) {
  const notMeasured = failed.length
    ? `\n**Not measured in this run:**\n\n${failed.map((line) => `- ${line}`).join('\n')}\n`
    : ''
  return `# Performance

The app against its floor: a hello-world of the same stack, built with the same settings.
Written by \`npm run bench\` (bench/run.mjs); run it again rather than editing this file.

## Results

${table}
${notMeasured}
## Where the time goes

- **Swap → next paint.** \`npm run bench:swap-profile\` traces 20 swaps at 4× CPU. React's own render and commit are
  3–5 ms a tap; most of the rest is the browser's style, layout and paint, which \`content-visibility: auto\` on
  the library's rows keeps to what is on screen; \`focus()\` on the swapped card forces 8–14 ms of it
  (docs/PERFORMANCE-HISTORY.md, first pass).
- **Startup.** \`npm run bench:startup-profile\` traces a first visit and an offline repeat start, app and floor.
  What is left after the first paint is React's code evaluating, the router being made and the page being
  hydrated; the offline start adds a round of the first screen's chunks through the service worker
  (docs/PERFORMANCE-HISTORY.md, second and third passes).

## Machine and versions

${env}

## How each number is measured

${METHOD}

## CI size budget

\`npm run size\` (scripts/check-size.mjs) reads dist/ after a build and fails when the app's initial JS, gzip level 9, is over \`initialJsGzipBytes\` in bench/size-budget.json: now ${budget.initialJsGzipBytes} B (${kib(budget.initialJsGzipBytes)}), set from ${budget.setFrom}.
`
}
