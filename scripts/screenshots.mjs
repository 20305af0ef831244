// Takes the README's phone-size screenshots (390×844, and 360×800 with a `-360` suffix) of the built app
// with Debian's Chromium.
// Usage: npm run build && node scripts/screenshots.mjs [outDir]   (serves dist/, or $DIST, with Vite's preview)
import { mkdir } from 'node:fs/promises'
import { chromium } from '@playwright/test'
import { preview } from 'vite'
import { planItem, savedText } from '../tests/fixtures/seed.mjs'
import { CHROMIUM_ARGS, requireChromium } from './chromium.mjs'

const outDir = process.argv[2] ?? 'docs/screenshots'
// Our own preview server, in this process: no stray server left behind, and a busy port is an error.
const server = await preview({
  build: { outDir: process.env.DIST ?? 'dist' },
  preview: { host: '127.0.0.1', port: 4199, strictPort: true },
  logLevel: 'warn',
})
const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4199/'

await mkdir(outDir, { recursive: true })
const browser = await chromium.launch({
  executablePath: requireChromium(),
  args: CHROMIUM_ARGS,
})

async function shoot(name, state, path, act, { colorScheme = 'light', fullPage = false, width = 390 } = {}) {
  const context = await browser.newContext({
    viewport: { width, height: width === 360 ? 800 : 844 },
    deviceScaleFactor: 2,
    colorScheme,
    serviceWorkers: 'block',
  })
  const page = await context.newPage()
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('spotter', value)
      sessionStorage.setItem('seeded', '1')
    }
  }, savedText(state))
  await page.goto(base + path)
  await page.getByRole('heading', { level: 1 }).waitFor()
  if (act) await act(page)
  await page.waitForTimeout(150)
  const file = `${outDir}/${name}${width === 390 ? '' : `-${width}`}.png`
  await page.screenshot({ path: file, fullPage })
  await context.close()
  console.log(file)
}

const plan = [
  planItem('p-a', 'squat', { load: 'light', weight: 40, sets: 3, reps: 8, restSeconds: 120 }),
  planItem('p-b', 'sit-up'),
  planItem('p-c', 'burpee'),
  planItem('p-d', 'forearm-plank', { sets: 3, reps: 1, holdSeconds: 30 }),
  planItem('p-e', 'glute-bridge', { reps: 12 }),
]
/** Today as the browser's calendar has it (same machine), so "back pain today" applies in the shots. */
const today = new Date().toLocaleDateString('en-CA')
const profile = (conditions) => ({ conditions, todaySetOn: today, units: 'kg' })
const backPain = { profile: profile(['back-pain-today']), plan }
const startedAt = new Date(Date.now() - 12 * 60_000).toISOString()
const doneSet = (reps, weight) => ({ reps, weight, holdSeconds: null, at: startedAt })
/** Squat, set 2 of 3, one set done: the rest running or over. */
const squatUnderWay = (rest) => ({
  profile: profile([]),
  plan,
  workout: {
    startedAt,
    step: 1,
    entries: [{ key: 'p-a', exerciseId: 'squat', load: 'light', sets: [doneSet(8, 40)] }],
    rest,
    hold: null,
  },
})
const atStep = (step) => ({
  profile: profile([]),
  plan,
  workout: { startedAt, step, entries: [], rest: null, hold: null },
})

for (const width of [390, 360]) {
  for (const colorScheme of ['light', 'dark']) {
    const dark = colorScheme === 'dark' ? '-dark' : ''
    const options = { colorScheme, width }
    await shoot(`plan${dark}`, backPain, '', null, options)
    await shoot(`workout-set${dark}`, squatUnderWay(null), 'workout', null, options)
    await shoot(
      `workout-rest${dark}`,
      squatUnderWay({ key: 'p-a', endsAt: new Date(Date.now() + 95_000).toISOString() }),
      'workout',
      null,
      options,
    )
    await shoot(`workout-first-set${dark}`, atStep(4), 'workout', null, options)
    await shoot(
      `pain-stop${dark}`,
      atStep(2),
      'workout',
      async (page) => {
        await page.getByRole('button', { name: /Sharp pain/ }).click()
      },
      options,
    )
  }
}
await shoot('swap', backPain, '', async (page) => {
  await page.getByRole('button', { name: 'Swap Sit-up' }).click()
  await page.getByRole('region', { name: /Safer swaps for Sit-up/ }).scrollIntoViewIfNeeded()
})
await shoot('swapped', backPain, '', async (page) => {
  await page.getByRole('button', { name: 'Swap Sit-up' }).click()
  await page.getByRole('button', { name: 'Swap to McGill curl-up' }).click()
})
await shoot('plan-dose', backPain, '', async (page) => {
  await page.getByRole('button', { name: /^Sets, reps and load of Squat/ }).click()
})
await shoot('plan-full', backPain, '', null, { fullPage: true })
await shoot('exercise', {}, 'exercises/sit-up', null, { fullPage: true })
await shoot('about', {}, 'about', null, { fullPage: true })
await shoot(
  'history',
  {
    history: [
      {
        id: 's-1',
        startedAt: '2026-11-25T17:00:00.000Z',
        finishedAt: '2026-11-25T17:45:00.000Z',
        conditions: ['back-pain-today'],
        units: 'kg',
        kept: 'all',
        items: [
          {
            exerciseId: 'squat',
            name: 'Squat',
            outcome: 'done',
            load: 'light',
            sets: [doneSet(8, 40), doneSet(8, 40), doneSet(6, 42.5)],
          },
          {
            exerciseId: 'sit-up',
            name: 'Sit-up',
            outcome: 'swapped',
            load: 'bodyweight',
            sets: [doneSet(10, null)],
          },
          {
            exerciseId: 'mcgill-curl-up',
            name: 'McGill curl-up',
            outcome: 'done',
            swappedFrom: 'sit-up',
            load: 'bodyweight',
            sets: [doneSet(5, null), doneSet(5, null)],
          },
          {
            exerciseId: 'burpee',
            name: 'Burpee',
            outcome: 'pain-stop',
            load: 'bodyweight',
            sets: [doneSet(10, null)],
            painStop: { at: startedAt, set: 2 },
          },
        ],
      },
    ],
  },
  'history',
)

await browser.close()
await server.close()
