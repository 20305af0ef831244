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

test('a screen evicted from the offline cache says so offline, and Retry opens it once back online', async ({
  page,
  context,
  expectedConsoleErrors,
}) => {
  expectedConsoleErrors.push(/Failed to load resource: net::ERR_\w+ \(.*\/history-screen-/)
  await page.goto('./')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready
    return navigator.serviceWorker.controller !== null
  })
  // The browser evicts one precached file: History's code.
  const evicted = await page.evaluate(async () => {
    const gone: string[] = []
    for (const name of await caches.keys()) {
      const cache = await caches.open(name)
      for (const request of await cache.keys()) {
        if (/\/history-screen-[^/]*\.js/.test(request.url) && (await cache.delete(request)))
          gone.push(request.url)
      }
    }
    return gone
  })
  expect(evicted).toHaveLength(1)

  await context.setOffline(true)
  const nav = page.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('link', { name: 'History' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'This screen isn’t available offline yet' }),
  ).toBeVisible()
  // The rest of the app still works.
  await nav.getByRole('link', { name: 'Plan' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Today’s plan' })).toBeVisible()

  await context.setOffline(false)
  await nav.getByRole('link', { name: 'History' }).click()
  await page.getByRole('button', { name: 'Retry' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible()
})
