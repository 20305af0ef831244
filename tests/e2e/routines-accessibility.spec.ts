import AxeBuilder from '@axe-core/playwright'
import { FIXED_NOW } from '../fixtures/clock.mjs'
import { FIXTURE, savedText } from '../fixtures/seed.mjs'
import { expect, test } from './fixtures'

// The screens issue 11 added. The shared preview's link is made by the app's own Share button, so it never goes
// stale.
const pages = [
  { name: 'routines', path: './routines' },
  { name: 'shared routine (bad link)', path: './shared#r=AAAA' },
  { name: 'physio record', path: './record' },
  { name: 'exercise with a progress chart', path: './exercises/burpee' },
]

for (const colorScheme of ['light', 'dark'] as const) {
  for (const { name, path } of pages) {
    test(`axe finds no violations: ${name}, ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme })
      await page.clock.setFixedTime(new Date(FIXED_NOW))
      await page.addInitScript((saved) => localStorage.setItem('spotter', saved), savedText(FIXTURE.state))
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
      await expectNoViolations(page)
    })
  }

  test(`axe finds no violations: shared routine preview, ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme })
    await page.addInitScript(
      (saved) => localStorage.setItem('spotter', saved),
      savedText({ ...FIXTURE.state, profile: { conditions: ['sciatica'], todaySetOn: null, units: 'kg' } }),
    )
    await page.goto('./routines')
    await page.evaluate(() => Reflect.deleteProperty(Navigator.prototype, 'share'))
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.getByRole('button', { name: 'Share Sore-back day' }).click()
    // The link is made (its codec loads on first use) and copied before it is read back.
    await expect(page.getByText('Link copied', { exact: true }).first()).toBeVisible()
    const link = await page.evaluate(() => navigator.clipboard.readText())
    await page.goto(link)
    await expect(page.getByRole('heading', { level: 2, name: 'Sore-back day' })).toBeVisible()
    await expectNoViolations(page)
  })
}

async function expectNoViolations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([])
}
