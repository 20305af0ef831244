import { expect, test } from './fixtures'

// Runs in the 'sub-path' project: the build made with BASE_PATH=/spotter/, served under /spotter/.

test('hosted under a sub-path, the app routes, links and works offline within it', async ({
  page,
  context,
}) => {
  await page.goto('./')
  await expect(page.getByRole('heading', { level: 1, name: 'Today’s plan' })).toBeVisible()
  await expect(page).toHaveURL(/\/spotter\/$/)

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'About and profile' })).toBeVisible()
  await expect(page).toHaveURL(/\/spotter\/about$/)

  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)
  expect(new URL(scope).pathname).toBe('/spotter/')
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)

  await context.setOffline(true)
  await page.goto('./exercises/sit-up')
  await expect(page.getByRole('heading', { level: 1, name: 'Sit-up' })).toBeVisible()
  await page.getByRole('link', { name: 'Back to today’s plan' }).first().click()
  await expect(page).toHaveURL(/\/spotter\/$/)
  await context.setOffline(false)
})

test('hosted under a sub-path, the manifest and icons resolve within it', async ({ page, request }) => {
  await page.goto('./')
  const href = await page.locator('link[rel="manifest"]').getAttribute('href')
  expect(href).toBe('/spotter/manifest.webmanifest')
  const manifest = await (await request.get(href ?? '')).json()
  expect(manifest.scope).toBe('/spotter/')
  expect(manifest.start_url).toBe('/spotter/')
  for (const icon of manifest.icons as { src: string }[]) {
    expect((await request.get(new URL(icon.src, page.url()).href)).status(), icon.src).toBe(200)
  }
})
