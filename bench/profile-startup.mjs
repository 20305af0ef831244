// npm run bench:startup-profile: where a start's main-thread time goes, in the app and in the floor.
// Builds both (as `npm run bench` does) and, on a 390×844 phone with the CPU slowed 4×, traces:
//   1. a first visit to "/" (no service worker, nothing saved) until the running app's h1 shows;
//   2. a repeat start offline (reload, served by the service worker).
// For each: every main-thread task of 10 ms or more (its start after navigation, its length, and what filled
// it, as the trace names it: script evaluation, React's scheduler task, style, layout, paint…), and the first
// contentful paint. Prints numbers; enforces nothing.
import { readFileSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build, preview } from 'vite'
import { appHeading, floorHeading, withBrowser } from './browser.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const TRACE = `${ROOT}dist-profile-trace.json`
const CPU_SLOWDOWN = 4
const BUILDS = {
  app: { vite: { configFile: `${ROOT}vite.config.ts`, root: ROOT }, heading: appHeading },
  floor: { vite: { configFile: `${ROOT}bench/floor/vite.config.ts` }, heading: floorHeading },
}
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'loading']

/** The renderer main thread's tasks of 10 ms or more (ms from the first), each with what filled it. */
function tasksOf(events) {
  const paint = events.filter((e) => e.name === 'firstContentfulPaint').at(-1)
  const main = events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === paint?.pid,
  )
  if (!main) throw new Error('no renderer main thread with a first paint in the trace')
  const complete = events.filter((e) => e.ph === 'X' && e.pid === main.pid && e.tid === main.tid)
  // Tracing starts just before the navigation: times count from its first main-thread event.
  const start = complete.reduce((first, e) => Math.min(first, e.ts), Number.POSITIVE_INFINITY)
  const label = (e) => {
    const url = (e.args?.data?.url ?? '').split('/').pop()
    if (e.name === 'v8.evaluateModule') return 'evaluate modules'
    // Classic scripts here are the inline first-visit check and Playwright's own (it waits for the h1).
    if (e.name === 'EvaluateScript') return `evaluate ${url || 'a classic script'}`
    if (e.name === 'FunctionCall') return `call ${url}`
    return e.name
  }
  const ms = (us) => Math.round(us / 1000)
  const tasks = complete.filter((e) => e.name === 'RunTask' && e.dur >= 10_000).sort((a, b) => a.ts - b.ts)
  return {
    fcp: paint ? ms(paint.ts - start) : undefined,
    tasks: tasks.map((task) => {
      const parts = new Map()
      for (const e of complete)
        if (e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.dur >= 1000)
          parts.set(label(e), (parts.get(label(e)) ?? 0) + e.dur)
      const top = [...parts].sort((a, b) => b[1] - a[1]).slice(0, 4)
      return `${String(ms(task.ts - start)).padStart(5)} ms  ${String(ms(task.dur)).padStart(4)} ms  ${top
        .map(([name, us]) => `${name} ${ms(us)}`)
        .join(', ')}`
    }),
  }
}

async function traced(browser, page, run) {
  await browser.startTracing(page, { path: TRACE, categories: CATEGORIES })
  await run()
  await page.waitForTimeout(300)
  await browser.stopTracing()
  return tasksOf(JSON.parse(readFileSync(TRACE, 'utf8')).traceEvents)
}

async function profile(name, baseURL) {
  const { heading } = BUILDS[name]
  const report = (what, { fcp, tasks }) => {
    console.log(`\n${name}, ${what}: first contentful paint ${fcp} ms; main-thread tasks ≥ 10 ms:`)
    for (const task of tasks) console.log(`  ${task}`)
  }
  await withBrowser(async (browser) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, baseURL })
    try {
      const page = await context.newPage()
      const cdp = await context.newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
      report(
        'first visit (service worker not yet installed)',
        await traced(browser, page, async () => {
          await page.goto('./')
          await heading(page).waitFor()
        }),
      )
      await page.waitForFunction(
        async () => (await navigator.serviceWorker.ready) && navigator.serviceWorker.controller,
      )
      await context.setOffline(true)
      await page.reload()
      await heading(page).waitFor()
      report(
        'repeat start offline (from the service worker)',
        await traced(browser, page, async () => {
          await page.reload({ waitUntil: 'commit' })
          await heading(page).waitFor()
        }),
      )
    } finally {
      await context.close()
    }
  })
}

try {
  for (const name of Object.keys(BUILDS)) {
    const { vite } = BUILDS[name]
    await build({ ...vite, logLevel: 'warn' })
    const server = await preview({ ...vite, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 } })
    try {
      const url = server.resolvedUrls?.local[0]
      if (!url) throw new Error('vite preview has no local URL')
      await profile(name, url)
    } finally {
      await server.close()
    }
  }
} finally {
  rmSync(TRACE, { force: true })
}
