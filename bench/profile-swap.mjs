// npm run bench:profile-swap: where the time of a swap goes, from the tap to the next paint.
// Builds the app unminified (so React's and the app's function names survive) into dist-profile/, opens the
// plan with Sit-up planned on a 390×844 phone with the CPU slowed 4×, and taps "Swap to …" 20 times (Undo
// between, untimed). Two views of the same taps:
//   1. the browser's own trace: main-thread time inside each tap's window (tap → next paint), by kind of work
//      (script, style, layout, paint…), as the Performance panel groups it;
//   2. a V8 CPU profile taken around each tap only: self time by function, and time by the app's components.
// Prints numbers; enforces nothing (an unminified build is a little slower than the shipped one).
import { fileURLToPath } from 'node:url'
import { build, preview } from 'vite'
import { FIXTURE, planItem, savedText } from '../tests/fixtures/seed.mjs'
import { withBrowser } from './browser.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const OUT = `${ROOT}dist-profile`
const TAPS = 20
const CPU_SLOWDOWN = 4

await build({
  configFile: `${ROOT}vite.config.ts`,
  root: ROOT,
  logLevel: 'warn',
  build: { outDir: OUT, emptyOutDir: true, minify: false },
})
const server = await preview({
  configFile: `${ROOT}vite.config.ts`,
  root: ROOT,
  logLevel: 'warn',
  build: { outDir: OUT },
  preview: { host: '127.0.0.1', port: 0 },
})
const baseURL = server.resolvedUrls?.local[0]
if (!baseURL) throw new Error('vite preview has no local URL')

const PLAN = [planItem('p-a', 'forearm-plank', { reps: 1, holdSeconds: 30 }), planItem('p-b', 'sit-up')]
void FIXTURE

/** Self time of each trace event on the renderer's main thread inside [from, to] (µs), by event name. */
function traceSelfTimes(events, windows) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  if (!main) throw new Error('no renderer main thread in the trace')
  const complete = events
    .filter((e) => e.ph === 'X' && e.pid === main.pid && e.tid === main.tid && e.dur > 0)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur)
  const self = new Map()
  for (const [from, to] of windows) {
    const inside = complete.filter((e) => e.ts >= from && e.ts + e.dur <= to + 50_000 && e.ts <= to)
    const stack = []
    const add = (name, us) => self.set(name, (self.get(name) ?? 0) + us)
    for (const e of inside) {
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop()
      const parent = stack.at(-1)
      if (parent) add(parent.name, -Math.min(e.dur, parent.ts + parent.dur - e.ts))
      add(e.name, Math.min(e.dur, to - e.ts))
      stack.push(e)
    }
  }
  return self
}

const KIND = {
  script: [
    'FunctionCall',
    'EventDispatch',
    'v8.callFunction',
    'V8.Execute',
    'RunMicrotasks',
    'TimerFire',
    'FireAnimationFrame',
    'v8.run',
    'V8.GC_SCAVENGER',
    'MinorGC',
    'MajorGC',
    'v8.compile',
    'v8.parseOnBackground',
    'V8.GCScavenger',
    'BlinkGC.AtomicPhase',
  ],
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ScheduleStyleRecalculation', 'ParseAuthorStyleSheet'],
  layout: ['Layout', 'UpdateLayerTree', 'IntersectionObserverController::computeIntersections'],
  paint: [
    'PrePaint',
    'Paint',
    'PaintImage',
    'Layerize',
    'Commit',
    'CompositeLayers',
    'UpdateLayer',
    'RasterTask',
  ],
}
const kindOf = (name) => Object.entries(KIND).find(([, names]) => names.includes(name))?.[0] ?? 'other'

const ms = (us) => (us / 1000).toFixed(1)

try {
  await withBrowser(async (browser) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2.625,
      isMobile: true,
      hasTouch: true,
      baseURL,
      serviceWorkers: 'block',
    })
    await context.addInitScript((value) => localStorage.setItem('spotter', value), savedText({ plan: PLAN }))
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
    await page.goto('./')

    const openSwaps = page.getByRole('button', { name: /^Swap Sit-up$/i })
    const swapTo = page.getByRole('button', { name: /^Swap to /i }).first()
    const undo = page.getByRole('button', { name: /^Undo\b/i })

    const profiles = []
    const tapped = []
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing'],
    })
    for (let i = 0; i < TAPS + 2; i++) {
      if (!(await swapTo.isVisible())) await openSwaps.click()
      await swapTo.waitFor()
      await cdp.send('Profiler.start')
      const took = await swapTo.evaluate(
        (element) =>
          new Promise((resolve) => {
            performance.mark('swap-tap')
            const start = performance.now()
            element.click()
            requestAnimationFrame(() => {
              const channel = new MessageChannel()
              channel.port1.onmessage = () => {
                performance.mark('swap-painted')
                resolve(performance.now() - start)
              }
              channel.port2.postMessage(null)
            })
          }),
      )
      const { profile } = await cdp.send('Profiler.stop')
      if (i >= 2) {
        profiles.push(profile)
        tapped.push(took)
      }
      await page.waitForTimeout(450)
      await undo.click()
      await page.waitForTimeout(450)
      await openSwaps.waitFor()
    }
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'))
    const events = trace.traceEvents ?? trace
    const marks = (name) =>
      events.filter((e) => e.name === name && e.cat?.includes('user_timing')).map((e) => e.ts)
    const starts = marks('swap-tap').slice(2)
    const ends = marks('swap-painted').slice(2)
    if (starts.length !== TAPS || ends.length !== TAPS)
      throw new Error(`marks: ${starts.length}/${ends.length}`)
    const windows = starts.map((s, i) => [s, ends[i]])

    const sorted = [...tapped].sort((a, b) => a - b)
    console.log(
      `\nSwap → next paint over ${TAPS} taps (unminified build, CPU ${CPU_SLOWDOWN}×): median ${sorted[TAPS / 2].toFixed(1)} ms, min ${sorted[0].toFixed(1)}, max ${sorted.at(-1).toFixed(1)}`,
    )

    // 1. The trace: main-thread work by kind, per tap.
    const self = traceSelfTimes(events, windows)
    const byKind = new Map()
    for (const [name, us] of self) byKind.set(kindOf(name), (byKind.get(kindOf(name)) ?? 0) + us)
    console.log('\nMain thread, per tap (trace self time, mean):')
    for (const [kind, us] of [...byKind].sort((a, b) => b[1] - a[1]))
      console.log(`  ${kind.padEnd(8)} ${ms(us / TAPS).padStart(6)} ms`)
    console.log('  by event:')
    for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 12))
      console.log(`    ${name.padEnd(36)} ${ms(us / TAPS).padStart(6)} ms`)

    // 2. The CPU profiles: self time by function; inclusive time of the app's own components.
    const selfByFunction = new Map()
    const inclusiveByAppFunction = new Map()
    let sampled = 0
    for (const [index, profile] of profiles.entries()) {
      // Only the samples inside this tap's window (the profile's clock is the trace's): not the test
      // driver's own work of finding the button before the tap.
      const [from, to] = windows[index]
      let at = profile.startTime
      const nodes = new Map(profile.nodes.map((n) => [n.id, n]))
      const parent = new Map()
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
      profile.samples.forEach((id, i) => {
        at += profile.timeDeltas[i] ?? 0
        const dt = profile.timeDeltas[i + 1] ?? 0
        if (at < from || at > to) return
        sampled += dt
        const leaf = nodes.get(id)
        const label = (n) =>
          `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}`
        selfByFunction.set(label(leaf), (selfByFunction.get(label(leaf)) ?? 0) + dt)
        const seen = new Set()
        for (let at = id; at !== undefined; at = parent.get(at)) {
          const n = nodes.get(at)
          const name = n.callFrame.functionName
          // The app's components and domain functions are named in PascalCase or known verbs.
          if (
            /^[A-Z][A-Za-z]+$/.test(name) &&
            !seen.has(name) &&
            !/^(Activity|Suspense|Fragment)$/.test(name)
          ) {
            seen.add(name)
            inclusiveByAppFunction.set(name, (inclusiveByAppFunction.get(name) ?? 0) + dt)
          }
        }
      })
    }
    console.log(
      `\nV8 CPU profile from tap to paint: ${ms(sampled / TAPS)} ms sampled per tap (self time, mean per tap):`,
    )
    for (const [name, us] of [...selfByFunction].sort((a, b) => b[1] - a[1]).slice(0, 20))
      console.log(`  ${name.padEnd(56)} ${ms(us / TAPS).padStart(6)} ms`)
    console.log('\nTime inside each component (inclusive, mean per tap; only those over 0.3 ms):')
    for (const [name, us] of [...inclusiveByAppFunction].sort((a, b) => b[1] - a[1]))
      if (us / TAPS >= 300) console.log(`  ${name.padEnd(36)} ${ms(us / TAPS).padStart(6)} ms`)
    await context.close()
  })
} finally {
  await new Promise((resolve) => server.httpServer.close(resolve))
}
