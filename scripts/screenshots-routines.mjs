// Screenshots of the routines screen, a shared-link preview and the physio record (390×844, light and dark,
// plus the record as printed: a PNG of print media and an A4 PDF), for the README and for review.
// Usage: npm run build && node scripts/screenshots-routines.mjs [outDir]
import { mkdir } from 'node:fs/promises'
import { chromium } from '@playwright/test'
import { preview } from 'vite'
import { FIXTURE, HIP_AIRPLANE, planItem, STARTER_ROUTINES, savedText } from '../tests/fixtures/seed.mjs'
import { CHROMIUM_ARGS, requireChromium } from './chromium.mjs'

const outDir = process.argv[2] ?? 'docs/screenshots'
const server = await preview({
  build: { outDir: process.env.DIST ?? 'dist' },
  preview: { host: '127.0.0.1', port: 4198, strictPort: true },
  logLevel: 'warn',
})
const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4198/'
await mkdir(outDir, { recursive: true })
const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS })
const NOW = new Date('2026-11-26T12:00:00.000Z')

async function open(state, path, { colorScheme = 'light', clipboard = false } = {}) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    colorScheme,
    serviceWorkers: 'block',
  })
  if (clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const page = await context.newPage()
  await page.clock.setFixedTime(NOW)
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('spotter', value)
      sessionStorage.setItem('seeded', '1')
    }
    Reflect.deleteProperty(Navigator.prototype, 'share')
  }, savedText(state))
  await page.goto(base + path)
  await page.getByRole('heading', { level: 1 }).waitFor()
  return { page, context }
}

async function save(page, name, options = {}) {
  await page.waitForTimeout(150)
  const file = `${outDir}/${name}.png`
  await page.screenshot({ path: file, ...options })
  console.log(file)
}

const set = (at, reps, weight, holdSeconds = null) => ({ reps, weight, holdSeconds, at })
const session = (id, day, conditions, pain, items) => ({
  id,
  startedAt: `${day}T17:30:00.000Z`,
  finishedAt: `${day}T18:15:00.000Z`,
  conditions,
  units: 'kg',
  kept: 'all',
  pain,
  items,
})
const at = (day, minute) => `${day}T17:${String(30 + minute).padStart(2, '0')}:00.000Z`
const history = [
  session('s-3', '2026-11-24', ['back-pain-today'], { before: 4, after: 3 }, [
    {
      exerciseId: 'mcgill-curl-up',
      name: 'McGill curl-up',
      outcome: 'done',
      load: 'bodyweight',
      sets: [1, 2, 3].map((m) => set(at('2026-11-24', m), 5, null, 10)),
    },
    {
      exerciseId: 'bird-dog',
      name: 'Bird dog',
      outcome: 'done',
      swappedFrom: 'superman',
      load: 'bodyweight',
      sets: [5, 7, 9].map((m) => set(at('2026-11-24', m), 5, null, 10)),
    },
  ]),
  session('s-2b', '2026-11-21', [], { before: 2, after: 2 }, [
    {
      exerciseId: 'goblet-squat',
      name: 'Goblet squat',
      outcome: 'done',
      load: 'light',
      sets: [2, 5, 8].map((m) => set(at('2026-11-21', m), 8, 16)),
    },
    {
      exerciseId: 'trap-bar-deadlift',
      name: 'Trap-bar deadlift',
      outcome: 'pain-stop',
      load: 'light',
      sets: [set(at('2026-11-21', 12), 8, 60)],
      painStop: { at: at('2026-11-21', 15), set: 2 },
    },
  ]),
  ...FIXTURE.state.history,
]
const state = { ...FIXTURE.state, routines: [...STARTER_ROUTINES, ...FIXTURE.state.routines], history }

// Six weeks of squats for the progress chart, one stopped with pain.
const squats = [30, 32.5, 35, 35, 37.5, 40].map((weight, i) => {
  const d = `2026-10-${String(15 + i * 7).padStart(2, '0')}`
    .replace('2026-10-36', '2026-11-05')
    .replace('2026-10-43', '2026-11-12')
    .replace('2026-10-50', '2026-11-19')
  const reps = [10, 10, 8, 8, 8, 6][i] ?? 8
  return session(`s-q${i}`, d, [], { before: null, after: null }, [
    {
      exerciseId: 'squat',
      name: 'Squat',
      outcome: i === 4 ? 'pain-stop' : 'done',
      load: 'light',
      sets: [1, 4, 7].slice(0, i === 4 ? 1 : 3).map((m) => set(at(d, m), reps, weight)),
      ...(i === 4 ? { painStop: { at: at(d, 9), set: 2 } } : {}),
    },
  ])
})

for (const colorScheme of ['light', 'dark']) {
  const suffix = colorScheme === 'dark' ? '-dark' : ''
  {
    const { page, context } = await open({ ...state, history: squats }, 'exercises/squat', { colorScheme })
    const section = page.getByRole('region', { name: 'Your progress' })
    await section.scrollIntoViewIfNeeded()
    await page.waitForTimeout(150)
    await section.screenshot({ path: `${outDir}/progress${suffix}.png` })
    console.log(`${outDir}/progress${suffix}.png`)
    await context.close()
  }
  {
    const { page, context } = await open(state, 'routines', { colorScheme })
    await save(page, `routines${suffix}`)
    await save(page, `routines-full${suffix}`, { fullPage: true })
    await context.close()
  }
  {
    // The link comes from the app's own Share button; the opener's back hurts today.
    const { page, context } = await open(state, 'routines', { colorScheme, clipboard: true })
    await page.getByRole('button', { name: 'Share Full body, back-friendly' }).click()
    await page.getByText('Link copied', { exact: true }).first().waitFor()
    const link = await page.evaluate(() => navigator.clipboard.readText())
    await context.close()
    const opener = {
      profile: { conditions: ['back-pain-today'], todaySetOn: '2026-11-26', units: 'kg' },
      plan: [planItem('p-1', 'squat')],
      routines: [],
    }
    const shared = await open(opener, link.replace(/^https?:\/\/[^/]+\//, ''), { colorScheme })
    await shared.page.getByRole('heading', { level: 2 }).waitFor()
    await save(shared.page, `shared-preview${suffix}`)
    await save(shared.page, `shared-preview-full${suffix}`, { fullPage: true })
    await shared.context.close()
  }
  {
    const { page, context } = await open(state, 'record', { colorScheme })
    await save(page, `record${suffix}`)
    await save(page, `record-full${suffix}`, { fullPage: true })
    if (colorScheme === 'light') {
      await page.emulateMedia({ media: 'print' })
      // About an A4 page's printable width at 96 dpi (210 mm less 30 mm of margins).
      await page.setViewportSize({ width: 680, height: 962 })
      await save(page, 'record-print', { fullPage: true })
      await page.pdf({ path: `${outDir}/record-a4.pdf`, format: 'A4' })
      await page.pdf({ path: `${outDir}/record-letter.pdf`, format: 'Letter' })
      console.log(`${outDir}/record-a4.pdf, record-letter.pdf`)
    }
    await context.close()
  }
  {
    // Your own exercise: the form, and the exercise as planned (not rated by Spotter).
    const own = {
      ...state,
      customExercises: [HIP_AIRPLANE],
      plan: [planItem('p-1', 'c-hip-airplane')],
      ticks: {},
    }
    const form = await open(own, 'exercises/new', { colorScheme })
    await form.page.getByRole('textbox', { name: /name/i }).first().fill('Copenhagen plank')
    await save(form.page, `own-exercise-form${suffix}`)
    await form.context.close()
    const { page, context } = await open(own, 'exercises/custom/c-hip-airplane', { colorScheme })
    await save(page, `own-exercise${suffix}`)
    await context.close()
  }
}

await browser.close()
await server.close()
