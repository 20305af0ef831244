import { expect, test } from './fixtures'

test('after the first visit, the app starts and works with the network off', async ({ page, context }) => {
  await page.goto('./')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  // The service worker precaches the app and takes control of this first page (clientsClaim).
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready
    return navigator.serviceWorker.controller !== null
  })

  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  // A deep link that was never visited also comes from the cache.
  await page.goto('./about')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await context.setOffline(false)
})
