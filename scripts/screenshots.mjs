// Takes the README's phone-size screenshots (390×844) of the built app with Debian's Chromium.
// Usage: npm run build && node scripts/screenshots.mjs [outDir]   (serves dist/, or $DIST, with Vite's preview)
import { mkdir } from 'node:fs/promises'
import { chromium } from '@playwright/test'
import { preview } from 'vite'
import { CHROMIUM_ARGS, requireChromium } from './chromium.mjs'

const outDir = process.argv[2] ?? 'docs/screenshots'
// Our own preview server, in this process: no stray server left behind, and a busy port is an error.
const server = await preview({
  build: { outDir: process.env.DIST ?? 'dist' },
  preview: { host: '127.0.0.1', port: 4199, strictPort: true },
  logLevel: 'warn',
})
const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4199/'

const saved = (state) =>
  JSON.stringify({
    state: { profile: { conditions: [] }, plan: [], ticks: {}, workout: null, history: [], ...state },
    version: 1,
  })

await mkdir(outDir, { recursive: true })
const browser = await chromium.launch({
  executablePath: requireChromium(),
  args: CHROMIUM_ARGS,
})

async function shoot(name, state, path, act, { colorScheme = 'light', fullPage = false } = {}) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
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
  }, saved(state))
  await page.goto(base + path)
  await page.getByRole('heading', { level: 1 }).waitFor()
  if (act) await act(page)
  await page.waitForTimeout(150)
  await page.screenshot({ path: `${outDir}/${name}.png`, fullPage })
  await context.close()
  console.log(`${outDir}/${name}.png`)
}

const plan = [
  { key: 'a', exerciseId: 'squat' },
  { key: 'b', exerciseId: 'sit-up' },
  { key: 'c', exerciseId: 'burpee' },
  { key: 'd', exerciseId: 'forearm-plank' },
]
const backPain = { profile: { conditions: ['back-pain-today'] }, plan }

await shoot('plan', backPain, '')
await shoot('swap', backPain, '', async (page) => {
  await page.getByRole('button', { name: 'Swap Sit-up' }).click()
  await page.getByRole('region', { name: /Safer swaps for Sit-up/ }).scrollIntoViewIfNeeded()
})
await shoot('swapped', backPain, '', async (page) => {
  await page.getByRole('button', { name: 'Swap Sit-up' }).click()
  await page.getByRole('button', { name: 'Swap to McGill curl-up' }).click()
})
await shoot(
  'workout',
  {
    plan,
    ticks: { d: ['forearms', 'straight'] },
    workout: {
      startedAt: new Date().toISOString(),
      step: 4,
      outcomes: { a: 'done', b: 'done', c: 'skipped' },
    },
  },
  'workout',
)
await shoot(
  'workout-dark',
  {
    plan,
    ticks: { d: ['forearms', 'straight'] },
    workout: { startedAt: new Date().toISOString(), step: 4, outcomes: {} },
  },
  'workout',
  null,
  { colorScheme: 'dark' },
)
await shoot(
  'pain-stop',
  { plan, workout: { startedAt: new Date().toISOString(), step: 2, outcomes: {} } },
  'workout',
  async (page) => {
    await page.getByRole('button', { name: /Sharp pain/ }).click()
  },
)
await shoot('plan-full', backPain, '', null, { fullPage: true })
await shoot('exercise', {}, 'exercises/sit-up', null, { fullPage: true })
await shoot('about', {}, 'about', null, { fullPage: true })
await shoot(
  'history',
  {
    history: [
      {
        id: 's1',
        startedAt: '2026-11-25T17:00:00.000Z',
        finishedAt: '2026-11-25T17:45:00.000Z',
        items: [
          { exerciseId: 'squat', name: 'Squat', outcome: 'done' },
          { exerciseId: 'mcgill-curl-up', name: 'McGill curl-up', outcome: 'done', swappedFrom: 'sit-up' },
          { exerciseId: 'burpee', name: 'Burpee', outcome: 'pain-stop' },
        ],
      },
    ],
  },
  'history',
)

await browser.close()
await server.close()
