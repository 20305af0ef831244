import { FIXTURE, savedText } from '../fixtures/seed.mjs'
import { expect, test } from './fixtures'

// The plan screen is prerendered into index.html at build time (vite.config.ts), so it paints before JS runs.

test.describe('before any JavaScript runs', () => {
  test.use({ javaScriptEnabled: false })

  test('the plan screen’s shared parts and the whole library are already in the page, inert; the user’s own parts are not shown', async ({
    page,
  }) => {
    await page.goto('./')
    await expect(page.getByRole('heading', { level: 1, name: 'Today’s plan' })).toBeVisible()
    // What only the user's own data can say is not painted from the build: no "Nothing planned yet".
    await expect(page.getByText('Loading your plan…')).toBeVisible()
    await expect(page.getByText('Nothing planned yet.')).toBeHidden()
    await expect(page.getByRole('checkbox', { name: 'Back pain today' })).toBeHidden()
    // Nor anything about this phone's storage: the build machine has none, and most phones do.
    await expect(page.getByRole('alert')).toHaveCount(0)
    await expect(page.getByText(/blocks storage/)).toHaveCount(0)
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

test('a returning user’s first painted plan is their own: the build’s empty plan is never shown', async ({
  page,
}) => {
  await page.addInitScript((saved) => {
    localStorage.setItem('spotter', saved)
    const seen: string[] = []
    Object.assign(window, { seenEmpty: seen })
    // Before every frame the browser paints, until the app has taken over: is an empty plan visible?
    const check = () => {
      const empty = [...document.querySelectorAll('.plan-empty')].some((node) =>
        (node as HTMLElement).checkVisibility({ visibilityProperty: true }),
      )
      if (empty) seen.push('empty plan shown')
      if (!document.querySelector('.app:not([inert]) .plan-list__items')) requestAnimationFrame(check)
    }
    requestAnimationFrame(check)
  }, savedText(FIXTURE.state))
  await page.goto('./')
  await expect(page.locator('.app:not([inert])')).toBeAttached()
  await expect(
    page.getByRole('list', { name: 'Exercises in today’s plan' }).getByRole('listitem'),
  ).toHaveCount(4)
  expect(await page.evaluate(() => (window as unknown as { seenEmpty: string[] }).seenEmpty)).toEqual([])
})
