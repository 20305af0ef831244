import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures'

const MOVING =
  'Side view: the bar against the shins over the middle of the feet, hips back, back flat; then standing tall, the bar at the thighs'
const RIGHT = 'Side view, right: the bar against the shins over the middle of the feet, hips back, back flat'
const FAULT = 'Side view, the fault: the lower back rounded as the bar leaves the floor'

test('the deadlift page shows the movement, the right position and the fault, each named', async ({
  page,
}) => {
  await page.goto('./exercises/deadlift')
  const section = page.getByRole('region', { name: 'How it looks' })
  await expect(section.getByRole('img', { name: MOVING })).toBeVisible()
  await expect(section.getByRole('img', { name: RIGHT })).toBeVisible()
  await expect(section.getByRole('img', { name: FAULT })).toBeVisible()
  await expect(section.getByText('Lower back rounding as the bar leaves the floor: go lighter')).toBeVisible()

  await section.getByRole('button', { name: 'Pause movement' }).click()
  await expect(section.getByRole('button', { name: 'Play movement' })).toBeVisible()
})

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' })

  test('the movement is shown as two still figures, and nothing animates', async ({ page }) => {
    await page.goto('./exercises/deadlift')
    const section = page.getByRole('region', { name: 'How it looks' })
    await expect(
      section.getByRole('img', {
        name: 'Side view, start: the bar against the shins over the middle of the feet, hips back, back flat',
      }),
    ).toBeVisible()
    await expect(
      section.getByRole('img', { name: 'Side view, end: standing tall, the bar at the thighs' }),
    ).toBeVisible()
    await expect(section.getByRole('img', { name: MOVING })).toHaveCount(0)
    await expect(section.getByRole('button', { name: /movement/ })).toHaveCount(0)
    await expect(page.locator('[data-running="true"]')).toHaveCount(0)
  })
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the deadlift page with its figures, ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme })
    await page.goto('./exercises/deadlift')
    await expect(page.getByRole('img', { name: FAULT })).toBeVisible()
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([])
  })
}
