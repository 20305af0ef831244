import { expect, test } from './fixtures'

test('the plan opens at a phone size and the main navigation reaches every screen', async ({ page }) => {
  await page.goto('./')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const nav = page.getByRole('navigation', { name: 'Main' })
  for (const [name, path] of [
    ['Workout', /\/workout$/],
    ['History', /\/history$/],
    ['About', /\/about$/],
    ['Plan', /\/$/],
  ] as const) {
    await nav.getByRole('link', { name }).click()
    await expect(page).toHaveURL(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  }
})

test('an unknown address shows a clear message and a way back', async ({ page }) => {
  await page.goto('./no-such-page')
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  await page.getByRole('link', { name: 'Back to today’s plan' }).click()
  await expect(page).toHaveURL(/\/$/)
})

test('the built page carries a strict Content-Security-Policy: one inline script and one inline stylesheet, allowed by their hashes', async ({
  page,
}) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      violations.push(message.text())
  })
  const stylesheetsFetched: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'stylesheet') stylesheetsFetched.push(request.url())
  })
  await page.goto('./')
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/)
  expect(csp).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/)
  expect(csp).toContain("connect-src 'self'")
  expect(csp).not.toContain('unsafe-inline')
  // The one inline script (index.html's first-visit check) ran under that policy: nothing was refused.
  expect(await page.locator('head > script:not([src])').count()).toBe(1)
  expect(await page.locator('body script:not([src])').count()).toBe(0)
  await expect(page.locator('html')).toHaveAttribute('data-first-visit', '')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  // The stylesheet is in the page (vite/inline-css-plugin.ts), so the first paint waits for no request, and
  // the policy let it apply: the live region is hidden the way the stylesheet says.
  expect(await page.locator('head > style').count()).toBe(1)
  expect(stylesheetsFetched).toEqual([])
  await expect(page.getByTestId('live-region')).toHaveCSS('position', 'absolute')
  expect(violations).toEqual([])
})

test('the server sends the headers that stop other sites framing the app', async ({ page }) => {
  const response = await page.goto('./')
  const headers = response?.headers() ?? {}
  expect(headers['content-security-policy']).toBe("frame-ancestors 'none'")
  expect(headers['x-frame-options']).toBe('DENY')
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('no-referrer')

  // Framed by another page (here a blank one, of no origin of ours), the browser refuses to show it: the
  // frame holds Chromium's error page instead of the app.
  await page.goto('about:blank')
  await page.evaluate(
    (src) =>
      new Promise((resolve) => {
        const frame = document.createElement('iframe')
        frame.src = src
        frame.addEventListener('load', resolve, { once: true })
        document.body.append(frame)
      }),
    response?.url() ?? '',
  )
  const frame = page.frames().find((f) => f !== page.mainFrame())
  expect(frame?.url()).toMatch(/^chrome-error:/)
})
