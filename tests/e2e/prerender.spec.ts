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
    expect(await page.locator('#root script').count()).toBe(0)
  })
})

test('a first visit (nothing saved) paints its own plan screen before any of the app’s code has run', async ({
  page,
  expectedConsoleErrors,
}) => {
  expectedConsoleErrors.push(/Failed to load resource: net::ERR_FAILED \(.*\/assets\/.*\.js\)/)
  // The app's code never arrives: what shows is the HTML, and index.html's inline first-visit check, which runs before paint.
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort())
  await page.goto('./')
  await expect(page.getByText('Nothing planned yet.')).toBeVisible()
  await expect(page.getByRole('checkbox', { name: 'Back pain today' })).toBeVisible()
  await expect(page.getByRole('radio', { name: 'kg' })).toBeVisible()
  await expect(page.getByText('Loading your plan…')).toBeHidden()
  await expect(page.locator('.app')).toHaveAttribute('inert', '')
})

test('on a first visit the app takes over without painting anything larger: the largest paint is the first', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const seen = { largest: [] as number[], takeover: Number.NaN }
    Object.assign(window, { seen })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.largest.push(entry.startTime)
    }).observe({ type: 'largest-contentful-paint', buffered: true })
    new MutationObserver((_, observer) => {
      if (!document.querySelector('.app:not([inert])')) return
      seen.takeover = performance.now()
      observer.disconnect()
    }).observe(document, { childList: true, subtree: true })
  })
  type Seen = { largest: number[]; takeover: number }
  const seen = () => page.evaluate(() => (window as unknown as { seen: Seen }).seen)
  // Hold the app's code until the page has painted, so the app surely takes over after the first paint.
  await page.route(/\/assets\/index-.*\.js$/, async (route) => {
    await page.waitForFunction(() => (window as unknown as { seen?: Seen }).seen?.largest.length)
    await route.continue()
  })
  await page.goto('./')
  await expect(page.locator('.app:not([inert])').getByText('Nothing planned yet.')).toBeVisible()
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
  const { largest, takeover } = await seen()
  expect(largest.length).toBeGreaterThan(0)
  expect(Number.isFinite(takeover)).toBe(true)
  expect(largest.every((at) => at < takeover)).toBe(true)
})

test('the app takes over the prerendered screen with the same library, never showing its fallback', async ({
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
      // Live (no longer inert) only once it shows the saved plan.
      if (document.querySelector('.app:not([inert])') && !document.querySelector('.plan-list__items'))
        seen.push('live before the saved plan showed')
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

for (const visit of ['a first visit', 'a returning user'] as const)
  test(`for ${visit}, the app takes over the prerendered plan rather than rebuild it: the same elements, now live`, async ({
    page,
  }) => {
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    await page.addInitScript(
      (saved) => {
        if (saved) localStorage.setItem('spotter', saved)
        // Once the HTML is parsed, before any of the app's code runs: mark what the build prerendered.
        document.addEventListener('readystatechange', () => {
          if (document.readyState !== 'interactive') return
          for (const node of document.querySelectorAll<HTMLElement>('#root h1, #root .library-entry'))
            node.dataset.fromHtml = ''
        })
      },
      (visit === 'a returning user' && savedText(FIXTURE.state)) || '',
    )
    await page.goto('./')
    await expect(page.locator('.app:not([inert])')).toBeAttached()
    const planned = page.getByRole('list', { name: 'Exercises in today’s plan' }).getByRole('listitem')
    if (visit === 'a returning user') await expect(planned).toHaveCount(4)
    else await expect(page.getByText('Nothing planned yet.')).toBeVisible()

    // Hydrated: the heading and every library row are the elements the HTML had, and they answer taps.
    await expect(page.locator('h1[data-from-html]')).toHaveText('Today’s plan')
    const rows = await page.locator('.library-entry').count()
    expect(rows).toBeGreaterThan(40)
    await expect(page.locator('.library-entry[data-from-html]')).toHaveCount(rows)
    await page.getByRole('button', { name: /^Add/ }).first().click()
    await expect(planned).toHaveCount(visit === 'a returning user' ? 5 : 1)

    // Every label and description still points at an element (ids made in the build and in the browser agree).
    const broken = await page.evaluate(() =>
      [...document.querySelectorAll('[aria-labelledby], [aria-describedby], label[for]')].flatMap((node) =>
        [
          ...(node.getAttribute('aria-labelledby') ?? '').split(/\s+/),
          ...(node.getAttribute('aria-describedby') ?? '').split(/\s+/),
          node.getAttribute('for') ?? '',
        ]
          .filter((id) => id && !document.getElementById(id))
          .map((id) => `${node.tagName.toLowerCase()} → #${id}`),
      ),
    )
    expect(broken).toEqual([])
    // No hydration mismatch, nor any other error, was reported.
    expect(errors).toEqual([])
  })

test.describe('with no service worker to fall back on', () => {
  test.use({ serviceWorkers: 'block' })

  test('when the plan screen’s code can’t be fetched, the page says so plainly instead of taking over the prerendered plan', async ({
    page,
    expectedConsoleErrors,
  }) => {
    expectedConsoleErrors.push(/Failed to load resource: net::ERR_FAILED \(.*\/plan-screen-.*\.js\)/)
    const reactErrors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error' && /hydrat|react/i.test(message.text())) reactErrors.push(message.text())
    })
    page.on('pageerror', (error) => reactErrors.push(error.message))
    // Gone after an update, say: every try fails (the app reloads once for a new version, then stops).
    await page.route(/\/assets\/plan-screen-.*\.js$/, (route) => route.abort())
    await page.goto('./')
    await expect(page.getByRole('heading', { level: 1, name: 'This screen couldn’t load' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Retry' })).toBeEnabled()
    await expect(page.locator('.app')).not.toHaveAttribute('inert')
    expect(reactErrors).toEqual([])
  })
})
