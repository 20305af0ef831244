import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { FIXED_NOW_MS } from '../fixtures/clock.mjs'
import { planItem, savedText } from '../fixtures/seed.mjs'
import { expect, test } from './fixtures'

/**
 * The workout for one thumb, at the widths of common phones: on every step the main action is on screen
 * without scrolling and nothing covers it; "Sharp pain" is reachable on every exercise and far from the
 * main action; the sticky bars hide nothing; and the new screens pass axe in light and dark.
 */

const plan = [
  planItem('p-a', 'squat', { load: 'light', weight: 40, sets: 3, reps: 8, restSeconds: 120 }),
  planItem('p-b', 'sit-up'),
  planItem('p-c', 'forearm-plank', { sets: 3, reps: 1, holdSeconds: 30 }),
]
const profile = { conditions: ['back-pain-today' as const], todaySetOn: null, units: 'kg' as const }
const startedAt = '2026-11-26T10:00:00.000Z'
const set1 = { reps: 8, weight: 40, holdSeconds: null, at: startedAt }

const workoutAt = (step: number, extra: Record<string, unknown> = {}) =>
  savedText({
    profile,
    plan,
    workout: { startedAt, step, entries: [], rest: null, hold: null, ...extra },
  })
const resting = () =>
  workoutAt(1, {
    entries: [{ key: 'p-a', exerciseId: 'squat', load: 'light', sets: [set1] }],
    rest: { key: 'p-a', endsAt: new Date(FIXED_NOW_MS + 10 * 60_000).toISOString() },
  })

interface Step {
  name: string
  state: () => string
  main: string[]
  /** An exercise: "Sharp pain" must be there. */
  exercise: boolean
  act?: (page: Page) => Promise<void>
}

const STEPS: Step[] = [
  { name: 'warm-up', state: () => workoutAt(0), main: ['I’m warmed up'], exercise: false },
  { name: 'first set', state: () => workoutAt(1), main: ['Set done'], exercise: true },
  { name: 'rest between sets', state: resting, main: ['Set done'], exercise: true },
  { name: 'a hold', state: () => workoutAt(3), main: ['Set done'], exercise: true },
  {
    name: 'all sets done',
    state: () =>
      workoutAt(1, {
        entries: [
          { key: 'p-a', exerciseId: 'squat', load: 'light', sets: [set1, set1, set1], outcome: 'done' },
        ],
      }),
    main: ['Next exercise'],
    exercise: true,
  },
  {
    name: 'pain stop',
    state: () => workoutAt(2),
    main: ['Skip exercise', 'Save and end'],
    exercise: false,
    act: async (page) => {
      await page.getByRole('button', { name: 'Sharp pain: stop' }).click()
      await expect(page.getByRole('heading', { name: 'Stop this exercise.' })).toBeFocused()
      await page.evaluate(() => window.scrollTo(0, 0))
    },
  },
  { name: 'cool-down', state: () => workoutAt(4), main: ['Finish and save'], exercise: false },
]

async function seed(page: Page, state: string) {
  await page.addInitScript((saved) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('spotter', saved)
      sessionStorage.setItem('seeded', '1')
    }
  }, state)
}

/** On screen, and the element at its centre is itself: nothing sits on top of it. */
async function expectOnScreenAndUncovered(page: Page, target: Locator) {
  const box = await target.boundingBox()
  const viewport = page.viewportSize()
  if (!box || !viewport) throw new Error('no box')
  expect(box.y).toBeGreaterThanOrEqual(0)
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height)
  expect(box.x).toBeGreaterThanOrEqual(0)
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width)
  const onTop = await target.evaluate((element) => {
    const r = element.getBoundingClientRect()
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)
    return hit !== null && (hit === element || element.contains(hit))
  })
  expect(onTop, 'nothing covers it').toBe(true)
}

for (const width of [360, 390, 430]) {
  test.describe(`${width} px wide`, () => {
    test.use({ viewport: { width, height: 800 } })

    for (const step of STEPS) {
      test(`${step.name}: the main action is on screen and uncovered, and the bars hide nothing`, async ({
        page,
      }) => {
        await seed(page, step.state())
        await page.goto('./workout')
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        await step.act?.(page)
        await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()

        const bar = page.locator('[data-action-bar]')
        for (const name of step.main) {
          const main = bar.getByRole('button', { name, exact: true })
          await expect(main).toBeVisible()
          await expectOnScreenAndUncovered(page, main)
          const box = await main.boundingBox()
          // In the thumb zone: the lower part of the screen.
          expect((box?.y ?? 0) + (box?.height ?? 0) / 2).toBeGreaterThan(800 * 0.75)
          expect(box?.height).toBeGreaterThanOrEqual(48)
        }

        if (step.exercise) {
          const pain = page.getByRole('button', { name: 'Sharp pain: stop' })
          await expectOnScreenAndUncovered(page, pain)
          const painBox = await pain.boundingBox()
          const mainBox = await bar.getByRole('button', { name: step.main[0], exact: true }).boundingBox()
          if (!painBox || !mainBox) throw new Error('no box')
          const gap = mainBox.y - (painBox.y + painBox.height)
          expect(gap, 'space between "Sharp pain" and the main action').toBeGreaterThanOrEqual(48)
          expect(painBox.y + painBox.height / 2, '"Sharp pain" is in the top half').toBeLessThan(400)
        }

        // Scrolled to the end, the last of the content clears the action bar, and "Sharp pain" is still there.
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
        const barBox = await bar.boundingBox()
        const lastBottom = await page.evaluate(() => {
          const steps = document.querySelectorAll('.workout-step > *:not([data-action-bar])')
          const last = steps[steps.length - 1]
          return last ? last.getBoundingClientRect().bottom : 0
        })
        expect(lastBottom).toBeLessThanOrEqual(barBox?.y ?? 0)
        if (step.exercise)
          await expectOnScreenAndUncovered(page, page.getByRole('button', { name: 'Sharp pain: stop' }))
      })
    }
  })
}

test('the plan’s summary stays above the navigation, and one Start opens the warm-up', async ({ page }) => {
  await seed(
    page,
    savedText({
      profile: { ...profile, conditions: [] },
      plan: [
        ...plan,
        planItem('p-d', 'glute-bridge', { reps: 12 }),
        planItem('p-e', 'bird-dog', { reps: 5, holdSeconds: 10 }),
      ],
    }),
  )
  await page.goto('./')
  const summary = page.getByRole('region', { name: /^5 exercises · ~\d+ min$/ })
  await expectOnScreenAndUncovered(page, summary.getByRole('button', { name: 'Start workout' }))
  const nav = await page.getByRole('navigation', { name: 'Main' }).boundingBox()
  const box = await summary.boundingBox()
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(nav?.y ?? 0)

  // Five items with their sets and loads fit in one screen's height, between the bars.
  const list = await page.getByRole('list', { name: 'Exercises in today’s plan' }).boundingBox()
  expect(list?.height).toBeLessThanOrEqual(844 - (nav?.height ?? 0) - (box?.height ?? 0))

  await summary.getByRole('button', { name: 'Start workout' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Warm up first' })).toBeVisible()
})

const axeScreens = [
  { name: 'workout step, set in progress', state: () => workoutAt(1) },
  { name: 'rest timer', state: resting },
  {
    name: 'pain stop',
    state: () => workoutAt(2),
    act: (page: Page) => page.getByRole('button', { name: 'Sharp pain: stop' }).click(),
  },
]

for (const colorScheme of ['light', 'dark'] as const) {
  for (const screen of axeScreens) {
    test(`axe finds no violations: ${screen.name}, ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme })
      await seed(page, screen.state())
      await page.goto('./workout')
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await screen.act?.(page)
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze()
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([])
    })
  }
}
