import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/**
 * Today's verdict follows the load the user plans and their back today, live, and a swap leads somewhere:
 * a back squat planned heavy on a sore day says to avoid it, and the swap panel offers the goblet squat.
 */
const planList = (page: Page) => page.getByRole('list', { name: 'Exercises in today’s plan' })
const planItem = (page: Page, name: string) =>
  planList(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) })
/** The double-tap guard ignores a second tap within a tap's time: a person reads the screen first. */
const aMomentPasses = (page: Page) => page.clock.fastForward(1000)

test('a back squat planned heavy on a sore day says avoid today, and swaps to the goblet squat', async ({
  page,
}) => {
  await page.goto('./')
  await page.getByRole('searchbox', { name: 'Search exercises' }).fill('back squat')
  const library = page.getByRole('region', { name: 'Add exercises' })
  await expect(library.getByRole('heading', { level: 4 })).toHaveText(['Squat'])
  await library.getByRole('button', { name: 'Add Squat to today', exact: true }).click()

  const squat = planItem(page, 'Squat')
  await expect(squat).toContainText('OK')
  const load = squat.getByRole('button', { name: /^Load of Squat:/ })
  await expect(load).toHaveText('Light')

  // Back pain today: a light squat needs care.
  await aMomentPasses(page)
  await page.getByRole('checkbox', { name: 'Back pain today' }).check()
  await expect(squat).toContainText('Take care')
  await expect(squat).toContainText('Back pain today: take care, keep it light and stop if the pain rises.')

  // Heavy, in one tap: avoid today, live.
  await aMomentPasses(page)
  await load.click()
  await expect(load).toHaveText('Heavy')
  await expect(squat).toContainText('Avoid today')
  await expect(squat).toContainText('Back pain today: go light today, or save it for a good day.')
  await expect(page.getByRole('status').filter({ hasText: /needs? attention/ })).toContainText(
    'Avoid today: Squat.',
  )

  // Swap: the same movement first, the goblet squat, with why; going lighter is offered too.
  await aMomentPasses(page)
  await squat.getByRole('button', { name: 'Swap Squat' }).click()
  const panel = page.getByRole('region', { name: 'Safer swaps for Squat' })
  const options = panel.getByRole('button', { name: /^(Swap to|Go) / })
  await expect(options.first()).toHaveText('Swap to Goblet squat')
  await expect(panel.getByRole('button', { name: 'Go light instead' })).toBeVisible()

  await aMomentPasses(page)
  await panel.getByRole('button', { name: 'Swap to Goblet squat' }).click()
  await expect(planList(page).getByRole('heading', { level: 3 })).toHaveText(['Goblet squat'])
  const goblet = planItem(page, 'Goblet squat')
  await expect(goblet).toContainText('Swapped from Squat')
  await expect(goblet).not.toContainText('Avoid today')
})
