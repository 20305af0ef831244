import { expect, test } from './fixtures'

// The plan screen is prerendered into index.html at build time (vite.config.ts), so it paints before JS runs.

test.describe('before any JavaScript runs', () => {
  test.use({ javaScriptEnabled: false })

  test('the plan screen, with the whole library, is already in the page, and inert', async ({ page }) => {
    await page.goto('./')
    await expect(page.getByRole('heading', { level: 1, name: 'Today’s plan' })).toBeVisible()
    await expect(page.getByText('Nothing planned yet.')).toBeVisible()
    await expect(page.locator('.library-entry')).not.toHaveCount(0)
    await expect(page.locator('[data-loading]')).toHaveCount(0)
    // Nothing to tap before the app can answer it.
    await expect(page.locator('.app')).toHaveAttribute('inert', '')
    expect(await page.locator('script:not([src])').count()).toBe(0)
  })
})

test('the app replaces the prerendered screen in one step, with the same library and no fallback', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const seen: string[] = []
    Object.assign(window, { seenLoading: seen })
    new MutationObserver(() => {
      if (document.querySelector('[data-loading]')) seen.push('fallback')
    }).observe(document, { childList: true, subtree: true })
  })
  await page.goto('./')
  await expect(page.locator('.app:not([inert])')).toBeAttached()
  const entries = await page.locator('.library-entry').count()
  expect(entries).toBeGreaterThan(0)
  await page.getByRole('checkbox', { name: 'Back pain today' }).check()
  await expect(page.getByRole('checkbox', { name: 'Back pain today' })).toBeChecked()
  expect(await page.evaluate(() => (window as unknown as { seenLoading: string[] }).seenLoading)).toEqual([])
})
