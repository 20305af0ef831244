import { FIXED_NOW } from '../fixtures/clock.mjs'
import { FIXTURE, STORAGE_KEY, savedText } from '../fixtures/seed.mjs'
import { expect, test } from './fixtures'

/** Saved data as a previous visit left it, before the app loads (once per tab, so reloads keep changes). */
const seedOnce = (saved: string) => {
  if (!sessionStorage.getItem('seeded')) {
    localStorage.setItem('spotter', saved)
    sessionStorage.setItem('seeded', '1')
  }
}

test('a routine shared by link opens in a fresh browser, with verdicts for that person’s back, and saves identical', async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  // A desktop browser without a share sheet: the link goes to the clipboard.
  await page.addInitScript(() => Reflect.deleteProperty(Navigator.prototype, 'share'))
  await page.addInitScript(seedOnce, savedText(FIXTURE.state))
  await page.goto('./routines')
  await page.getByRole('button', { name: 'Share Legs, light' }).click()
  await expect(page.getByText('Link copied', { exact: true }).first()).toBeVisible()
  const link = await page.evaluate(() => navigator.clipboard.readText())
  expect(link).toMatch(/\/shared#r=[A-Za-z0-9_-]+$/)
  expect(link).not.toMatch(/sciatica|history/)

  // Someone else's phone: nothing in common but the link. Their back hurts today.
  const other = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } })
  const theirs = await other.newPage()
  await theirs.addInitScript(
    seedOnce,
    savedText({
      profile: {
        conditions: ['back-pain-today'],
        todaySetOn: new Date(FIXED_NOW).toLocaleDateString('en-CA'),
        units: 'kg',
      },
    }),
  )
  await theirs.goto(link)
  await expect(theirs.getByRole('heading', { level: 2, name: 'Legs, light' })).toBeVisible()
  const squat = theirs.getByRole('listitem').filter({ has: theirs.getByRole('link', { name: 'Squat' }) })
  await expect(squat).toContainText('3 × 10 · Light · 30 kg')
  await expect(squat).toContainText(/OK|Take care|Avoid today/)
  await theirs.getByRole('button', { name: 'Save as routine' }).click()
  await expect(theirs.getByText('Saved to your routines.', { exact: false })).toBeVisible()

  const saved = await theirs.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), STORAGE_KEY)
  const sent = FIXTURE.state.routines[1]
  const received = saved.state.routines.at(-1)
  expect({ name: received.name, items: received.items }).toEqual({ name: sent?.name, items: sent?.items })
  // Only the routine came: their history and profile are their own.
  expect(saved.state.history).toEqual([])
  expect(saved.state.profile.conditions).toEqual(['back-pain-today'])
  await other.close()
})

test('a tampered link says so and changes nothing', async ({ page }) => {
  await page.addInitScript(seedOnce, savedText(FIXTURE.state))
  await page.goto('./shared#r=AAAA-this-is-not-a-routine')
  await expect(page.getByRole('alert')).toContainText('Nothing was changed.')
  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), STORAGE_KEY)
  expect(saved.state.routines).toEqual(FIXTURE.state.routines)
  expect(saved.state.plan).toEqual(FIXTURE.state.plan)
})

test('a shared link opens offline once Spotter has been opened', async ({ page, context }) => {
  await page.goto('./')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready
    return navigator.serviceWorker.controller !== null
  })
  await page.goto('./routines')
  await page.addInitScript(() => Reflect.deleteProperty(Navigator.prototype, 'share'))
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.reload()
  await page.getByRole('button', { name: /^Share Sore-back day/ }).click()
  // Read the link only once it was made (the codec loads on first use) and copied.
  await expect(page.getByText('Link copied', { exact: true }).first()).toBeVisible()
  const link = await page.evaluate(() => navigator.clipboard.readText())

  await context.setOffline(true)
  await page.goto(link)
  await expect(
    page.getByRole('heading', { level: 2, name: 'Sore-back day: McGill’s big three' }),
  ).toBeVisible()
  await context.setOffline(false)
})
