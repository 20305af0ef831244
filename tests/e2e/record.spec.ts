import { FIXED_NOW } from '../fixtures/clock.mjs'
import { FIXTURE, savedText } from '../fixtures/seed.mjs'
import { expect, test } from './fixtures'

test('the physio record prints without navigation or buttons, and lists the pain stops', async ({ page }) => {
  await page.clock.setFixedTime(new Date(FIXED_NOW))
  await page.addInitScript((saved) => localStorage.setItem('spotter', saved), savedText(FIXTURE.state))
  await page.goto('./history')
  await page.getByRole('link', { name: 'Record for your physio' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Record for your physio' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible()

  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('heading', { level: 1, name: 'Record for your physio' })).toBeVisible()
  await expect(page.getByRole('navigation')).toBeHidden()
  await expect(page.getByRole('button')).toHaveCount(0)
  await expect(page.getByRole('radio')).toHaveCount(0)
  // Nothing of the app around it: no header, no links dressed as buttons.
  await expect(page.getByText('Keep your back safe')).toBeHidden()
  await expect(page.getByRole('link', { name: 'Back to History' })).toBeHidden()

  const stops = page.getByRole('region', { name: 'Pain stops' })
  await expect(stops).toBeVisible()
  await expect(stops).toContainText(/Burpee, Wed,? 18 Nov 2026, \d\d:\d\d, set 2/)
  await expect(page.getByRole('region', { name: 'Red flags: when to get medical help' })).toBeVisible()

  // It fits the paper: nothing wider than an A4 or Letter page's printable width.
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: false })
    expect(pdf.byteLength).toBeGreaterThan(1000)
  }
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)
})
