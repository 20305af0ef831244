import AxeBuilder from '@axe-core/playwright'
import { FIXED_NOW } from '../fixtures/clock.mjs'
import { FIXTURE, planItem, savedText } from '../fixtures/seed.mjs'
import { expect, test } from './fixtures'

/** Today as the page's clock has it (fixtures.ts installs FIXED_NOW; same time zone), so "back pain today" applies. */
const today = new Date(FIXED_NOW).toLocaleDateString('en-CA')

const seeded = savedText({
  profile: { conditions: ['back-pain-today'], todaySetOn: today, units: 'kg' },
  plan: [
    planItem('p-a', 'sit-up'),
    planItem('p-b', 'forearm-plank', { reps: 1, holdSeconds: 30 }),
    planItem('p-c', 'burpee'),
  ],
  ticks: { 'p-b': ['forearms'] },
  history: FIXTURE.state.history,
})

const inWorkout = (step: number) =>
  savedText({
    plan: [planItem('p-a', 'forearm-plank', { reps: 1, holdSeconds: 30 }), planItem('p-b', 'sit-up')],
    workout: { startedAt: '2026-11-26T10:00:00.000Z', step, entries: [], rest: null, hold: null },
  })

const pages: { name: string; path: string; state: string }[] = [
  { name: 'plan (empty)', path: './', state: savedText() },
  { name: 'plan (with warnings)', path: './', state: seeded },
  { name: 'library filtered', path: './?q=dead&equipment=barbell', state: seeded },
  { name: 'exercise', path: './exercises/sit-up', state: seeded },
  { name: 'exercise (deadlift)', path: './exercises/deadlift', state: seeded },
  { name: 'unknown exercise', path: './exercises/no-such-thing', state: seeded },
  { name: 'workout (not started)', path: './workout', state: seeded },
  { name: 'workout (warm-up)', path: './workout', state: inWorkout(0) },
  { name: 'workout (exercise with a hold)', path: './workout', state: inWorkout(1) },
  { name: 'workout (cool-down)', path: './workout', state: inWorkout(3) },
  { name: 'history', path: './history', state: seeded },
  { name: 'about', path: './about', state: seeded },
  { name: 'not found', path: './no-such-page', state: seeded },
]

for (const colorScheme of ['light', 'dark'] as const) {
  for (const { name, path, state } of pages) {
    test(`axe finds no violations: ${name}, ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme })
      await page.addInitScript((saved) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem('spotter', saved)
          sessionStorage.setItem('seeded', '1')
        }
      }, state)
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze()
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([])
    })
  }
}
