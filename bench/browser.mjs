// Interaction latency and offline repeat start, in Debian's Chromium through Playwright,
// on a 390×844 phone viewport with the CPU slowed 4× through CDP.
import { chromium, devices } from '@playwright/test'
import { FIXTURE, planItem, savedText } from '../tests/fixtures/seed.mjs'
import { CHROMIUM_FLAGS, requireChromium } from './chromium.mjs'

const PHONE = { ...devices['Pixel 7'], viewport: { width: 390, height: 844 } }
const CPU_SLOWDOWN = 4
const WARM_UP = 3
const SAMPLES = 40
const OFFLINE_STARTS = 5
const FIND_TIMEOUT = 10_000

/** The data the app's screens are measured with (the one seeder tests and scripts share, tests/fixtures). */
const PLAN = [planItem('p-a', 'forearm-plank', { reps: 1, holdSeconds: 30 }), planItem('p-b', 'sit-up')]
const MID_WORKOUT = savedText({
  plan: PLAN,
  // Dated relative to the machine's "now" (the bench runs on the real clock: its timings are real).
  workout: {
    startedAt: new Date(Date.now() - 2 * 60 * 60_000).toISOString(),
    step: 1,
    entries: [],
    rest: null,
    hold: null,
  },
})
const PLANNED = savedText({ plan: PLAN })

/** `days` sessions of history, one a day back from yesterday evening, each like the fixture's full session. */
export function historyOf(days) {
  const [session] = FIXTURE.state.history
  const day = 24 * 60 * 60 * 1000
  const end = Date.now() - day
  const history = Array.from({ length: days }, (_, i) => {
    const start = new Date(end - i * day)
    const shift = (iso) =>
      new Date(Date.parse(iso) - Date.parse(session.startedAt) + start.getTime()).toISOString()
    return {
      ...session,
      id: `s-${i}`,
      startedAt: start.toISOString(),
      finishedAt: shift(session.finishedAt),
      items: session.items.map((item) => ({
        ...item,
        sets: item.sets.map((set) => ({ ...set, at: shift(set.at) })),
        ...(item.painStop ? { painStop: { ...item.painStop, at: shift(item.painStop.at) } } : {}),
      })),
    }
  })
  return savedText({ plan: PLAN, history })
}

export async function withBrowser(use) {
  const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_FLAGS })
  try {
    return await use(browser)
  } finally {
    await browser.close()
  }
}

/** A fresh phone-sized context whose page runs with the CPU slowed; closed once `use` is done with it. */
async function onSlowPhone(browser, baseURL, { serviceWorkers = 'block', saved } = {}, use) {
  const context = await browser.newContext({ ...PHONE, baseURL, serviceWorkers })
  try {
    if (saved) await context.addInitScript((value) => localStorage.setItem('spotter', value), saved)
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
    return await use(page)
  } finally {
    await context.close()
  }
}

/**
 * Runs in the page: click the element, then wait for the frame that shows the result. React handles the
 * click synchronously (a discrete event) and renders; requestAnimationFrame runs just before that frame's
 * style, layout and paint; a MessageChannel task queued from it runs right after them.
 * Resolves to the milliseconds from just before the click to then.
 */
const clickToNextPaint = (element) =>
  new Promise((resolve) => {
    const start = performance.now()
    element.click()
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => resolve(performance.now() - start)
      channel.port2.postMessage(null)
    })
  })

/** Wait for `locator`; throw what is missing, plainly, when it does not show up. */
async function find(locator, label) {
  await locator.waitFor({ timeout: FIND_TIMEOUT }).catch(() => {
    throw new Error(`${label}: no ${locator} on the page after ${FIND_TIMEOUT / 1000} s`)
  })
  return locator
}

/** Click `locator` to the next paint; throws when it isn't there or `changed` says the click did nothing. */
async function timedClick(locator, label, changed) {
  await find(locator, label)
  const before = await changed.read()
  const ms = await locator.evaluate(clickToNextPaint)
  if (!(await changed.test(before))) throw new Error(`${label}: clicking ${locator} changed nothing`)
  return ms
}

/** `SAMPLES` timings of `once`, after `WARM_UP` untimed ones. */
async function sample(once) {
  const timings = []
  for (let i = 0; i < WARM_UP + SAMPLES; i++) {
    const ms = await once()
    if (i >= WARM_UP) timings.push(ms)
  }
  return timings
}

/** A click's visible effect: a value that changes, or an element that shows up. */
const flips = (read) => ({ read, test: async (before) => (await read()) !== before })
const appears = (locator) => ({
  read: () => locator.isVisible(),
  test: async (before) => !before && locator.isVisible(),
})

/** The app: tick the first checkpoint on /workout (a checkbox), on and off. */
export const tickTimings = (browser, baseURL) =>
  onSlowPhone(browser, baseURL, { saved: MID_WORKOUT }, async (page) => {
    await page.goto('workout')
    const checkpoint = page.getByRole('checkbox').first()
    const checked = flips(() => checkpoint.isChecked())
    return sample(() => timedClick(checkpoint, 'tick on /workout', checked))
  })

/** The app: on the plan screen, swap Sit-up for its first safer option, then undo (untimed), and again. */
export const swapTimings = (browser, baseURL) =>
  onSlowPhone(browser, baseURL, { saved: PLANNED }, async (page) => {
    await page.goto('./')
    const openSwaps = page.getByRole('button', { name: /^Swap Sit-up$/i })
    const swapTo = page.getByRole('button', { name: /^Swap to /i }).first()
    const undo = page.getByRole('button', { name: /^Undo\b/i })
    return sample(async () => {
      if (!(await swapTo.isVisible())) await (await find(openSwaps, 'swap on /')).click()
      const ms = await timedClick(swapTo, 'swap on /, with the swaps open', appears(undo))
      // A person's next tap, not the echo of a double tap (the app ignores taps within 400 ms of a swap).
      await page.waitForTimeout(450)
      await (await find(undo, 'swap on /, after swapping')).click()
      await page.waitForTimeout(450)
      await find(openSwaps, 'swap on /, after Undo')
      return ms
    })
  })

/** The floor: its one button toggles a persisted zustand value. The cheapest interaction of the stack. */
export const toggleTimings = (browser, baseURL) =>
  onSlowPhone(browser, baseURL, {}, async (page) => {
    await page.goto('./')
    const toggle = page.getByRole('button', { name: 'Toggle' })
    const pressed = flips(() => toggle.getAttribute('aria-pressed'))
    return sample(() => timedClick(toggle, 'floor toggle on /', pressed))
  })

/**
 * Start the build once online so its service worker installs and takes control, then go offline and
 * reload: milliseconds from the reload until the h1 that `heading` finds is visible, `OFFLINE_STARTS` times.
 */
export const offlineStartTimings = (browser, baseURL, heading) =>
  onSlowPhone(browser, baseURL, { serviceWorkers: 'allow' }, async (page) => {
    await page.goto('./')
    await find(heading(page), 'offline start, online first')
    await page.waitForFunction(
      async () => {
        await navigator.serviceWorker.ready
        return navigator.serviceWorker.controller !== null
      },
      undefined,
      { timeout: 30_000 },
    )
    await page.context().setOffline(true)
    const timings = []
    for (let i = 0; i < OFFLINE_STARTS; i++) {
      const start = performance.now()
      await page.reload({ waitUntil: 'commit' })
      await heading(page).waitFor({ timeout: FIND_TIMEOUT })
      timings.push(performance.now() - start)
    }
    return timings
  })

/** The plan's h1 as the running app renders it: not the prerendered (inert) copy in index.html. */
export const appHeading = (page) => page.locator('.app:not([inert]) h1').first()
export const floorHeading = (page) => page.getByRole('heading', { level: 1, name: 'Hello' })

const COLD_STARTS = 5

/**
 * Cold start with saved data: a fresh context each time (no cache, no service worker), milliseconds from
 * navigation until `ready` shows the app's own render. Median of `COLD_STARTS`.
 */
export const coldStartTimings = (browser, baseURL, saved, path, ready) =>
  (async () => {
    const timings = []
    for (let i = 0; i < COLD_STARTS; i++)
      timings.push(
        await onSlowPhone(browser, baseURL, { saved }, async (page) => {
          const start = performance.now()
          await page.goto(path, { waitUntil: 'commit' })
          await find(ready(page), `cold start on ${path}`)
          return performance.now() - start
        }),
      )
    return timings
  })()

export const planReady = (page) => page.locator('.app:not([inert]) .plan-list__items').first()
export const historyReady = (page) =>
  page.locator('.app:not([inert])').getByRole('heading', { level: 1, name: 'History' })
export const PLANNED_ONLY = PLANNED

/**
 * Search as you type over the whole library: type one more letter of "squat" into the library's search box,
 * milliseconds to the next paint of the filtered list; then clear it (untimed).
 */
export const searchTimings = (browser, baseURL) =>
  onSlowPhone(browser, baseURL, {}, async (page) => {
    await page.goto('./')
    const box = await find(page.locator('.app:not([inert])').getByRole('searchbox').first(), 'library search')
    return sample(async () => {
      await box.fill('squ')
      const ms = await box.evaluate(
        (input) =>
          new Promise((resolve) => {
            const start = performance.now()
            const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set
            setter?.call(input, 'squa')
            input.dispatchEvent(new Event('input', { bubbles: true }))
            requestAnimationFrame(() => {
              const channel = new MessageChannel()
              channel.port1.onmessage = () => resolve(performance.now() - start)
              channel.port2.postMessage(null)
            })
          }),
      )
      await box.fill('')
      return ms
    })
  })

/**
 * The scripts a first visit to "/" had requested by the time its first screen went live (`live`: a CSS
 * selector of the running app's h1): the startup code index.html names, and the chunks it then imports for the
 * layout, the store and the first screen. Not what loads later (figures as they scroll in, durable records).
 * Paths, in order.
 */
export const scriptsBeforeLive = (browser, baseURL, live) =>
  onSlowPhone(browser, baseURL, {}, async (page) => {
    await page.addInitScript((selector) => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector(selector)) return
        Object.assign(window, { liveAt: performance.now() })
        observer.disconnect()
      }).observe(document, { childList: true, subtree: true, attributes: true })
    }, live)
    await page.goto('./')
    await find(page.locator(live).first(), 'scripts before the first screen is live')
    return page.evaluate(() => {
      const { liveAt } = window
      return performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime <= liveAt && new URL(entry.name).pathname.endsWith('.js'))
        .map((entry) => new URL(entry.name).pathname)
    })
  })
